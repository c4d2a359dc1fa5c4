package io.github.flyorchestrator.settings;

import java.time.Duration;

/**
 * Retry policy of idempotent requests (GET and Fly's idempotent mutations): the same shape as Spring Boot's
 * {@code RetryPolicySettings}. Retried: 408 (not the wait endpoint's), 429, 500, 502, 503, 504 and connection
 * errors; a {@code Retry-After} header is honoured. A create is never blindly re-sent.
 *
 * @param maxRetries retries after the first attempt (0 disables retrying)
 * @param delay first delay
 * @param multiplier delay growth per retry
 * @param maxDelay cap of a delay
 * @param jitter random share (0..1) added to or removed from each delay
 */
public record RetrySettings(int maxRetries, Duration delay, double multiplier, Duration maxDelay, double jitter) {

  /** Three retries from 500 ms, doubling, capped at 5 s, 20 % jitter. */
  public static final RetrySettings DEFAULTS =
      new RetrySettings(3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(5), 0.2);

  /** No retries. */
  public static final RetrySettings NONE = new RetrySettings(0, Duration.ofMillis(500), 2.0, Duration.ofSeconds(5), 0);

  /** Validates the values. */
  public RetrySettings {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
    }
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be >= 0, was " + delay);
    }
    if (multiplier < 1.0) {
      throw new IllegalArgumentException("multiplier must be >= 1, was " + multiplier);
    }
    if (maxDelay == null || maxDelay.compareTo(delay) < 0) {
      throw new IllegalArgumentException("maxDelay must be >= delay, was " + maxDelay);
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
    }
  }
}
