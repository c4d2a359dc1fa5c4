package io.github.flyorchestrator.exception;

/**
 * A machine's lease is held by someone else: the API answered 409 to the acquire, or refused a mutation sent without
 * the lease's nonce (409 or 412, the status is not documented). The machine cannot be changed now. Carries the HTTP
 * details of the refusal.
 *
 * <p>Raised by {@code withLease} and by the lifecycle workflows when their mutation is refused; pass the nonce of a
 * lease you hold with {@code LifecycleOptions.withLeaseNonce} or {@code LifecycleOptions.underLease}.
 */
public class FlyLeaseHeldException extends FlyException {

  private static final long serialVersionUID = 1L;

  private final String appName;
  private final String machineId;

  /**
   * Creates the exception.
   *
   * @param appName the app
   * @param machineId the machine
   * @param detail how long was waited, or what was refused, or {@code null}
   * @param conflict the API's refusal
   */
  public FlyLeaseHeldException(String appName, String machineId, String detail, FlyException conflict) {
    super("Machine " + machineId + " of app " + appName + " is leased by another holder (HTTP "
            + conflict.getHttpStatus()
            + (conflict.getError() != null ? ": " + conflict.getError() : "") + ")"
            + (detail != null ? "; " + detail : "") + "; try again when that lease is released or expired",
        conflict.getHttpStatus(), conflict.getError(), conflict.getFlyStatus(), conflict.getRequestId(),
        conflict.getMethod(), conflict.getPath(), conflict);
    this.appName = appName;
    this.machineId = machineId;
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
