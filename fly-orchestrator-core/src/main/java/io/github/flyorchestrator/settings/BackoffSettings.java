package io.github.flyorchestrator.settings;

import io.github.flyorchestrator.internal.util.HumanDuration;
import java.time.Duration;
import java.util.Objects;

/**
 * An exponential backoff: the shape of the pauses between HTTP retries ({@link RetrySettings#backoff()}) and between
 * polls ({@link OrchestratorSettings#backoff()}).
 *
 * <p>This is the one meaning of these four values ({@link #delay(int, double)} computes it). The pause after attempt
 * {@code n} (counting from 0):
 * <ol>
 *   <li>the base delay is {@code min(initialDelay × multiplier^n, maxDelay)};</li>
 *   <li>the jitter makes the pause a random one within {@code base ± jitter × base}, kept within
 *       {@code [initialDelay, maxDelay]} (the meaning of Spring Framework's {@code ExponentialBackOff} jitter, given
 *       here as a share of the delay). So with the polls' defaults (500 ms, ×1.5, 5 s, 0.2) the first pause is
 *       500..600 ms, the second 600..900 ms, and each pause once the cap is reached 4..5 s.</li>
 * </ol>
 * A poll's pause is then cut to the time left before its deadline; an HTTP retry's pause is replaced by the server's
 * {@code Retry-After} when it sends one.
 *
 * @param initialDelay the first pause, and the least any pause is; zero for none
 * @param multiplier growth of the base delay per attempt, at least 1
 * @param maxDelay the cap of every pause, at least {@code initialDelay}
 * @param jitter the share of the base delay by which a pause may randomly be shorter or longer, within 0..1
 */
public record BackoffSettings(Duration initialDelay, double multiplier, Duration maxDelay, double jitter) {

  /** Validates the values. */
  public BackoffSettings {
    Objects.requireNonNull(initialDelay, "initialDelay must not be null");
    Objects.requireNonNull(maxDelay, "maxDelay must not be null");
    if (initialDelay.isNegative()) {
      throw new IllegalArgumentException("initialDelay must be >= 0, was " + HumanDuration.format(initialDelay));
    }
    if (!(multiplier >= 1.0)) {
      throw new IllegalArgumentException("multiplier must be >= 1, was " + multiplier);
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must be >= initialDelay (" + HumanDuration.format(initialDelay)
          + "), was " + HumanDuration.format(maxDelay));
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
    }
  }

  /**
   * The pause after an attempt, as the type's description defines it.
   *
   * @param attempt 0 for the pause after the first attempt, 1 after the second, ...
   * @param random a number within {@code [0, 1)} that places the pause within its jitter range (0: the shortest)
   * @return the pause, within {@code [initialDelay, maxDelay]}
   * @throws IllegalArgumentException when {@code attempt} is negative or {@code random} outside {@code [0, 1)}
   */
  public Duration delay(int attempt, double random) {
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must be >= 0, was " + attempt);
    }
    if (!(random >= 0 && random < 1)) {
      throw new IllegalArgumentException("random must be within [0, 1), was " + random);
    }
    double least = initialDelay.toNanos();
    double most = maxDelay.toNanos();
    double base = Math.min(least * Math.pow(multiplier, attempt), most);
    double lower = Math.max(base * (1 - jitter), least);
    double upper = Math.min(base * (1 + jitter), most);
    return Duration.ofNanos((long) (lower + random * (upper - lower)));
  }

  /**
   * @return a builder starting from these values
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link BackoffSettings} from a starting point, e.g. {@code RetrySettings.DEFAULTS.backoff()}. */
  public static final class Builder {

    private Duration initialDelay;
    private double multiplier;
    private Duration maxDelay;
    private double jitter;

    private Builder(BackoffSettings from) {
      this.initialDelay = from.initialDelay;
      this.multiplier = from.multiplier;
      this.maxDelay = from.maxDelay;
      this.jitter = from.jitter;
    }

    /**
     * @param initialDelay the first pause, and the least any pause is
     * @return this builder
     */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = Objects.requireNonNull(initialDelay, "initialDelay must not be null");
      return this;
    }

    /**
     * @param multiplier growth of the base delay per attempt
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /**
     * @param maxDelay the cap of every pause
     * @return this builder
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay must not be null");
      return this;
    }

    /**
     * @param jitter the random share, within 0..1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * @return the settings
     * @throws IllegalArgumentException when a value is out of range
     */
    public BackoffSettings build() {
      return new BackoffSettings(initialDelay, multiplier, maxDelay, jitter);
    }
  }
}
