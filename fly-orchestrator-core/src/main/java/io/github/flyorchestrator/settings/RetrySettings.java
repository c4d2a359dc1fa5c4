package io.github.flyorchestrator.settings;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries idempotent requests (GETs and Fly's idempotent mutations): at most {@code maxRetries}
 * retries, paused by {@code backoff}. Retried: 408 (not the wait endpoint's), 429, 500, 502, 503, 504 and connection
 * errors; a {@code Retry-After} header replaces the pause. A create is never blindly sent again.
 *
 * @param maxRetries retries after the first attempt, 0 for none
 * @param backoff the pauses between attempts
 */
public record RetrySettings(int maxRetries, BackoffSettings backoff) {

  /** Three retries after 500 ms, 1 s, 2 s (each ±20 %, capped at 5 s). */
  public static final RetrySettings DEFAULTS =
      new RetrySettings(3, new BackoffSettings(Duration.ofMillis(500), 2.0, Duration.ofSeconds(5), 0.2));

  /** No retries. */
  public static final RetrySettings NONE = new RetrySettings(0, DEFAULTS.backoff);

  /** Validates the values. */
  public RetrySettings {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
    }
    Objects.requireNonNull(backoff, "backoff must not be null");
  }

  /**
   * @return a builder starting from {@link #DEFAULTS}
   */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /**
   * @return a builder starting from these values
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link RetrySettings}. */
  public static final class Builder {

    private int maxRetries;
    private BackoffSettings backoff;

    private Builder(RetrySettings from) {
      this.maxRetries = from.maxRetries;
      this.backoff = from.backoff;
    }

    /**
     * @param maxRetries retries after the first attempt, 0 for none
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * @param backoff the pauses between attempts
     * @return this builder
     */
    public Builder backoff(BackoffSettings backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff must not be null");
      return this;
    }

    /**
     * @return the settings
     * @throws IllegalArgumentException when {@code maxRetries} is negative
     */
    public RetrySettings build() {
      return new RetrySettings(maxRetries, backoff);
    }
  }
}
