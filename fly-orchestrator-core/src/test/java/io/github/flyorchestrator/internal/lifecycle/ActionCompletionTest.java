package io.github.flyorchestrator.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * When an action counts as done: a machine already in the target state needs no action, and a state that was
 * already there before the action counts only with an event the server shows as newer, by id or by its timestamp.
 */
class ActionCompletionTest {

  private static final String APP = "my-app";
  private static final BackoffSettings NO_JITTER =
      new BackoffSettings(Duration.ofMillis(500), 2.0, Duration.ofSeconds(4), 0.0);
  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);
  private final TestObservationRegistry registry = TestObservationRegistry.create();

  private ReactiveFlyOrchestrator orchestrator(boolean useWaitEndpoint) {
    return ReactiveFlyOrchestrator.builder(client)
        .settings(OrchestratorSettings.builder().backoff(NO_JITTER).useWaitEndpoint(useWaitEndpoint).build())
        .observationRegistry(registry).scheduler(clock).build();
  }

  private static Machine machine(String state, MachineEvent... events) {
    return Machine.builder("m1").state(state).region("ams").version("v1").config(MachineConfig.ofImage("nginx:1"))
        .events(events).hostStatus("ok").build();
  }

  private static MachineEvent event(String id, String status, long serverMillis) {
    return new MachineEvent(id, "start", status, "flyd", serverMillis, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"start", "stop"})
  void aMachineAlreadyInTheTargetStateIsReturnedAtOnceAfterOneReadAndNoAction(String action) {
    Machine already = machine(action.equals("start") ? "started" : "stopped", event(null, "started", 100));
    client.onGetMachine(id -> Mono.just(already));
    Function<ReactiveFlyOrchestrator, Mono<Machine>> call = action.equals("start")
        ? orchestrator -> orchestrator.startAndWait(APP, "m1") : orchestrator -> orchestrator.stopAndWait(APP, "m1");

    StepVerifier.withVirtualTime(() -> call.apply(orchestrator(true)), () -> clock, Long.MAX_VALUE)
        .expectNext(already)
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls()).isEmpty();
    assertThat(client.waitCalls()).isEmpty();
    assertThat(client.getMachineCalls()).isEqualTo(1);
    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("fly.orchestrator.wait").that()
        .hasLowCardinalityKeyValue("outcome", "success")
        .hasHighCardinalityKeyValue("attempts", "1");
  }

  @Test
  void aRestartWithoutEventIdsEndsOnlyOnAStartedEventWithANewerServerTimestamp() {
    MachineEvent oldStart = event(null, "started", 1_000);
    Machine before = machine("started", oldStart);
    Machine restarted = machine("started", event(null, "started", 1_300), event(null, "restarting", 1_200),
        oldStart);
    client.onGetMachine(id -> Mono.just(before), id -> Mono.just(before), id -> Mono.just(restarted))
        .onMachineAction(call -> Mono.empty())
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", null)));

    StepVerifier.withVirtualTime(() -> orchestrator(true).restartAndWait(APP, "m1"), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        // The local clock moves on; only the server's timestamps decide.
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(restarted)
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.waitCalls()).hasSize(2)
        .allSatisfy(call -> assertThat(call.request().fromEventId()).isNull());
    assertThat(client.machineCalls("restart")).hasSize(1);
  }

  @Test
  void theWaitAsksFromTheNewestEventOnlyWhenThatEventHasAnId() {
    // The newest event by the server's clock has no id; an older one has: no from_event_id is sent.
    Machine before = machine("stopped", event(null, "stopped", 2_000), event("e1", "started", 1_000));
    Machine started = machine("started", event(null, "started", 3_000));
    client.onGetMachine(id -> Mono.just(before), id -> Mono.just(started))
        .onMachineAction(call -> Mono.empty())
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", null)));

    StepVerifier.withVirtualTime(() -> orchestrator(true).startAndWait(APP, "m1"), () -> clock, Long.MAX_VALUE)
        .expectNext(started)
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.waitCalls()).singleElement()
        .satisfies(call -> assertThat(call.request().fromEventId()).isNull());
  }
}
