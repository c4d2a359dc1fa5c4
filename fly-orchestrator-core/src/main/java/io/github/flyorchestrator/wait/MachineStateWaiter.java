package io.github.flyorchestrator.wait;

import io.github.flyorchestrator.FlyException;
import io.github.flyorchestrator.FlyMachineStateException;
import io.github.flyorchestrator.FlyTimeoutException;
import io.github.flyorchestrator.client.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.client.WaitRequest;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineState;
import io.github.flyorchestrator.model.WaitResult;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;

/**
 * Waits for a machine to reach a state, within a deadline that is never restarted.
 *
 * <p>With the wait endpoint (when enabled and the machine's version is known) it issues calls of
 * {@code min(60 s, remaining)} whole seconds, passing the target plus the states that make it unreachable so that the
 * server answers early on {@code failed}. A 408 means "not yet": it reads the machine (failing early on an
 * unreachable state) and calls again. A 404 before the machine was ever seen is retried after a pause. A 400 or any
 * other error falls back to polling {@code GET} the machine within the remaining time. Each wait call and each poll
 * counts as one attempt. The result is the machine as read after the wait.
 */
public final class MachineStateWaiter {

  private static final Duration MIN_WAIT_CALL = WaitRequest.MIN_TIMEOUT;

  private final ReactiveFlyMachinesClient client;
  private final Poller poller;
  private final BackoffSchedule backoff;
  private final boolean useWaitEndpoint;

  /**
   * Creates a waiter.
   *
   * @param client the Machines API client
   * @param poller the polling engine (for the fallback)
   * @param backoff pauses between retried wait calls
   * @param useWaitEndpoint {@code false} to only poll
   */
  public MachineStateWaiter(ReactiveFlyMachinesClient client, Poller poller, BackoffSchedule backoff,
      boolean useWaitEndpoint) {
    this.client = Objects.requireNonNull(client, "client must not be null");
    this.poller = Objects.requireNonNull(poller, "poller must not be null");
    this.backoff = Objects.requireNonNull(backoff, "backoff must not be null");
    this.useWaitEndpoint = useWaitEndpoint;
  }

  /**
   * Waits for {@code machine} to reach {@code goal}.
   *
   * @param appName the machine's app
   * @param machine the machine as created (its id and version are used)
   * @param goal the awaited state
   * @param progress the deadline and attempt count of the whole workflow
   * @return the machine as read after the wait; a {@link FlyMachineStateException} when it lands in a state from
   *     which the goal is unreachable; a {@link io.github.flyorchestrator.FlyTimeoutException} at the deadline
   */
  public Mono<Machine> await(String appName, Machine machine, MachineStateGoal goal, WaitProgress progress) {
    return await(appName, machine, goal, null, read -> true, progress);
  }

  /**
   * Waits for {@code machine} to reach {@code goal} after an action, so that a state seen before the action is not
   * taken for the new one: the wait endpoint is asked for an event after {@code fromEventId}, and a machine read
   * (after a wait answer, a 408 or while polling) only ends the wait when {@code confirmed} accepts it. A read that
   * shows the target state but is not confirmed counts as "not yet".
   *
   * @param appName the machine's app
   * @param machine the machine before the wait (its id and version are used)
   * @param goal the awaited state
   * @param fromEventId the newest event id seen before the action, or {@code null}
   * @param confirmed whether a machine read in the target state shows the new state, not an old one
   * @param progress the deadline and attempt count of the whole workflow
   * @return the machine as read after the wait; errors as for {@link #await(String, Machine, MachineStateGoal,
   *     WaitProgress)}
   */
  public Mono<Machine> await(String appName, Machine machine, MachineStateGoal goal, String fromEventId,
      Predicate<Machine> confirmed, WaitProgress progress) {
    Objects.requireNonNull(machine.id(), "machine id must not be null");
    Objects.requireNonNull(confirmed, "confirmed must not be null");
    Run run = new Run(appName, machine, goal, fromEventId, confirmed, progress);
    progress.observe(machine.state());
    if (!useWaitEndpoint || machine.currentVersion() == null) {
      return run.poll();
    }
    return run.waitCall(0, false);
  }

  /** The state of one {@link #await} call. */
  private final class Run {
    private final String appName;
    private final Machine created;
    private final MachineStateGoal goal;
    private final String fromEventId;
    private final Predicate<Machine> confirmed;
    private final WaitProgress progress;

    Run(String appName, Machine created, MachineStateGoal goal, String fromEventId, Predicate<Machine> confirmed,
        WaitProgress progress) {
      this.appName = appName;
      this.created = created;
      this.goal = goal;
      this.fromEventId = fromEventId;
      this.confirmed = confirmed;
      this.progress = progress;
    }

    Mono<Machine> waitCall(int retry, boolean seen) {
      return Mono.defer(() -> {
        Duration remaining = progress.deadline().remaining();
        if (remaining.isZero()) {
          return Mono.error(progress.timeout(null));
        }
        if (remaining.compareTo(MIN_WAIT_CALL) < 0) {
          return poll();
        }
        Duration callTimeout = WaitRequest.clamp(Duration.ofSeconds(remaining.toSeconds()));
        String version = created.version();
        WaitRequest request = new WaitRequest(goal.waitStates(), version,
            version == null ? created.instanceId() : null, fromEventId, callTimeout);
        progress.recordAttempt();
        Duration callStart = progress.deadline().elapsed();
        Mono<Call> call = client.waitForState(appName, created.id(), request)
            .map(result -> new Call(result, null))
            .switchIfEmpty(Mono.fromSupplier(() -> new Call(new WaitResult(true, null, null, null), null)))
            .onErrorResume(error -> Mono.just(new Call(null, error)));
        return progress.bound(call).flatMap(result -> next(result, retry, seen, callStart, callTimeout));
      });
    }

    private Mono<Machine> next(Call call, int retry, boolean seen, Duration callStart, Duration callTimeout) {
      if (call.error() == null) {
        String state = call.result().state();
        progress.observe(state);
        if (goal.isReached(state)) {
          return readAfterWait(pause(retry).then(Mono.defer(() -> waitCall(retry + 1, true))));
        }
        if (goal.isUnreachable(state)) {
          return Mono.error(stateError(state));
        }
        // The answer does not say which state was reached: read the machine to decide.
        return check(pause(retry).then(Mono.defer(() -> waitCall(retry + 1, true))));
      }
      Throwable error = call.error();
      if (hasStatus(error, 408)) {
        progress.observe(WaiterConfiguration.describeError(error));
        boolean waitedFully = progress.deadline().elapsed().minus(callStart).compareTo(callTimeout) >= 0;
        Mono<Machine> again = waitedFully ? waitCall(retry, true)
            : pause(retry).then(Mono.defer(() -> waitCall(retry + 1, true)));
        return check(again);
      }
      if (hasStatus(error, 404)) {
        progress.observe(WaiterConfiguration.describeError(error));
        if (MachineState.DESTROYED.equals(goal.target())) {
          return Mono.just(created.withState(MachineState.DESTROYED));
        }
        if (!seen) {
          return pause(retry).then(Mono.defer(() -> waitCall(retry + 1, false)));
        }
      } else {
        progress.observe(WaiterConfiguration.describeError(error));
      }
      return poll();
    }

    /** Reads the machine: done when reached, an error when unreachable, otherwise {@code otherwise}. */
    private Mono<Machine> check(Mono<Machine> otherwise) {
      return progress.bound(client.getMachine(appName, created.id()))
          .map(machine -> new Read(machine, null))
          .onErrorResume(error -> !(error instanceof FlyTimeoutException),
              error -> Mono.just(new Read(null, error)))
          .flatMap(read -> Mono.defer(() -> {
            if (read.error() != null) {
              progress.observe(WaiterConfiguration.describeError(read.error()));
              return otherwise;
            }
            String state = read.machine().state();
            progress.observe(state);
            if (goal.isReached(state)) {
              return confirmed.test(read.machine()) ? Mono.just(read.machine()) : otherwise;
            }
            if (goal.isUnreachable(state)) {
              return Mono.error(stateError(state));
            }
            return otherwise;
          }));
    }

    private Mono<Void> pause(int retry) {
      Duration delay = backoff.delay(retry, progress.deadline().remaining());
      return Mono.delay(delay, progress.deadline().clock()).then();
    }

    /** Reads the machine after the wait endpoint said "reached"; an unconfirmed read means {@code otherwise}. */
    private Mono<Machine> readAfterWait(Mono<Machine> otherwise) {
      return progress.bound(client.getMachine(appName, created.id()))
          .onErrorResume(error -> MachineState.DESTROYED.equals(goal.target()) && hasStatus(error, 404),
              error -> Mono.just(created.withState(MachineState.DESTROYED)))
          .flatMap(machine -> MachineState.DESTROYED.equals(machine.state()) || confirmed.test(machine)
              ? Mono.just(machine) : otherwise);
    }

    Mono<Machine> poll() {
      WaiterConfiguration<Machine> configuration = new WaiterConfiguration<>(List.of(
          Acceptor.successOn(machine -> goal.isReached(machine.state()) && confirmed.test(machine)),
          Acceptor.failureOn(machine -> goal.isUnreachable(machine.state()), machine -> stateError(machine.state())),
          Acceptor.successOnError(error -> MachineState.DESTROYED.equals(goal.target()) && hasStatus(error, 404)),
          Acceptor.retryOnError(error -> hasStatus(error, 404))), Machine::state);
      return poller.poll(() -> client.getMachine(appName, created.id()), configuration, progress)
          .map(outcome -> outcome.value() != null ? outcome.value() : created.withState(MachineState.DESTROYED));
    }

    private FlyMachineStateException stateError(String state) {
      return new FlyMachineStateException(appName, created.id(), state, goal.target());
    }
  }

  private static boolean hasStatus(Throwable error, int status) {
    return error instanceof FlyException fly && fly.hasStatus(status);
  }

  /** One wait call's answer or error. */
  private record Call(WaitResult result, Throwable error) {
  }

  /** One machine read or its error. */
  private record Read(Machine machine, Throwable error) {
  }
}
