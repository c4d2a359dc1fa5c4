package io.github.flyorchestrator.param;

import io.github.flyorchestrator.exception.FlyVersionConflictException;
import io.github.flyorchestrator.model.Lease;
import java.time.Duration;
import java.util.Objects;

/**
 * Options of the lifecycle orchestrations ({@code startAndWait}, {@code updateAndWait}, ...). Start from
 * {@link #DEFAULTS} and change what you need with the {@code with...} methods.
 *
 * @param timeout deadline of the action, the wait and the health checks together, or {@code null} for
 *     {@code fly.orchestrator.timeout}
 * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce} with the mutation,
 *     or {@code null} (required when someone else may hold a lease, e.g. inside {@code withLease})
 * @param listener told of each newly observed state, or {@code null}
 * @param waitForHealthChecks whether start, restart and update wait, once the machine is {@code started}, until
 *     every health check it reports passes (default {@code true}, as flyctl's deploy does)
 * @param expectedVersion an optimistic update: the machine version the new config was based on, sent as
 *     {@code current_version}; the update fails with {@link FlyVersionConflictException} when the machine is at
 *     another version. {@code null} (the default) sends no {@code current_version}, as fly-go and flyctl do
 */
public record LifecycleOptions(Duration timeout, String leaseNonce, MachineStateListener listener,
    boolean waitForHealthChecks, String expectedVersion) {

  /** Default timeout, no lease, no listener, health checks awaited, no optimistic update. */
  public static final LifecycleOptions DEFAULTS = new LifecycleOptions(null, null, null, true, null);

  /** Validates the timeout. */
  public LifecycleOptions {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /**
   * Options with health checks awaited and no optimistic update.
   *
   * @param timeout the deadline, or {@code null} for the default
   * @param leaseNonce a held lease's nonce, or {@code null}
   * @param listener the state listener, or {@code null}
   */
  public LifecycleOptions(Duration timeout, String leaseNonce, MachineStateListener listener) {
    this(timeout, leaseNonce, listener, DEFAULTS.waitForHealthChecks(), DEFAULTS.expectedVersion());
  }

  /**
   * Options for a mutation made while holding {@code lease}.
   *
   * @param lease the held lease
   * @return options carrying its nonce
   */
  public static LifecycleOptions underLease(Lease lease) {
    Objects.requireNonNull(lease, "lease must not be null");
    return DEFAULTS.withLeaseNonce(lease.nonce());
  }

  /** @param newTimeout the deadline @return a copy with that timeout */
  public LifecycleOptions withTimeout(Duration newTimeout) {
    return new LifecycleOptions(newTimeout, leaseNonce, listener, waitForHealthChecks, expectedVersion);
  }

  /** @param nonce a held lease's nonce @return a copy carrying it */
  public LifecycleOptions withLeaseNonce(String nonce) {
    return new LifecycleOptions(timeout, nonce, listener, waitForHealthChecks, expectedVersion);
  }

  /** @param newListener the state listener @return a copy with it */
  public LifecycleOptions withListener(MachineStateListener newListener) {
    return new LifecycleOptions(timeout, leaseNonce, newListener, waitForHealthChecks, expectedVersion);
  }

  /**
   * @param wait {@code false} to return as soon as the machine reaches its state, checks passing or not
   * @return a copy with that choice
   */
  public LifecycleOptions withHealthChecks(boolean wait) {
    return new LifecycleOptions(timeout, leaseNonce, listener, wait, expectedVersion);
  }

  /**
   * @param version the machine version an update's config was based on, or {@code null} for a plain update
   * @return a copy that makes updates optimistic on that version
   */
  public LifecycleOptions withExpectedVersion(String version) {
    return new LifecycleOptions(timeout, leaseNonce, listener, waitForHealthChecks, version);
  }

  /** Hides the lease nonce: it authorizes mutations of the machine. */
  @Override
  public String toString() {
    return "LifecycleOptions[timeout=" + timeout + ", leaseNonce=" + (leaseNonce == null ? "null" : "****")
        + ", listener=" + (listener == null ? "none" : "set") + ", waitForHealthChecks=" + waitForHealthChecks
        + ", expectedVersion=" + expectedVersion + "]";
  }
}
