package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineState;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.WaitRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;

/**
 * One wait of {@link MachineStateWaiter}: the wait-endpoint calls, the reads that check their answers, and the
 * polling fallback, with what the wait has learned so far (whether the server has shown the machine, its newest
 * read). The rules are those described on {@link MachineStateWaiter}. Used once, from one subscription.
 */
final class MachineWait {

  private static final Duration MIN_WAIT_CALL = WaitRequest.MIN_TIMEOUT;
  private static final String NO_RESTART = "no";

  private final ReactiveFlyMachinesClient client;
  private final Poller poller;
  private final BackoffSchedule backoff;
  private final String appName;
  private final Machine initial;
  private final MachineStateGoal goal;
  private final StateConfirmation confirmation;
  private final WaitProgress progress;
  /** Whether the server has shown the machine: from then on a 404 means it is gone. */
  private volatile boolean seen;
  /** The newest machine read, for its restart policy. */
  private volatile Machine latest;

  MachineWait(ReactiveFlyMachinesClient client, Poller poller, BackoffSchedule backoff, String appName,
      Machine initial, MachineStateGoal goal, StateConfirmation confirmation, boolean seen, WaitProgress progress) {
    this.client = client;
    this.poller = poller;
    this.backoff = backoff;
    this.appName = appName;
    this.initial = initial;
    this.goal = goal;
    this.confirmation = confirmation;
    this.seen = seen;
    this.latest = initial;
    this.progress = progress;
  }

  /**
   * Calls the wait endpoint for at most 60 s or the time left, and acts on its answer.
   *
   * @param retry how many pauses came before (for the backoff)
   * @return the machine read once the goal is reached, or the wait's error
   */
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
      Mono<Attempt<WaitResult>> call = Attempt.of(client.waitForState(appName, initial.id(), request)
          .defaultIfEmpty(new WaitResult(true, null, null, null)));
      return progress.bound(call).flatMap(answer -> answer.failed()
          ? failed(answer.error(), retry, callStart, callTimeout) : answered(answer.value(), retry));
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
    progress.observe(FlyErrors.describe(error));
    if (FlyErrors.hasStatus(error, 408)) {
      seen = true;
      Optional<String> current = WaitEndpointErrors.currentStateOf408(error);
      if (current.filter(this::staysThere).isPresent()) {
        return Mono.error(FlyMachineStateException.notRestarted(appName, initial.id(), current.get(),
            goal.target(), error));
      }
      current.ifPresent(progress::observe);
      Duration held = progress.deadline().elapsed().minus(callStart);
      if (current.isPresent() || held.compareTo(callTimeout) >= 0) {
        // The long poll ran out: the call asked for the unreachable states too, so a read would add nothing.
        return again(retry, held);
      }
      return read(false, again(retry));
    }
    if (FlyErrors.isNotFound(error)) {
      return notFound(error, again(retry));
    }
    if (WaitEndpointErrors.isUnusableRequest(error)) {
      return poll();
    }
    // No usable answer (no response, a reset, 429, 5xx, an unreadable body): read the machine, then call again.
    return FlyErrors.isFailedAttempt(error) ? read(false, again(retry)) : Mono.error(error);
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
    return progress.bound(Attempt.of(client.getMachine(appName, initial.id())))
        .flatMap(read -> {
          if (read.failed()) {
            progress.observe(FlyErrors.describe(read.error()));
            return readFailed(read.error(), otherwise);
          }
          Machine machine = sighted(read.value());
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
    if (FlyErrors.isNotFound(error)) {
      return notFound(error, otherwise);
    }
    return FlyErrors.isFailedAttempt(error) ? otherwise : Mono.error(error);
  }

  /** A 404: done when {@code destroyed} is awaited, gone once seen, otherwise {@code otherwise}. */
  private Mono<Machine> notFound(Throwable error, Mono<Machine> otherwise) {
    if (MachineState.DESTROYED.equals(goal.target())) {
      return Mono.just(initial.withState(MachineState.DESTROYED));
    }
    return seen ? Mono.error(gone(error)) : otherwise;
  }

  /**
   * The next wait call, once the backoff delay (cut to the time remaining) has passed since the last call began:
   * {@code held} is how long that call was held by the server. After a long poll that ran out the delay has passed
   * and the call goes out at once; after an answer that came at once, the full pause comes first. So calls never come
   * faster than polling would, and a 408 answered at once cannot repeat without the clock moving.
   *
   * @param retry how many pauses came before
   * @param held how long the last call was held, counted against the pause
   */
  private Mono<Machine> again(int retry, Duration held) {
    return Mono.defer(() -> {
      Duration rest = backoff.delay(retry, progress.deadline().remaining()).minus(held);
      if (rest.isNegative() || rest.isZero()) {
        return waitCall(retry);
      }
      return Mono.delay(rest, progress.deadline().clock()).then(Mono.defer(() -> waitCall(retry + 1)));
    });
  }

  private Mono<Machine> again(int retry) {
    return again(retry, Duration.ZERO);
  }

  /**
   * Polls {@code GET} the machine for the time that is left.
   *
   * @return the machine once the goal is reached, or the wait's error
   */
  Mono<Machine> poll() {
    Predicate<Throwable> notFound = FlyErrors::isNotFound;
    PollRules<Machine> rules = new PollRules<>(List.of(
        Acceptor.successOn(machine -> goal.isReached(machine.state())
            && confirmation.confirmed().test(machine)),
        Acceptor.failureOn(machine -> goal.isUnreachable(machine.state()), machine -> stateError(machine.state())),
        Acceptor.successOnError(notFound.and(error -> MachineState.DESTROYED.equals(goal.target()))),
        Acceptor.retryOnError(notFound.and(error -> !seen)),
        Acceptor.failureOnError(notFound, this::gone),
        Acceptor.retryOnError(FlyErrors::isFailedAttempt)), Machine::state);
    return poller.poll(() -> client.getMachine(appName, initial.id()).map(this::sighted), rules, progress)
        .map(done -> done.failed() ? initial.withState(MachineState.DESTROYED) : done.value());
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
