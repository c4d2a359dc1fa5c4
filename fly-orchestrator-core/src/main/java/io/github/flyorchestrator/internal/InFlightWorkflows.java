package io.github.flyorchestrator.internal;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.internal.observation.CancelCleanups;
import io.github.flyorchestrator.internal.observation.WaitObservation;
import io.github.flyorchestrator.internal.util.HumanDuration;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * The orchestrator's public workflow calls in flight, and its graceful shutdown.
 *
 * <p>{@link #track} wraps each call: from its subscription until it ends it is in flight. {@link #shutdown} refuses
 * every call subscribed from then on (a {@link FlyException} saying the orchestrator is shutting down), gives those
 * in flight the grace period (on the orchestrator's scheduler, so virtual time drives it in tests) and then abandons
 * the rest: one WARN line each (what it was doing, the state it left, how to resume), then each is cancelled, which
 * ends its {@code fly.orchestrator.wait} observations with outcome {@code cancelled}, releases the leases it holds
 * and fails its caller with a {@link FlyException}. The shutdown ends once those releases ({@link CancelCleanups})
 * have ended too.
 */
final class InFlightWorkflows {

  private static final Logger log = LoggerFactory.getLogger(InFlightWorkflows.class);

  private final Scheduler scheduler;
  private final Set<InFlightWorkflow> running = ConcurrentHashMap.newKeySet();
  private final CancelCleanups cleanups = new CancelCleanups();
  private final Sinks.Empty<Void> abandon = Sinks.empty();
  private volatile boolean shuttingDown;

  /** @param scheduler the clock and timer of the grace period */
  InFlightWorkflows(Scheduler scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
  }

  /**
   * Tracks a workflow call from its subscription to its end.
   *
   * @param call what was called
   * @param workflow the workflow
   * @param <T> its value type
   * @return the workflow, refused once the shutdown began and cancelled when the shutdown abandons it
   */
  <T> Mono<T> track(InFlightWorkflow.Call call, Mono<T> workflow) {
    return Mono.defer(() -> {
      InFlightWorkflow entry = new InFlightWorkflow(call, scheduler.now(TimeUnit.MILLISECONDS));
      running.add(entry);
      if (shuttingDown) {
        running.remove(entry);
        return Mono.error(new FlyException("the orchestrator is shutting down: " + call.describe()
            + " was not started; run it again on an orchestrator that is running", null));
      }
      Mono<T> observed = workflow.contextWrite(context -> cleanups.putInto(
          WaitObservation.listenTo(context, entry::waitStarted)));
      Mono<T> abandoned = abandon.asMono().then(Mono.error(() -> new FlyException(entry.cancelledMessage(), null)));
      return Mono.firstWithSignal(observed, abandoned)
          .doFinally(signal -> {
            running.remove(entry);
            entry.end();
          });
    });
  }

  /**
   * Shuts down: see the class comment. Nothing happens until the result is subscribed; a second shutdown waits for
   * what is still in flight with its own grace period.
   *
   * @param gracePeriod how long the calls in flight may still run
   * @return completes when every call has ended and the releases of abandoned ones have ended
   */
  Mono<Void> shutdown(Duration gracePeriod) {
    Objects.requireNonNull(gracePeriod, "gracePeriod must not be null");
    if (gracePeriod.isNegative()) {
      throw new IllegalArgumentException("gracePeriod must not be negative, was "
          + HumanDuration.format(gracePeriod));
    }
    return Mono.defer(() -> {
      shuttingDown = true;
      List<InFlightWorkflow> inFlight = List.copyOf(running);
      if (!inFlight.isEmpty()) {
        log.info("Shutting down: waiting up to {} for {} Fly workflow(s) in flight", HumanDuration.format(gracePeriod),
            inFlight.size());
      }
      return allEnded(inFlight)
          .timeout(gracePeriod, Mono.defer(() -> abandonRunning(gracePeriod)), scheduler)
          .then(Mono.defer(cleanups::awaitPending));
    });
  }

  private Mono<Void> abandonRunning(Duration gracePeriod) {
    List<InFlightWorkflow> left = List.copyOf(running);
    long now = scheduler.now(TimeUnit.MILLISECONDS);
    left.forEach(entry -> log.warn(entry.abandonedMessage(gracePeriod, now)));
    abandon.tryEmitEmpty();
    return allEnded(left);
  }

  private static Mono<Void> allEnded(List<InFlightWorkflow> workflows) {
    return Mono.when(workflows.stream().map(InFlightWorkflow::ended).toList());
  }
}
