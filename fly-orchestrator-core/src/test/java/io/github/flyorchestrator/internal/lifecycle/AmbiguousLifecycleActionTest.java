package io.github.flyorchestrator.internal.lifecycle;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * After an ambiguous failure of a machine action the machine is re-read, and the action is sent again only if
 * needed.
 */
class AmbiguousLifecycleActionTest {

  private static final String APP = "my-app";
  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);
  private final ReactiveFlyOrchestrator orchestrator = ReactiveFlyOrchestrator.builder(client)
      .settings(OrchestratorSettings.builder()
          .backoff(new BackoffSettings(Duration.ofMillis(500), 2.0, Duration.ofSeconds(4), 0.0)).build())
      .scheduler(clock).build();

  private static Machine machine(String state) {
    return new Machine("m1", "m-m1", state, "ams", null, "v1", null, MachineConfig.ofImage("nginx:1"), null,
        null, null, List.of(), null, "ok");
  }

  @Test
  void aStartWhose503TookEffectIsNotSentAgain() {
    client.onGetMachine(id -> Mono.just(machine("stopped")), id -> Mono.just(machine("starting")),
            id -> Mono.just(machine("started")))
        .onMachineAction(call -> Mono.error(httpError(503)))
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", "e1")));

    StepVerifier.withVirtualTime(() -> orchestrator.startAndWait(APP, "m1"), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .assertNext(started -> assertThat(started.state()).isEqualTo("started"))
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("start")).hasSize(1);
  }

  @Test
  void aStopWhoseTimeoutHadNoEffectIsSentAgainAfterTheBackoff() {
    client.onGetMachine(id -> Mono.just(machine("started")), id -> Mono.just(machine("started")),
            id -> Mono.just(machine("stopped")))
        .onMachineAction(call -> Mono.error(new FlyException("read timed out", null)), call -> Mono.empty())
        .onWait(request -> Mono.just(new WaitResult(true, "stopped", "v1", "e1")));

    StepVerifier.withVirtualTime(() -> orchestrator.stopAndWait(APP, "m1"), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(400))
        .thenAwait(Duration.ofMillis(600))
        .assertNext(stopped -> assertThat(stopped.state()).isEqualTo("stopped"))
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("stop")).hasSize(2);
  }

  @Test
  void aClientErrorIsNeitherReReadNorSentAgain() {
    client.onGetMachine(id -> Mono.just(machine("stopped")))
        .onMachineAction(call -> Mono.error(httpError(412)));

    StepVerifier.withVirtualTime(() -> orchestrator.startAndWait(APP, "m1"), () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(((FlyException) error).getHttpStatus()).isEqualTo(412))
        .verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("start")).hasSize(1);
    assertThat(client.getMachineCalls()).isEqualTo(1);
  }

  @Test
  void aDestroyWhose503TookEffectIsDoneWhenTheReReadFindsTheMachineGone() {
    client.onGetMachine(id -> Mono.just(machine("started")), id -> Mono.error(httpError(404)))
        .onMachineAction(call -> Mono.error(httpError(503)))
        .onWait(request -> Mono.error(httpError(404)));

    StepVerifier.withVirtualTime(() -> orchestrator.destroyAndWait(APP, "m1", true), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("destroy")).hasSize(1);
  }

  @Test
  void anUpdateWhoseTimeoutLeavesNoTimeToReReadIsATimeoutCausedByIt() {
    FlyException unavailable = httpError(503);
    client.onGetMachine(id -> Mono.just(machine("started")))
        .onUpdateMachine(call -> Mono.delay(Duration.ofMillis(59_999), clock).then(Mono.error(unavailable)));

    StepVerifier.withVirtualTime(() -> orchestrator.updateAndWait(APP, "m1", MachineConfig.ofImage("nginx:2")),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(60))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyTimeoutException.class).hasCause(unavailable))
        .verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("update")).hasSize(1);
    assertThat(client.getMachineCalls()).isEqualTo(1);
  }

  @Test
  void aDestroyGivesUpAfterThreeAmbiguousFailuresWithTheLastError() {
    client.onGetMachine(id -> Mono.just(machine("started")))
        .onMachineAction(call -> Mono.error(httpError(502)), call -> Mono.error(httpError(503)),
            call -> Mono.error(httpError(504)));

    StepVerifier.withVirtualTime(() -> orchestrator.destroyAndWait(APP, "m1", true), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectErrorSatisfies(error -> assertThat(((FlyException) error).getHttpStatus()).isEqualTo(504))
        .verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("destroy")).hasSize(AmbiguousFailureLoop.MAX_SENDS);
  }
}
