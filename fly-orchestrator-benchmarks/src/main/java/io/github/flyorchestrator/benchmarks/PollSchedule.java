package io.github.flyorchestrator.benchmarks;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The pause before each poll of a hand-written baseline poller: {@code initial × multiplier^n}, capped at
 * {@code max}, plus {@code 0..jitter} of the capped delay on top, all multiplied by {@code timeScale} (so a poller
 * against a simulator whose time runs faster keeps the same number of polls per simulated second).
 *
 * @param name label in the results
 * @param initial first pause
 * @param multiplier growth per poll (1 for a fixed interval)
 * @param max cap before jitter
 * @param jitter random share added on top, 0..1
 * @param timeScale real time per simulated time, as the simulator's {@code --time-scale}
 */
public record PollSchedule(String name, Duration initial, double multiplier, Duration max, double jitter,
    double timeScale) {

  /** Validates. */
  public PollSchedule {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max");
    }
    if (multiplier < 1 || jitter < 0 || jitter > 1 || !(timeScale > 0)) {
      throw new IllegalArgumentException("need multiplier >= 1, 0 <= jitter <= 1, timeScale > 0");
    }
  }

  /**
   * The reference schedule (req_fly's {@code poll_until}): 500 ms × 1.5 up to 5 s, plus 0-20 % jitter.
   *
   * @param timeScale real time per simulated time
   * @return the schedule
   */
  public static PollSchedule reference(double timeScale) {
    return new PollSchedule(Strategies.REFERENCE, Duration.ofMillis(500), 1.5, Duration.ofSeconds(5), 0.2,
        timeScale);
  }

  /**
   * The loop a user writes by hand: GET, sleep one second, repeat.
   *
   * @param timeScale real time per simulated time
   * @return the schedule
   */
  public static PollSchedule naiveOneSecond(double timeScale) {
    return new PollSchedule(Strategies.NAIVE, Duration.ofSeconds(1), 1.0, Duration.ofSeconds(1), 0.0, timeScale);
  }

  /**
   * The pause before poll number {@code pollIndex + 1}, i.e. after poll {@code pollIndex} (0-based) answered "not
   * yet".
   *
   * @param pollIndex how many polls came before this pause, minus one
   * @param random uniform 0..1 for the jitter
   * @return the pause in real time
   */
  public Duration pauseAfter(int pollIndex, DoubleSupplier random) {
    double base = initial.toNanos() * Math.pow(multiplier, Math.min(pollIndex, 200));
    double capped = Math.min(base, max.toNanos());
    double withJitter = capped + capped * jitter * random.getAsDouble();
    return Duration.ofNanos(Math.round(withJitter * timeScale));
  }
}
