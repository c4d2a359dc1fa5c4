package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.settings.BackoffSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The pause before each retry of a poll, as a pure function of the retry number: {@code initialDelay ×
 * multiplier^retry}, capped at {@code maxDelay}, plus a random 0..{@code jitter} share of the capped delay on top, and
 * finally cut to the time remaining before the deadline.
 *
 * @param settings delays, growth, cap and jitter
 * @param random source of numbers in {@code [0, 1)} for the jitter (seeded in tests)
 */
public record BackoffSchedule(BackoffSettings settings, DoubleSupplier random) {

  /** Validates the values. */
  public BackoffSchedule {
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(random, "random must not be null");
  }

  /**
   * A schedule with a thread-local random source.
   *
   * @param settings delays, growth, cap and jitter
   * @return the schedule
   */
  public static BackoffSchedule of(BackoffSettings settings) {
    return new BackoffSchedule(settings, () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * The capped delay before jitter.
   *
   * @param retry 0 for the pause after the first attempt, 1 after the second, ...
   * @return {@code min(initialDelay × multiplier^retry, maxDelay)}
   */
  public Duration cappedDelay(int retry) {
    if (retry < 0) {
      throw new IllegalArgumentException("retry must be >= 0, was " + retry);
    }
    double initialMillis = settings.initialDelay().toMillis();
    double maxMillis = settings.maxDelay().toMillis();
    double grown = initialMillis * Math.pow(settings.multiplier(), retry);
    return Duration.ofMillis((long) Math.min(grown, maxMillis));
  }

  /**
   * The pause before the next attempt.
   *
   * @param retry 0 for the pause after the first attempt, 1 after the second, ...
   * @param remaining time left before the deadline
   * @return the capped delay plus jitter, but never more than {@code remaining}
   */
  public Duration delay(int retry, Duration remaining) {
    long capped = cappedDelay(retry).toMillis();
    long jitter = (long) (capped * settings.jitter() * random.getAsDouble());
    Duration pause = Duration.ofMillis(capped + jitter);
    return pause.compareTo(remaining) > 0 ? remaining : pause;
  }
}
