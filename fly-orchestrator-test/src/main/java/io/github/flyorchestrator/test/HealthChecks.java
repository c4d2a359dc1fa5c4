package io.github.flyorchestrator.test;

import io.github.flyorchestrator.test.internal.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The health checks the simulator shows on the machines of one app, set with
 * {@link FlyApiSimulator#healthChecks(String, HealthChecks)}. Immutable; create with the static factories.
 *
 * <p>Machines then carry {@code checks: [{name, status, output, updated_at}]} as fly-go's {@code MachineCheckStatus}
 * and the spec's {@code CheckStatus} define, with {@code status} {@code passing} or {@code critical}. Every check
 * starts over as {@code critical} each time the machine becomes {@code started} (after a launch, start, restart or
 * update), and is {@code critical} while the machine is in any other state. Durations are simulated time (scaled by
 * the time scale, virtual-time capable) measured from the moment the machine last became {@code started}.
 */
public final class HealthChecks {

  /** The name of the one check a machine gets when {@link #named(String...)} is not used. */
  public static final String DEFAULT_NAME = "http";

  private enum Behaviour { NONE, PASSING_AFTER, NEVER_PASSING, FLAPPING }

  private final Behaviour behaviour;
  private final Duration duration;
  private final List<String> names;

  private HealthChecks(Behaviour behaviour, Duration duration, List<String> names) {
    this.behaviour = behaviour;
    this.duration = duration;
    this.names = List.copyOf(names);
  }

  /** @return no checks: machines carry no {@code checks} field (the default) */
  public static HealthChecks none() {
    return new HealthChecks(Behaviour.NONE, Duration.ZERO, List.of());
  }

  /**
   * @param delay how long after the machine became {@code started} the checks start to pass; zero passes at once
   * @return checks that are {@code critical} until {@code delay} after the machine last became {@code started},
   *     then {@code passing}
   */
  public static HealthChecks passingAfter(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive, was " + delay);
    }
    return new HealthChecks(Behaviour.PASSING_AFTER, delay, List.of(DEFAULT_NAME));
  }

  /** @return checks that stay {@code critical} */
  public static HealthChecks neverPassing() {
    return new HealthChecks(Behaviour.NEVER_PASSING, Duration.ZERO, List.of(DEFAULT_NAME));
  }

  /**
   * @param period how long each phase lasts
   * @return checks that are {@code passing} for the first {@code period} after the machine became {@code started},
   *     then {@code critical} for one period, then {@code passing} again, and so on
   */
  public static HealthChecks flapping(Duration period) {
    if (period == null || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive, was " + period);
    }
    return new HealthChecks(Behaviour.FLAPPING, period, List.of(DEFAULT_NAME));
  }

  /**
   * @param checkNames the names of the checks, each behaving the same way
   * @return a copy with these checks instead of the one named {@value #DEFAULT_NAME}
   */
  public HealthChecks named(String... checkNames) {
    if (behaviour == Behaviour.NONE) {
      throw new IllegalStateException("HealthChecks.none() has no checks to name");
    }
    if (checkNames == null || checkNames.length == 0) {
      throw new IllegalArgumentException("at least one check name is needed");
    }
    for (String name : checkNames) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("check names must not be blank");
      }
    }
    return new HealthChecks(behaviour, duration, List.of(checkNames));
  }

  /** @return the names of the checks, empty for {@link #none()} */
  public List<String> names() {
    return names;
  }

  /** @return whether machines carry no checks */
  public boolean isNone() {
    return behaviour == Behaviour.NONE;
  }

  /**
   * @param sinceStarted simulated time since the machine last became {@code started}
   * @return whether the checks pass at that moment
   */
  public boolean passingAt(Duration sinceStarted) {
    Objects.requireNonNull(sinceStarted, "sinceStarted");
    return switch (behaviour) {
      case NONE -> true;
      case NEVER_PASSING -> false;
      case PASSING_AFTER -> sinceStarted.compareTo(duration) >= 0;
      case FLAPPING -> sinceStarted.toNanos() / duration.toNanos() % 2 == 0;
    };
  }

  /**
   * @param sinceStarted simulated time since the machine last became {@code started}
   * @return how long after the machine became {@code started} the status shown at that moment began (what
   *     {@code updated_at} reports)
   */
  public Duration changedAt(Duration sinceStarted) {
    Objects.requireNonNull(sinceStarted, "sinceStarted");
    return switch (behaviour) {
      case NONE, NEVER_PASSING -> Duration.ZERO;
      case PASSING_AFTER -> passingAt(sinceStarted) ? duration : Duration.ZERO;
      case FLAPPING -> duration.multipliedBy(sinceStarted.toNanos() / duration.toNanos());
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HealthChecks that && behaviour == that.behaviour && duration.equals(that.duration)
        && names.equals(that.names);
  }

  @Override
  public int hashCode() {
    return Objects.hash(behaviour, duration, names);
  }

  @Override
  public String toString() {
    String what = switch (behaviour) {
      case NONE -> "none";
      case NEVER_PASSING -> "never passing";
      case PASSING_AFTER -> "passing after " + Durations.human(duration);
      case FLAPPING -> "flapping every " + Durations.human(duration);
    };
    return names.isEmpty() ? "HealthChecks[" + what + "]" : "HealthChecks[" + what + " " + names + "]";
  }
}
