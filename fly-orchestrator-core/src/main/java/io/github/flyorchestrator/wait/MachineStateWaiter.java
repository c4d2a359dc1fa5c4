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
import java.util.Optional;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;

/**
 * Waits for a machine to reach a state, within a deadline that is never restarted.
 *
 * <p>With the wait endpoint (when enabled and the machine's version is known) it issues calls of
 * {@code min(60 s, remaining)} whole seconds, passing the target plus the states that make it unreachable so that the
 * server answers early on {@code failed}. A 408 means "not yet": it reads the machine (failing early on an
 * unreachable state) and calls again; a 408 saying the machine is {@code stopped} or {@code failed} while
 * {@code started} is awaited, on a machine whose restart policy is {@code no}, ends the wait (as flyctl does). A 400
 * refusing the request's timeout, version or state makes it poll {@code GET} the machine for the time that is left;
 * any other 400 is the answer. Each wait call and each poll counts as one attempt (a read that checks a wait call's
 * answer belongs to that call); a read or call that fails without an answer (see {@link AttemptFailures}) costs only
 * that attempt, and 401, 403 and other definitive answers end the wait.
 *
 * <p>A 404 means the machine is gone once it has been seen: it ends the wait with a
 * {@link FlyMachineStateException} (state {@code destroyed}), unless {@code destroyed} is awaited (then it is done).
 * A machine passed to {@link #await} was read from the server and counts as seen; one passed to
 * {@link #awaitCreated} was just created, and a 404 is retried until the server has shown it once (reads are
 * eventually consistent). The result is the machine as read after the wait.
 */
public final class MachineStateWaiter {

  private static final Duration MIN_WAIT_CALL = WaitRequest.MIN_TIMEOUT;
  private static final String NO_RESTART = "no";

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
   * Waits for a machine that was read from the server (so a 404 means it is gone) to reach {@code goal}.
   *
   * @param appName the machine's app
   * @param machine the machine as read (its id, version and restart policy are used)
   * @param goal the awaited state
   * @param progress the deadline and attempt count of the whole workflow
   * @return the machine as read after the wait; a {@link FlyMachineStateException} when it lands in a state from
   *     which the goal is unreachable or is gone; a {@link FlyTimeoutException} at the deadline
   */
  public Mono<Machine> await(String appName, Machine machine, MachineStateGoal goal, WaitProgress progress) {
    return await(appName, machine, goal, StateConfirmation.ANY, progress);
  }

  /**
   * Waits for a machine read from the server to reach {@code goal} after an action, so that a state seen before the
   * action is not taken for the new one: the wait endpoint is asked for an event after {@code fromEventId}, and its
   * answer in the target state confirms the new state when {@code fromEventId} is given; otherwise a machine read
   * only ends the wait when {@code confirmed} accepts it (a read in the target state that is not confirmed counts as
   * "not yet").
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
    return await(appName, machine, goal, StateConfirmation.afterEvent(fromEventId, confirmed), progress);
  }

  /**
   * Waits for a machine read from the server to reach {@code goal} after an action, telling the new state from an
   * old one as {@code confirmation} says.
   *
   * @param appName the machine's app
   * @param machine the machine before the wait (its id and version are used)
   * @param goal the awaited state
   * @param confirmation how the new state is told from an old one
   * @param progress the deadline and attempt count of the whole workflow
   * @return the machine as read after the wait; errors as for {@link #await(String, Machine, MachineStateGoal,
   *     WaitProgress)}
   */
  public Mono<Machine> await(String appName, Machine machine, MachineStateGoal goal, StateConfirmation confirmation,
      WaitProgress progress) {
    return start(appName, machine, goal, confirmation, true, progress);
  }

  /**
   * Waits for a machine that was just created to reach {@code goal}. Until the server has shown the machine once, a
   * 404 means "not yet" (its reads may lag behind the create); after that, as for {@link #await}.
   *
   * @param appName the machine's app
   * @param created the machine as the create returned it
   * @param goal the awaited state
   * @param progress the deadline and attempt count of the whole workflow
   * @return the machine as read after the wait; errors as for {@link #await(String, Machine, MachineStateGoal,
   *     WaitProgress)}
   */
  public Mono<Machine> awaitCreated(String appName, Machine created, MachineStateGoal goal, WaitProgress progress) {
    return start(appName, created, goal, StateConfirmation.ANY, false, progress);
  }

  private Mono<Machine> start(String appName, Machine machine, MachineStateGoal goal, StateConfirmation confirmation,
      boolean seen, WaitProgress progress) {
    Objects.requireNonNull(machine.id(), "machine id must not be null");
    Objects.requireNonNull(confirmation, "confirmation must not be null");
    Run run = new Run(appName, machine, goal, confirmation, seen, progress);
    progress.observe(machine.state());
    if (!useWaitEndpoint || machine.currentVersion() == null) {
      return run.poll();
    }
    return run.waitCall(0);
  }

  /** The state of one wait. */
  private final class Run {
    private final String appName;
    private final Machine initial;
    private final MachineStateGoal goal;
    private final StateConfirmation confirmation;
    private final WaitProgress progress;
    /** Whether the server has shown the machine: from then on a 404 means it is gone. */
    private volatile boolean seen;
    /** The newest machine read, for its restart policy. */
    private volatile Machine latest;

    Run(String appName, Machine initial, MachineStateGoal goal, StateConfirmation confirmation, boolean seen,
        WaitProgress progress) {
      this.appName = appName;
      this.initial = initial;
      this.goal = goal;
      this.confirmation = confirmation;
      this.seen = seen;
      this.latest = initial;
      this.progress = progress;
    }

    Mono<Machine> waitCall(int retry) {
      return Mono.defer(() -> {
        Duration remaining = progress.deadline().remaining();
        if (remaining.isZero()) {
          return Mono.error(progress.timeout(null));
        }
        if (remaining.compareTo(MIN_WAIT_CALL) < 0) {
          return poll();
        }
        Duration callTimeout = WaitRequest.clamp(Duration.ofSeconds(remaining.toSeconds()));
        String version = initial.version();
        WaitRequest request = new WaitRequest(goal.waitStates(), version,
            version == null ? initial.instanceId() : null, confirmation.fromEventId(), callTimeout);
        progress.recordAttempt();
        Duration callStart = progress.deadline().elapsed();
        Mono<Call> call = client.waitForState(appName, initial.id(), request)
            .map(result -> new Call(result, null))
            .switchIfEmpty(Mono.fromSupplier(() -> new Call(new WaitResult(true, null, null, null), null)))
            .onErrorResume(error -> Mono.just(new Call(null, error)));
        return progress.bound(call).flatMap(result -> result.error() == null ? answered(result.result(), retry)
            : failed(result.error(), retry, callStart, callTimeout));
      });
    }

    private Mono<Machine> answered(WaitResult answer, int retry) {
      seen = true;
      String state = answer.state();
      progress.observe(state);
      if (goal.isReached(state)) {
        return read(confirmation.answerConfirms(answer), again(retry));
      }
      if (goal.isUnreachable(state)) {
        return Mono.error(stateError(state));
      }
      // The answer does not say which state was reached: read the machine to decide.
      return read(false, again(retry));
    }

    private Mono<Machine> failed(Throwable error, int retry, Duration callStart, Duration callTimeout) {
      progress.observe(WaiterConfiguration.describeError(error));
      FlyException fly = error instanceof FlyException flyError ? flyError : null;
      if (fly != null && fly.hasStatus(408)) {
        seen = true;
        Optional<String> notRestarted = WaitEndpointErrors.currentStateOf408(fly).filter(this::staysThere);
        if (notRestarted.isPresent()) {
          return Mono.error(FlyMachineStateException.notRestarted(appName, initial.id(), notRestarted.get(),
              goal.target(), error));
        }
        boolean waitedFully = progress.deadline().elapsed().minus(callStart).compareTo(callTimeout) >= 0;
        return read(false, waitedFully ? waitCall(retry) : again(retry));
      }
      if (fly != null && fly.hasStatus(404)) {
        return notFound(error, again(retry));
      }
      if (fly != null && WaitEndpointErrors.isUnusableRequest(fly) || AttemptFailures.isFailedAttempt(error)) {
        return poll();
      }
      return Mono.error(error);
    }

    /** Whether a machine the 408 names in {@code state} stays there: stopped or failed, no restart, started awaited. */
    private boolean staysThere(String state) {
      Machine machine = latest;
      boolean noRestart = machine.config() != null && machine.config().restart() != null
          && NO_RESTART.equals(machine.config().restart().policy());
      return noRestart && MachineState.STARTED.equals(goal.target())
          && (MachineState.STOPPED.equals(state) || MachineState.FAILED.equals(state));
    }

    /**
     * Reads the machine: done when it is in the target state and confirmed (or {@code answerConfirmed}), an error
     * when it is in a state from which the target is unreachable, otherwise {@code otherwise}.
     */
    private Mono<Machine> read(boolean answerConfirmed, Mono<Machine> otherwise) {
      return progress.bound(client.getMachine(appName, initial.id()))
          .map(machine -> new Read(machine, null))
          .onErrorResume(error -> !(error instanceof FlyTimeoutException), error -> Mono.just(new Read(null, error)))
          .flatMap(read -> {
            if (read.error() != null) {
              progress.observe(WaiterConfiguration.describeError(read.error()));
              return readFailed(read.error(), otherwise);
            }
            Machine machine = sighted(read.machine());
            String state = machine.state();
            progress.observe(state);
            if (goal.isReached(state)) {
              return answerConfirmed || confirmation.confirmed().test(machine) ? Mono.just(machine) : otherwise;
            }
            if (goal.isUnreachable(state)) {
              return Mono.error(stateError(state));
            }
            return otherwise;
          });
    }

    private Mono<Machine> readFailed(Throwable error, Mono<Machine> otherwise) {
      if (hasStatus(error, 404)) {
        return notFound(error, otherwise);
      }
      return AttemptFailures.isFailedAttempt(error) ? otherwise : Mono.error(error);
    }

    /** A 404: done when {@code destroyed} is awaited, gone once seen, otherwise {@code otherwise}. */
    private Mono<Machine> notFound(Throwable error, Mono<Machine> otherwise) {
      if (MachineState.DESTROYED.equals(goal.target())) {
        return Mono.just(initial.withState(MachineState.DESTROYED));
      }
      return seen ? Mono.error(gone(error)) : otherwise;
    }

    private Mono<Machine> again(int retry) {
      return pause(retry).then(Mono.defer(() -> waitCall(retry + 1)));
    }

    /** Pauses for the backoff delay, cut to the time remaining when the pause begins. */
    private Mono<Void> pause(int retry) {
      return Mono.defer(() -> Mono.delay(backoff.delay(retry, progress.deadline().remaining()),
          progress.deadline().clock())).then();
    }

    Mono<Machine> poll() {
      Predicate<Throwable> notFound = error -> hasStatus(error, 404);
      WaiterConfiguration<Machine> configuration = new WaiterConfiguration<>(List.of(
          Acceptor.successOn(machine -> goal.isReached(machine.state())
              && confirmation.confirmed().test(machine)),
          Acceptor.failureOn(machine -> goal.isUnreachable(machine.state()), machine -> stateError(machine.state())),
          Acceptor.successOnError(notFound.and(error -> MachineState.DESTROYED.equals(goal.target()))),
          Acceptor.retryOnError(notFound.and(error -> !seen)),
          Acceptor.failureOnError(notFound, this::gone),
          Acceptor.retryOnError(AttemptFailures::isFailedAttempt)), Machine::state);
      return poller.poll(() -> client.getMachine(appName, initial.id()).map(this::sighted), configuration, progress)
          .map(outcome -> outcome.value() != null ? outcome.value() : initial.withState(MachineState.DESTROYED));
    }

    private Machine sighted(Machine machine) {
      seen = true;
      latest = machine;
      return machine;
    }

    private FlyMachineStateException stateError(String state) {
      return new FlyMachineStateException(appName, initial.id(), state, goal.target());
    }

    private FlyMachineStateException gone(Throwable notFound) {
      return FlyMachineStateException.gone(appName, initial.id(), goal.target(), notFound);
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
