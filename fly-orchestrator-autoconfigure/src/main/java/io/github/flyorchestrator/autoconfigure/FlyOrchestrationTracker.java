package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.observation.FlyWaitObservationContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps track of the orchestrator's workflows from their {@code fly.orchestrator.wait} observations: the ones in
 * flight and the last {@code historySize} finished ones, for {@link FlyOrchestrationsEndpoint}. Register it with the
 * {@link io.micrometer.observation.ObservationRegistry} the orchestrator reports to (Spring Boot registers every
 * {@link ObservationHandler} bean). A workflow that starts inside another one (the {@code update_and_wait} of each
 * machine of a {@code rollout}) is listed under it rather than on its own, so a rollout shows its progress per
 * machine.
 *
 * <p>Only what the observation context holds is kept: operation, app, machine id, attempts, last observed state,
 * timeout and outcome; never the token. Times are read from the given {@link Clock}.
 */
public final class FlyOrchestrationTracker implements ObservationHandler<FlyWaitObservationContext> {

  private final int historySize;
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final Set<Tracked> inFlight = ConcurrentHashMap.newKeySet();
  private final Deque<Tracked> finished = new ArrayDeque<>();

  /**
   * A tracker that reads the system clock.
   *
   * @param historySize how many finished workflows to keep, newest first; 0 keeps none
   * @throws IllegalArgumentException when {@code historySize} is negative
   */
  public FlyOrchestrationTracker(int historySize) {
    this(historySize, Clock.systemUTC());
  }

  /**
   * A tracker with its own clock.
   *
   * @param historySize how many finished workflows to keep, newest first; 0 keeps none
   * @param clock where start and end times are read
   * @throws IllegalArgumentException when {@code historySize} is negative
   * @throws NullPointerException when {@code clock} is {@code null}
   */
  public FlyOrchestrationTracker(int historySize, Clock clock) {
    if (historySize < 0) {
      throw new IllegalArgumentException("historySize must be >= 0, was " + historySize);
    }
    this.historySize = historySize;
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return context instanceof FlyWaitObservationContext;
  }

  @Override
  public void onStart(FlyWaitObservationContext context) {
    Tracked parent = enclosing(context);
    Tracked tracked = new Tracked(context, clock.instant(), sequence.incrementAndGet());
    context.put(Tracked.class, tracked);
    if (parent != null) {
      parent.nested.add(tracked);
    } else {
      inFlight.add(tracked);
    }
  }

  @Override
  public void onStop(FlyWaitObservationContext context) {
    Tracked tracked = context.get(Tracked.class);
    if (tracked == null) {
      return;
    }
    tracked.finishedAt = clock.instant();
    if (inFlight.remove(tracked) && historySize > 0) {
      synchronized (finished) {
        finished.addFirst(tracked);
        while (finished.size() > historySize) {
          finished.removeLast();
        }
      }
    }
  }

  /**
   * What is running and what ended last, as the endpoint shows it.
   *
   * @return the workflows in flight, oldest first, and the finished ones, newest first
   */
  public FlyOrchestrationsDescriptor orchestrations() {
    Instant now = clock.instant();
    List<FlyOrchestrationsDescriptor.Orchestration> running = inFlight.stream()
        .sorted(Comparator.comparingLong(Tracked::sequence))
        .map(tracked -> tracked.describe(now))
        .toList();
    List<Tracked> ended;
    synchronized (finished) {
      ended = List.copyOf(finished);
    }
    return new FlyOrchestrationsDescriptor(running, ended.stream().map(tracked -> tracked.describe(now)).toList());
  }

  /** The nearest enclosing workflow this tracker knows, or {@code null}. */
  private static Tracked enclosing(Observation.Context context) {
    ObservationView parent = context.getParentObservation();
    while (parent != null) {
      if (parent.getContextView() instanceof Observation.Context parentContext) {
        Tracked tracked = parentContext.get(Tracked.class);
        if (tracked != null) {
          return tracked;
        }
        parent = parentContext.getParentObservation();
      } else {
        return null;
      }
    }
    return null;
  }

  /** One workflow: its context (updated by the orchestrator as it goes), when it started and what ran inside it. */
  private static final class Tracked {

    private final FlyWaitObservationContext context;
    private final Instant startedAt;
    private final long sequence;
    private final List<Tracked> nested = new CopyOnWriteArrayList<>();
    private volatile Instant finishedAt;

    Tracked(FlyWaitObservationContext context, Instant startedAt, long sequence) {
      this.context = context;
      this.startedAt = startedAt;
      this.sequence = sequence;
    }

    long sequence() {
      return sequence;
    }

    FlyOrchestrationsDescriptor.Orchestration describe(Instant now) {
      Instant end = finishedAt;
      Duration timeout = context.getTimeout();
      FlyWaitObservationContext.Outcome outcome = end != null ? context.getOutcome() : null;
      Throwable error = end != null ? context.getError() : null;
      return new FlyOrchestrationsDescriptor.Orchestration(context.getOperation(), context.getApp(),
          context.getMachineId(), startedAt, end, Duration.between(startedAt, end != null ? end : now),
          context.getAttempts(), context.getReason(), timeout != null ? startedAt.plus(timeout) : null,
          outcome != null ? outcome.value() : null, error != null ? errorType(error) : null,
          nested.stream().map(child -> child.describe(now)).toList());
    }

    private static String errorType(Throwable error) {
      String simpleName = error.getClass().getSimpleName();
      return simpleName.isEmpty() ? error.getClass().getName() : simpleName;
    }
  }
}
