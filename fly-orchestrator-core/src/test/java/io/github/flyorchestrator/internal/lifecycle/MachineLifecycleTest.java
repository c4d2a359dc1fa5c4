package io.github.flyorchestrator.internal.lifecycle;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.notYetAfterTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.exception.FlyVersionConflictException;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class MachineLifecycleTest {

  private static final String APP = "my-app";
  private static final BackoffSettings NO_JITTER =
      new BackoffSettings(Duration.ofMillis(500), 2.0, Duration.ofSeconds(4), 0.0);
  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);

  private ReactiveFlyOrchestrator orchestrator(boolean useWaitEndpoint) {
    return ReactiveFlyOrchestrator.builder(client)
        .settings(OrchestratorSettings.builder().backoff(NO_JITTER).useWaitEndpoint(useWaitEndpoint).build())
        .scheduler(clock).build();
  }

  private static Machine machine(String state, String version, MachineEvent... events) {
    return Machine.builder("m1").name("m-m1").state(state).region("ams").version(version)
        .config(MachineConfig.ofImage("nginx:1")).events(events).hostStatus("ok").build();
  }

  private static MachineEvent event(String id, String type, String status, long timestamp) {
    return new MachineEvent(id, type, status, "user", timestamp, null);
  }

  @Test
  void startWaitsWithTheVersionAndTheNewestEventSeenBeforeTheStartAndSendsTheLeaseNonce() {
    Machine stopped = machine("stopped", "v1", event("e2", "exit", "stopped", 200), event("e1", "start", "started",
        100));
    Machine started = machine("started", "v1", event("e3", "start", "started", 300));
    client.onGetMachine(id -> Mono.just(stopped), id -> Mono.just(started))
        .onMachineAction(call -> Mono.empty())
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", "e3")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).startAndWait(APP, "m1",
            LifecycleOptions.DEFAULTS.withLeaseNonce("nonce-1")), () -> clock, Long.MAX_VALUE)
        .expectNext(started)
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("start")).singleElement()
        .satisfies(call -> assertThat(call.leaseNonce()).isEqualTo("nonce-1"));
    WaitRequest wait = client.waitCalls().get(0).request();
    assertThat(wait.version()).isEqualTo("v1");
    assertThat(wait.fromEventId()).isEqualTo("e2");
    assertThat(wait.states()).containsExactly("started", "destroyed", "failed");
  }

  @ParameterizedTest(name = "event ids sent: {0}")
  @ValueSource(booleans = {true, false})
  void restartIsNotEndedByTheOldStartedStateButByANewStartedEvent(boolean eventIds) {
    MachineEvent oldStart = event(eventIds ? "e1" : null, "start", "started", 100);
    Machine before = machine("started", "v1", oldStart);
    Machine stale = machine("started", "v1", oldStart);
    Machine restarted = machine("started", "v1", event(eventIds ? "e3" : null, "start", "started", 300),
        event(eventIds ? "e2" : null, "restart", "restarting", 200), oldStart);
    client.onGetMachine(id -> Mono.just(before), id -> Mono.just(stale), id -> Mono.just(stale),
            id -> Mono.just(restarted))
        .onMachineAction(call -> Mono.empty());

    // Polling only: every read says "started", the first two still with the old events.
    StepVerifier.withVirtualTime(() -> orchestrator(false).restartAndWait(APP, "m1"), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofMillis(500 + 1000))
        .expectNext(restarted)
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.getMachineCalls()).isEqualTo(4);
    assertThat(client.machineCalls("restart")).hasSize(1);
  }

  @Test
  void restartWithTheWaitEndpointAsksForAnEventAfterTheNewestOneAndRejectsAStaleAnswer() {
    MachineEvent oldStart = event("e1", "start", "started", 100);
    Machine before = machine("started", "v1", oldStart);
    Machine restarted = machine("started", "v1", event("e2", "start", "started", 200), oldStart);
    client.onGetMachine(id -> Mono.just(before), id -> Mono.just(before), id -> Mono.just(restarted))
        .onMachineAction(call -> Mono.empty())
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", "e1")),
            request -> Mono.just(new WaitResult(true, "started", "v1", "e2")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).restartAndWait(APP, "m1"), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofMillis(500))
        .expectNext(restarted)
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.waitCalls()).hasSize(2)
        .allSatisfy(call -> assertThat(call.request().fromEventId()).isEqualTo("e1"));
  }

  @Test
  void stopAndSuspendWaitForTheirStates() {
    Machine started = machine("started", "v1", event("e1", "start", "started", 100));
    client.onGetMachine(id -> Mono.just(started), id -> Mono.just(machine("stopped", "v1")),
            id -> Mono.just(started), id -> Mono.just(machine("suspended", "v1")))
        .onMachineAction(call -> Mono.empty())
        .onWait(request -> Mono.just(new WaitResult(true, request.states().get(0), "v1", "e9")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).stopAndWait(APP, "m1")
                .then(orchestrator(true).suspendAndWait(APP, "m1")), () -> clock, Long.MAX_VALUE)
        .assertNext(machine -> assertThat(machine.state()).isEqualTo("suspended"))
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls()).extracting(ScriptedFlyMachinesClient.MachineCall::action)
        .containsExactly("stop", "suspend");
    assertThat(client.waitCalls()).extracting(call -> call.request().states().get(0))
        .containsExactly("stopped", "suspended");
  }

  @Test
  void updateSendsNoCurrentVersionAndWaitsForTheNewVersionToSettle() {
    MachineConfig newConfig = MachineConfig.ofImage("nginx:2");
    Machine updated = machine("updating", "v2").toBuilder().config(newConfig).build();
    client.onGetMachine(id -> Mono.just(machine("started", "v1")), id -> Mono.just(updated.withState("started")))
        .onUpdateMachine(call -> Mono.just(updated))
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v2", "e5")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).updateAndWait(APP, "m1", newConfig,
            LifecycleOptions.DEFAULTS.withLeaseNonce("n")), () -> clock, Long.MAX_VALUE)
        .assertNext(machine -> assertThat(machine.version()).isEqualTo("v2"))
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("update")).singleElement().satisfies(call -> {
      assertThat(call.body().currentVersion()).isNull();
      assertThat(call.body().config()).isEqualTo(newConfig);
      assertThat(call.leaseNonce()).isEqualTo("n");
    });
    WaitRequest wait = client.waitCalls().get(0).request();
    assertThat(wait.version()).isEqualTo("v2");
    assertThat(wait.states()).containsExactly("settled");
  }

  @Test
  void anOptimisticUpdateSendsTheExpectedVersionAsCurrentVersion() {
    client.onGetMachine(id -> Mono.just(machine("started", "v1")), id -> Mono.just(machine("started", "v2")))
        .onUpdateMachine(call -> Mono.just(machine("updating", "v2")))
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v2", null)));

    StepVerifier.withVirtualTime(() -> orchestrator(true).updateAndWait(APP, "m1", MachineConfig.ofImage("x"),
            LifecycleOptions.DEFAULTS.withExpectedVersion("v1")), () -> clock, Long.MAX_VALUE)
        .assertNext(machine -> assertThat(machine.version()).isEqualTo("v2"))
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("update")).singleElement()
        .satisfies(call -> assertThat(call.body().currentVersion()).isEqualTo("v1"));
  }

  @Test
  void anOptimisticUpdateOfAMachineAtAnotherVersionFailsWithoutSendingTheUpdate() {
    client.onGetMachine(id -> Mono.just(machine("started", "v3")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).updateAndWait(APP, "m1", MachineConfig.ofImage("x"),
            LifecycleOptions.DEFAULTS.withExpectedVersion("v1")), () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyVersionConflictException.class)
              .hasMessageContaining("machine m1 of app my-app is no longer at version v1 but at v3")
              .hasMessageContaining("the update was not sent");
          assertThat(((FlyVersionConflictException) error).getActualVersion()).isEqualTo("v3");
        })
        .verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {409, 412})
  void anOptimisticUpdateTheApiRefusesIsAVersionConflictWithTheRefusalAsCause(int status) {
    client.onGetMachine(id -> Mono.just(machine("started", "v1")))
        .onUpdateMachine(call -> Mono.error(httpError(status)));

    StepVerifier.withVirtualTime(() -> orchestrator(true).updateAndWait(APP, "m1", MachineConfig.ofImage("x"),
            LifecycleOptions.DEFAULTS.withExpectedVersion("v1")), () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyVersionConflictException.class)
            .hasMessageContaining("the API refused the update").hasCauseInstanceOf(FlyException.class))
        .verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("update")).hasSize(1);
  }

  @Test
  void aPlainUpdateTheApiRefusesKeepsTheApisError() {
    client.onGetMachine(id -> Mono.just(machine("started", "v1")))
        .onUpdateMachine(call -> Mono.error(httpError(412)));

    StepVerifier.withVirtualTime(() -> orchestrator(true).updateAndWait(APP, "m1", MachineConfig.ofImage("x")),
            () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isNotInstanceOf(FlyVersionConflictException.class)
            .isInstanceOf(FlyException.class).hasMessage("HTTP 412"))
        .verify(Duration.ofSeconds(10));
  }

  @Test
  void updateThatSettlesInFailedFailsNamingTheMachineAndVersion() {
    Machine updated = machine("updating", "v2");
    client.onGetMachine(id -> Mono.just(machine("started", "v1")), id -> Mono.just(machine("failed", "v2")))
        .onUpdateMachine(call -> Mono.just(updated))
        .onWait(request -> Mono.just(new WaitResult(true, "failed", "v2", "e5")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).updateAndWait(APP, "m1", MachineConfig.ofImage("bad")),
            () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyException.class)
            .hasMessageContaining("m1").hasMessageContaining("v2").hasMessageContaining("failed"))
        .verify(Duration.ofSeconds(10));
  }

  @Test
  void updateIsNotSettledByAReadOfTheOldVersion() {
    client.onGetMachine(id -> Mono.just(machine("started", "v1")), id -> Mono.just(machine("started", "v1")),
            id -> Mono.just(machine("started", "v2")))
        .onUpdateMachine(call -> Mono.just(machine("updating", "v2")));

    StepVerifier.withVirtualTime(() -> orchestrator(false).updateAndWait(APP, "m1", MachineConfig.ofImage("x")),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofMillis(500))
        .assertNext(machine -> assertThat(machine.version()).isEqualTo("v2"))
        .expectComplete().verify(Duration.ofSeconds(10));
  }

  @Test
  void destroyTreatsA404FromTheWaitAsDone() {
    client.onGetMachine(id -> Mono.just(machine("started", "v1")))
        .onMachineAction(call -> Mono.empty())
        .onWait(request -> Mono.error(httpError(404)));

    StepVerifier.withVirtualTime(() -> orchestrator(true).destroyAndWait(APP, "m1", true), () -> clock,
            Long.MAX_VALUE)
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("destroy")).hasSize(1);
    assertThat(client.waitCalls().get(0).request().states()).containsExactly("destroyed");
  }

  @Test
  void destroyOfAMachineThatIsAlreadyGoneIsDoneWithoutADestroyCall() {
    client.onGetMachine(id -> Mono.error(httpError(404)));

    StepVerifier.withVirtualTime(() -> orchestrator(true).destroyAndWait(APP, "m1", false), () -> clock,
            Long.MAX_VALUE)
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls()).isEmpty();
  }

  @Test
  void aStartThatNeverReachesTheStateTimesOutAtTheDeadline() {
    client.onGetMachine(id -> Mono.just(machine("stopped", "v1")), id -> Mono.just(machine("starting", "v1")))
        .onMachineAction(call -> Mono.empty())
        .onWait(notYetAfterTimeout(clock));

    StepVerifier.withVirtualTime(() -> orchestrator(true).startAndWait(APP, "m1",
            LifecycleOptions.DEFAULTS.withTimeout(Duration.ofSeconds(30))), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(30))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyTimeoutException.class);
          assertThat(((FlyTimeoutException) error).getOperation()).isEqualTo("start_and_wait");
        })
        .verify(Duration.ofSeconds(10));
  }
}
