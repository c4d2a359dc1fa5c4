package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.internal.util.HumanDuration;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import reactor.core.scheduler.Scheduler;

/**
 * A fixed point in time by which a whole workflow must end, read from a {@link Scheduler}'s clock so that Reactor's
 * virtual time moves it in tests. It is started once and never restarted: every phase of a workflow asks the same
 * deadline for the time remaining.
 *
 * @param clock the scheduler whose {@link Scheduler#now(TimeUnit) clock} is read
 * @param startNanos clock reading when the deadline was started
 * @param timeout the time allowed from the start
 */
public record Deadline(Scheduler clock, long startNanos, Duration timeout) {

  /** Validates the values. */
  public Deadline {
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + HumanDuration.format(timeout));
    }
  }

  /**
   * Starts a deadline now.
   *
   * @param timeout the time allowed from now
   * @param clock the scheduler whose clock is read
   * @return the deadline
   */
  public static Deadline start(Duration timeout, Scheduler clock) {
    return new Deadline(clock, clock.now(TimeUnit.NANOSECONDS), timeout);
  }

  /** @return time since the start */
  public Duration elapsed() {
    return Duration.ofNanos(clock.now(TimeUnit.NANOSECONDS) - startNanos);
  }

  /** @return time left before the deadline, never negative */
  public Duration remaining() {
    Duration left = timeout.minus(elapsed());
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** @return whether no time is left */
  public boolean isExpired() {
    return remaining().isZero();
  }
}
