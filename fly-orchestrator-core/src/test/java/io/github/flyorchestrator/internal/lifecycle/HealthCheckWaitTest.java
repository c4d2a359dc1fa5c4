package io.github.flyorchestrator.internal.lifecycle;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyHealthCheckException;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.model.CheckStatus;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** Start, restart and update wait, after {@code started}, until every reported health check passes. */
class HealthCheckWaitTest {

  private static final String APP = "my-app";
  private static final BackoffSettings ONE_SECOND = new BackoffSettings(Duration.ofSeconds(1), 1.0,
      Duration.ofSeconds(1), 0.0);
  private static final CheckStatus ALIVE_CRITICAL = CheckStatus.of("alive", CheckStatus.CRITICAL,
      "connection refused");
  private static final CheckStatus ALIVE_PASSING = CheckStatus.of("alive", CheckStatus.PASSING, "HTTP 200");
  private static final CheckStatus DISK_PASSING = CheckStatus.of("disk", CheckStatus.PASSING, "ok");
  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);

  private ReactiveFlyOrchestrator orchestrator() {
    return ReactiveFlyOrchestrator.builder(client)
        .settings(OrchestratorSettings.builder().defaultTimeout(Duration.ofSeconds(30)).backoff(ONE_SECOND).build())
        .scheduler(clock).build();
  }

  private static Machine machine(String state, CheckStatus... checks) {
    return Machine.builder("m1").state(state).version("v1").config(MachineConfig.ofImage("nginx:1"))
        .events(new MachineEvent(null, "start", state, "flyd", 100L, null)).checks(checks).build();
  }

  /** A stopped machine whose start reaches {@code started} with the given checks, then reads as {@code later}. */
  private void startReaches(Machine started, Machine later) {
    client.onGetMachine(id -> Mono.just(machine("stopped")), id -> Mono.just(started), id -> Mono.just(later))
        .onMachineAction(call -> Mono.empty())
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", null)));
  }

  private void expectAfterOneSecond(Supplier<Mono<Machine>> call, Machine expected) {
    StepVerifier.withVirtualTime(call, () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .expectNext(expected)
        .expectComplete().verify(Duration.ofSeconds(10));
  }

  @Test
  void aStartWaitsUntilEveryCheckPasses() {
    Machine healthy = machine("started", ALIVE_PASSING, DISK_PASSING);
    client.onGetMachine(id -> Mono.just(machine("stopped")),
            id -> Mono.just(machine("started", ALIVE_CRITICAL, DISK_PASSING)),
            id -> Mono.just(machine("started", ALIVE_CRITICAL, DISK_PASSING)), id -> Mono.just(healthy))
        .onMachineAction(call -> Mono.empty())
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", null)));

    expectAfterOneSecond(() -> orchestrator().startAndWait(APP, "m1"), healthy);

    assertThat(client.getMachineCalls()).isEqualTo(4);
  }

  @Test
  void aCheckStillCriticalAtTheDeadlineFailsNamingTheCheckAndItsOutput() {
    startReaches(machine("started", ALIVE_CRITICAL, DISK_PASSING), machine("started", ALIVE_CRITICAL, DISK_PASSING));

    StepVerifier.withVirtualTime(() -> orchestrator().startAndWait(APP, "m1",
            LifecycleOptions.DEFAULTS.withTimeout(Duration.ofSeconds(10))), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(10))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyHealthCheckException.class).isInstanceOf(FlyTimeoutException.class)
              .hasMessageStartingWith("timed out after 10s waiting for machine m1 of app my-app to pass its health "
                  + "checks (last state: started, checks 1/2 passing, ")
              .hasMessageEndingWith("): 'alive' is critical: connection refused");
          FlyHealthCheckException checks = (FlyHealthCheckException) error;
          assertThat(checks.getFailingChecks()).containsExactly(ALIVE_CRITICAL);
          assertThat(checks.getOperation()).isEqualTo("start_and_wait");
          assertThat(checks.getLastObservedState()).isEqualTo("started, checks 1/2 passing");
        })
        .verify(Duration.ofSeconds(10));
  }

  @Test
  void aRestartAlsoWaitsForItsChecks() {
    MachineEvent oldStart = new MachineEvent(null, "start", "started", "flyd", 100L, null);
    MachineEvent newStart = new MachineEvent(null, "start", "started", "flyd", 200L, null);
    Machine restartedUnhealthy = machine("started", ALIVE_CRITICAL).toBuilder().events(newStart, oldStart).build();
    Machine restartedHealthy = machine("started", ALIVE_PASSING).toBuilder().events(newStart, oldStart).build();
    client.onGetMachine(id -> Mono.just(machine("started", ALIVE_PASSING)), id -> Mono.just(restartedUnhealthy),
            id -> Mono.just(restartedHealthy))
        .onMachineAction(call -> Mono.empty())
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", null)));

    expectAfterOneSecond(() -> orchestrator().restartAndWait(APP, "m1"), restartedHealthy);
  }

  @Test
  void anUpdateThatSettlesStartedWaitsForItsChecks() {
    Machine healthy = machine("started", ALIVE_PASSING).toBuilder().version("v2").build();
    client.onGetMachine(id -> Mono.just(machine("started", ALIVE_PASSING)),
            id -> Mono.just(machine("started", ALIVE_CRITICAL).toBuilder().version("v2").build()),
            id -> Mono.just(healthy))
        .onUpdateMachine(call -> Mono.just(machine("updating").toBuilder().version("v2").build()))
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v2", null)));

    expectAfterOneSecond(() -> orchestrator().updateAndWait(APP, "m1", MachineConfig.ofImage("nginx:2")), healthy);
  }

  @Test
  void checkWaitingTurnedOffReturnsAsSoonAsTheMachineIsStarted() {
    Machine unhealthy = machine("started", ALIVE_CRITICAL);
    startReaches(unhealthy, unhealthy);

    StepVerifier.withVirtualTime(() -> orchestrator().startAndWait(APP, "m1",
            LifecycleOptions.DEFAULTS.withHealthChecks(false)), () -> clock, Long.MAX_VALUE)
        .expectNext(unhealthy)
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.getMachineCalls()).isEqualTo(2);
  }

  @Test
  void aMachineThatReportsNoChecksDoesNotWait() {
    Machine started = machine("started");
    startReaches(started, started);

    StepVerifier.withVirtualTime(() -> orchestrator().startAndWait(APP, "m1"), () -> clock, Long.MAX_VALUE)
        .expectNext(started)
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.getMachineCalls()).isEqualTo(2);
  }

  @Test
  void anAlreadyStartedMachineWithFailingChecksIsWaitedForWithoutAStart() {
    Machine healthy = machine("started", ALIVE_PASSING);
    client.onGetMachine(id -> Mono.just(machine("started", ALIVE_CRITICAL)), id -> Mono.just(healthy));

    expectAfterOneSecond(() -> orchestrator().startAndWait(APP, "m1"), healthy);

    assertThat(client.machineCalls()).isEmpty();
  }

  @Test
  void aMachineThatFailsWhileItsChecksAreAwaitedEndsTheWaitAtOnce() {
    startReaches(machine("started", ALIVE_CRITICAL), machine("failed", ALIVE_CRITICAL));

    StepVerifier.withVirtualTime(() -> orchestrator().startAndWait(APP, "m1"), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .expectError(FlyMachineStateException.class)
        .verify(Duration.ofSeconds(10));
  }

  @Test
  void aReadThatFailsTransientlyWhileChecksAreAwaitedIsTriedAgain() {
    Machine healthy = machine("started", ALIVE_PASSING);
    client.onGetMachine(id -> Mono.just(machine("stopped")), id -> Mono.just(machine("started", ALIVE_CRITICAL)),
            id -> Mono.error(httpError(503)), id -> Mono.just(healthy))
        .onMachineAction(call -> Mono.empty())
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", null)));

    expectAfterOneSecond(() -> orchestrator().startAndWait(APP, "m1"), healthy);
  }
}
