package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.settings.BackoffSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The pause before each retry of a poll: {@link BackoffSettings#delay(int, double)} (the growing, capped, jittered
 * delay) cut to the time remaining before the deadline.
 *
 * @param settings delays, growth, cap and jitter
 * @param random source of numbers in {@code [0, 1)} for the jitter (fixed in tests)
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
   * The pause before the next attempt.
   *
   * @param retry 0 for the pause after the first attempt, 1 after the second, ...
   * @param remaining time left before the deadline
   * @return the backoff's delay, but never more than {@code remaining}
   */
  public Duration delay(int retry, Duration remaining) {
    Duration pause = settings.delay(retry, random.getAsDouble());
    return pause.compareTo(remaining) > 0 ? remaining : pause;
  }
}
