package io.github.flyorchestrator.param;

import io.github.flyorchestrator.exception.FlyVersionConflictException;
import io.github.flyorchestrator.model.Lease;
import java.time.Duration;
import java.util.Objects;

/**
 * Options of the lifecycle orchestrations ({@code startAndWait}, {@code updateAndWait}, ...). Start from
 * {@link #DEFAULTS} (or {@link #underLease(Lease)}) and change what you need with the {@code with...} methods, e.g.
 * {@code LifecycleOptions.DEFAULTS.withTimeout(Duration.ofMinutes(2)).withHealthChecks(false)}; every part has a
 * default, so no part ever needs a {@code null}.
 *
 * @param timeout deadline of the action, the wait and the health checks together; unset ({@code null}, the default)
 *     means {@code fly.orchestrator.timeout} ({@code OrchestratorSettings.defaultTimeout()})
 * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce} with the mutation
 *     (needed when someone else may hold a lease, e.g. inside {@code withLease}); unset by default
 * @param listener told of each newly observed state; unset by default
 * @param waitForHealthChecks whether start, restart and update wait, once the machine is {@code started}, until
 *     every health check it reports passes (default {@code true}, as flyctl's deploy does)
 * @param expectedVersion an optimistic update: the machine version the new config was based on, sent as
 *     {@code current_version}; the update fails with {@link FlyVersionConflictException} when the machine is at
 *     another version. Unset by default: no {@code current_version} is sent, as fly-go and flyctl do
 */
public record LifecycleOptions(Duration timeout, String leaseNonce, MachineStateListener listener,
    boolean waitForHealthChecks, String expectedVersion) {

  /** Default timeout, no lease, no listener, health checks awaited, no optimistic update. */
  public static final LifecycleOptions DEFAULTS = new LifecycleOptions(null, null, null, true, null);

  /**
   * Validates the timeout.
   *
   * @throws IllegalArgumentException when the timeout is zero or negative
   */
  public LifecycleOptions {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /**
   * Options for a mutation made while holding {@code lease}: the defaults with its nonce.
   *
   * @param lease the held lease
   * @return options carrying its nonce
   * @throws NullPointerException when {@code lease} is {@code null}
   */
  public static LifecycleOptions underLease(Lease lease) {
    Objects.requireNonNull(lease, "lease must not be null");
    return DEFAULTS.withLeaseNonce(lease.nonce());
  }

  /**
   * A copy with its own deadline.
   *
   * @param newTimeout the deadline of the action, the wait and the health checks together
   * @return the copy
   * @throws NullPointerException when {@code newTimeout} is {@code null}
   * @throws IllegalArgumentException when {@code newTimeout} is zero or negative
   */
  public LifecycleOptions withTimeout(Duration newTimeout) {
    Objects.requireNonNull(newTimeout, "newTimeout must not be null");
    return new LifecycleOptions(newTimeout, leaseNonce, listener, waitForHealthChecks, expectedVersion);
  }

  /**
   * A copy that sends a held lease's nonce with the mutation.
   *
   * @param nonce the held lease's nonce
   * @return the copy
   * @throws NullPointerException when {@code nonce} is {@code null}
   */
  public LifecycleOptions withLeaseNonce(String nonce) {
    Objects.requireNonNull(nonce, "nonce must not be null");
    return new LifecycleOptions(timeout, nonce, listener, waitForHealthChecks, expectedVersion);
  }

  /**
   * A copy that tells {@code newListener} of each newly observed state.
   *
   * @param newListener the state listener
   * @return the copy
   * @throws NullPointerException when {@code newListener} is {@code null}
   */
  public LifecycleOptions withListener(MachineStateListener newListener) {
    Objects.requireNonNull(newListener, "newListener must not be null");
    return new LifecycleOptions(timeout, leaseNonce, newListener, waitForHealthChecks, expectedVersion);
  }

  /**
   * A copy that waits, or does not wait, for the health checks.
   *
   * @param wait {@code false} to return as soon as the machine reaches its state, checks passing or not
   * @return the copy
   */
  public LifecycleOptions withHealthChecks(boolean wait) {
    return new LifecycleOptions(timeout, leaseNonce, listener, wait, expectedVersion);
  }

  /**
   * A copy that makes updates optimistic: sent with {@code current_version}, failing with
   * {@link FlyVersionConflictException} when the machine is at another version.
   *
   * @param version the machine version the update's config was based on, e.g. {@code machine.currentVersion()};
   *     {@code null} makes a copy for a plain update (the default)
   * @return the copy
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
