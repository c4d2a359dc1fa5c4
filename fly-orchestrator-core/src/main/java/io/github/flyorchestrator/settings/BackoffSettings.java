package io.github.flyorchestrator.settings;

import io.github.flyorchestrator.internal.util.HumanDuration;
import java.time.Duration;

/**
 * The delay schedule between polls: {@code initialDelay}, multiplied by {@code multiplier} per attempt, capped at
 * {@code maxDelay}, plus 0..{@code jitter} of the capped delay on top; every pause is cut to the time remaining.
 *
 * @param initialDelay first delay (default 500 ms)
 * @param multiplier growth per attempt (default 1.5)
 * @param maxDelay cap before jitter (default 5 s)
 * @param jitter random share added on top, 0..1 (default 0.2)
 */
public record BackoffSettings(Duration initialDelay, double multiplier, Duration maxDelay, double jitter) {

  /** 500 ms × 1.5 up to 5 s, plus 0-20 % jitter. */
  public static final BackoffSettings DEFAULTS =
      new BackoffSettings(Duration.ofMillis(500), 1.5, Duration.ofSeconds(5), 0.2);

  /** Validates the values. */
  public BackoffSettings {
    if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
      throw new IllegalArgumentException("initialDelay must be positive, was " + HumanDuration.format(initialDelay));
    }
    if (multiplier < 1.0) {
      throw new IllegalArgumentException("multiplier must be >= 1, was " + multiplier);
    }
    if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must be >= initialDelay, was " + HumanDuration.format(maxDelay));
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
    }
  }
}
