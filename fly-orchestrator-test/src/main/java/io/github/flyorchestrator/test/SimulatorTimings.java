package io.github.flyorchestrator.test;

import java.time.Duration;

/**
 * How long each transition takes in simulated time (multiplied by the time scale to get real time).
 *
 * @param launch created to starting (the delay before a new machine begins to start)
 * @param start starting to started
 * @param stop stopping to stopped
 * @param suspend suspending to suspended
 * @param restart restarting to started
 * @param replace replacing to the new version's next state
 * @param destroy destroying to destroyed
 * @param purgeAfterDestroy how long a destroyed machine stays visible before it answers 404
 */
public record SimulatorTimings(Duration launch, Duration start, Duration stop, Duration suspend, Duration restart,
    Duration replace, Duration destroy, Duration purgeAfterDestroy) {

  /** @return small nonzero defaults: launch 50 ms, start 200 ms, others 100-200 ms, purge after 10 min */
  public static SimulatorTimings defaults() {
    return new SimulatorTimings(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(100),
        Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(100),
        Duration.ofMinutes(10));
  }

  /**
   * @param start new start duration
   * @return a copy with that start duration
   */
  public SimulatorTimings withStart(Duration start) {
    return new SimulatorTimings(launch, start, stop, suspend, restart, replace, destroy, purgeAfterDestroy);
  }
}
