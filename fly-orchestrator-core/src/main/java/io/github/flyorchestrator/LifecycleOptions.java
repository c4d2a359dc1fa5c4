package io.github.flyorchestrator;

import io.github.flyorchestrator.model.Lease;
import java.time.Duration;
import java.util.Objects;

/**
 * Options of the lifecycle orchestrations ({@code startAndWait}, {@code updateAndWait}, ...).
 *
 * @param timeout deadline of the action plus the wait, or {@code null} for {@code fly.orchestrator.timeout}
 * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce} with the mutation,
 *     or {@code null} (required when someone else may hold a lease, e.g. inside {@code withLease})
 * @param listener told of each newly observed state, or {@code null}
 */
public record LifecycleOptions(Duration timeout, String leaseNonce, MachineStateListener listener) {

  /** Default timeout, no lease, no listener. */
  public static final LifecycleOptions DEFAULTS = new LifecycleOptions(null, null, null);

  /** Validates the timeout. */
  public LifecycleOptions {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /**
   * Options for a mutation made while holding {@code lease}.
   *
   * @param lease the held lease
   * @return options carrying its nonce
   */
  public static LifecycleOptions underLease(Lease lease) {
    Objects.requireNonNull(lease, "lease must not be null");
    return new LifecycleOptions(null, lease.nonce(), null);
  }

  /** @param newTimeout the deadline @return a copy with that timeout */
  public LifecycleOptions withTimeout(Duration newTimeout) {
    return new LifecycleOptions(newTimeout, leaseNonce, listener);
  }

  /** @param nonce a held lease's nonce @return a copy carrying it */
  public LifecycleOptions withLeaseNonce(String nonce) {
    return new LifecycleOptions(timeout, nonce, listener);
  }

  /** @param newListener the state listener @return a copy with it */
  public LifecycleOptions withListener(MachineStateListener newListener) {
    return new LifecycleOptions(timeout, leaseNonce, newListener);
  }

  /** Hides the lease nonce: it authorizes mutations of the machine. */
  @Override
  public String toString() {
    return "LifecycleOptions[timeout=" + timeout + ", leaseNonce=" + (leaseNonce == null ? "null" : "****")
        + ", listener=" + (listener == null ? "none" : "set") + "]";
  }
}
