package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.exception.FlyHealthCheckException;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.internal.wait.Acceptor;
import io.github.flyorchestrator.internal.wait.MachineStateGoal;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.internal.wait.PollRules;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineState;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * Waits, once a machine is {@code started}, until every health check it reports passes, as flyctl's deploy does
 * after an update ({@code WaitForHealthchecksToPass}): a machine that reports no checks, or whose checks all pass in
 * the read at hand, is done at once; otherwise the machine is read again with the orchestration's backoff, within the
 * same deadline. A check still failing at the deadline ends the wait with a {@link FlyHealthCheckException} naming
 * each failing check and its output. A machine that leaves {@code started} for {@code failed} or {@code destroyed}
 * meanwhile, or disappears (404), ends it with a {@link FlyMachineStateException}; a read that fails without an
 * answer costs one attempt and is made again.
 */
final class HealthCheckWait {

  private static final MachineStateGoal STARTED = new MachineStateGoal(MachineState.STARTED);

  private final OrchestrationSupport support;

  HealthCheckWait(OrchestrationSupport support) {
    this.support = Objects.requireNonNull(support, "support must not be null");
  }

  /**
   * @param app the app
   * @param machine the machine as last read
   * @param progress the orchestration's deadline and attempts
   * @return the machine as read when every check passed ({@code machine} itself when nothing was to wait for)
   */
  Mono<Machine> await(String app, Machine machine, WaitProgress progress) {
    if (!MachineState.STARTED.equals(machine.state()) || machine.allChecksPassing()) {
      return Mono.just(machine);
    }
    progress.observe(checksState(machine));
    progress.awaiting("machine " + machine.id() + " of app " + app + " to pass its health checks");
    AtomicReference<Machine> lastRead = new AtomicReference<>(machine);
    PollRules<Machine> passing = new PollRules<>(List.of(
        Acceptor.<Machine>successOn(read -> MachineState.STARTED.equals(read.state()) && read.allChecksPassing()),
        Acceptor.<Machine>failureOn(read -> STARTED.isUnreachable(read.state()),
            read -> new FlyMachineStateException(app, machine.id(), read.state(), MachineState.STARTED)),
        Acceptor.<Machine>failureOnError(FlyErrors::isNotFound,
            error -> FlyMachineStateException.gone(app, machine.id(), MachineState.STARTED, error)),
        Acceptor.<Machine>retryOnError(FlyErrors::isFailedAttempt)),
        HealthCheckWait::checksState);
    return support.poller().poll(() -> support.client().getMachine(app, machine.id()).doOnNext(lastRead::set),
            passing, progress)
        .map(passed -> passed.value())
        .onErrorMap(FlyTimeoutException.class,
            timeout -> new FlyHealthCheckException(timeout, app, machine.id(), lastRead.get().failingChecks()));
  }

  /** The observed state while checks are awaited, e.g. {@code started, checks 1/2 passing}. */
  private static String checksState(Machine machine) {
    long passing = machine.checks().size() - machine.failingChecks().size();
    return machine.state() + ", checks " + passing + "/" + machine.checks().size() + " passing";
  }
}
