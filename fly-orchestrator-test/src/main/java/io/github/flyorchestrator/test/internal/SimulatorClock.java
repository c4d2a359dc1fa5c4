package io.github.flyorchestrator.test.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * The one source of simulated time. Simulated time starts at the wall-clock time of construction and advances
 * {@code 1 / timeScale} times as fast as the scheduler's clock; simulated durations become real delays by
 * multiplying with the time scale.
 */
public final class SimulatorClock {

  private final Scheduler scheduler;
  private final double timeScale;
  private final long startSchedulerNanos;
  private final long startEpochMillis;

  /**
   * @param scheduler scheduler for timers and for reading time
   * @param timeScale real time per simulated time
   */
  public SimulatorClock(Scheduler scheduler, double timeScale) {
    this.scheduler = scheduler;
    this.timeScale = timeScale;
    this.startSchedulerNanos = scheduler.now(TimeUnit.NANOSECONDS);
    this.startEpochMillis = System.currentTimeMillis();
  }

  /** @return the scheduler every timer runs on */
  public Scheduler scheduler() {
    return scheduler;
  }

  /** @return the current simulated time in epoch milliseconds */
  public long nowMillis() {
    long elapsedNanos = scheduler.now(TimeUnit.NANOSECONDS) - startSchedulerNanos;
    return startEpochMillis + (long) (elapsedNanos / timeScale / 1_000_000d);
  }

  /** @return the current simulated time */
  public Instant now() {
    return Instant.ofEpochMilli(nowMillis());
  }

  /**
   * @param simulated a simulated duration
   * @return the real duration it takes
   */
  public Duration toReal(Duration simulated) {
    return Duration.ofNanos(Math.max(0L, (long) (simulated.toNanos() * timeScale)));
  }

  /**
   * Starts a timer now (not on subscription) on the scheduler, in real (unscaled) time.
   *
   * @param real the delay
   * @return completes when the timer fires; cancelling it cancels the timer
   */
  public Mono<Void> timer(Duration real) {
    Sinks.Empty<Void> fired = Sinks.empty();
    Disposable task = scheduler.schedule(fired::tryEmitEmpty, real.toNanos(), TimeUnit.NANOSECONDS);
    return fired.asMono().doOnCancel(task::dispose);
  }

  /**
   * Runs a task after a simulated delay.
   *
   * @param simulated the simulated delay
   * @param task the task
   * @return a handle to cancel it
   */
  public Disposable schedule(Duration simulated, Runnable task) {
    Duration real = toReal(simulated);
    return scheduler.schedule(task, real.toNanos(), TimeUnit.NANOSECONDS);
  }
}
