package io.github.flyorchestrator.exception;

import io.github.flyorchestrator.model.Lease;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A machine's lease is held by someone else: the API answered 409 to the acquire, or refused a mutation sent without
 * the lease's nonce (409 or 412, the status is not documented). The machine cannot be changed now. Carries the HTTP
 * details of the refusal.
 *
 * <p>Raised by {@code withLease} and {@code rollout} when the lease cannot be acquired (then naming the holder and the
 * expiry the API reports for the lease, when it could be read: a lease left by a process that died ends at that
 * expiry) and by the lifecycle workflows when their mutation is refused; pass the nonce of a lease you hold with
 * {@code LifecycleOptions.withLeaseNonce} or {@code LifecycleOptions.underLease}.
 */
public class FlyLeaseHeldException extends FlyException {

  private static final long serialVersionUID = 1L;

  private final String appName;
  private final String machineId;
  private final transient Lease holder;

  /**
   * Creates the exception when the holder is not known.
   *
   * @param appName the app
   * @param machineId the machine
   * @param detail how long was waited, or what was refused, or {@code null}
   * @param conflict the API's refusal
   */
  public FlyLeaseHeldException(String appName, String machineId, String detail, FlyException conflict) {
    this(appName, machineId, null, detail, conflict);
  }

  /**
   * Creates the exception naming the lease's holder and expiry.
   *
   * @param appName the app
   * @param machineId the machine
   * @param holder the lease as the API reports it (owner, description, expiry; its nonce is never shown), or
   *     {@code null} when it could not be read
   * @param detail how long was waited, or what was refused, or {@code null}
   * @param conflict the API's refusal
   */
  public FlyLeaseHeldException(String appName, String machineId, Lease holder, String detail,
      FlyException conflict) {
    super("Machine " + machineId + " of app " + appName + " is leased by another holder (HTTP "
            + conflict.getHttpStatus()
            + (conflict.getError() != null ? ": " + conflict.getError() : "") + ")"
            + (holder != null ? "; " + describe(holder) : "")
            + (detail != null ? "; " + detail : "") + "; try again when that lease is released or expired",
        conflict.getHttpStatus(), conflict.getError(), conflict.getFlyStatus(), conflict.getRequestId(),
        conflict.getMethod(), conflict.getPath(), conflict);
    this.appName = appName;
    this.machineId = machineId;
    this.holder = holder;
  }

  /** "held by me@example.com (fly-orchestrator pid 42) until 2026-11-30 01:23:45 UTC", the nonce left out. */
  private static String describe(Lease lease) {
    String description = lease.description() == null || lease.description().isBlank() ? ""
        : " (" + lease.description() + ")";
    String until = lease.expiresAt() == null ? "" : " until " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
        .withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(lease.expiresAt()));
    return "held by " + (lease.owner() == null ? "an unnamed owner" : lease.owner()) + description + until;
  }

  /**
   * @return the lease as the API reported it after the refusal (owner, description, {@code expires_at}), or empty
   *     when it was not read or could not be
   */
  public Optional<Lease> getHolder() {
    return Optional.ofNullable(holder);
  }

  /** @return the app */
  public String getAppName() {
    return appName;
  }

  /** @return the machine */
  public String getMachineId() {
    return machineId;
  }
}
