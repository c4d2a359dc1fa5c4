package io.github.flyorchestrator;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.machine;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.notYetAfterTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.client.WaitRequest;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.wait.BackoffSettings;
import io.github.flyorchestrator.wait.OrchestratorSettings;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class CreateMachineAndWaitTest {

  private static final String APP = "my-app";
  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);
  private final Machine created = machine("m1", "created", "v1");

  private ReactiveFlyOrchestrator orchestrator(boolean useWaitEndpoint) {
    OrchestratorSettings settings =
        new OrchestratorSettings(Duration.ofSeconds(60), BackoffSettings.DEFAULTS, useWaitEndpoint);
    return new DefaultReactiveFlyOrchestrator(client, settings, ObservationRegistry.NOOP, null, clock);
  }

  private static CreateMachineRequest request(Duration timeout) {
    return CreateMachineRequest.builder(APP, MachineConfig.ofImage("nginx:alpine")).region("ams").timeout(timeout)
        .build();
  }

  @Test
  void a408MeansNotYetAndTheResultIsTheMachineReadAfterTheWait() {
    Machine afterWait = new Machine("m1", "m-m1", "started", "ams", null, "v1", "fdaa::5", null, null, null, null,
        null, null, "ok");
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(notYetAfterTimeout(clock), request -> Mono.just(new WaitResult(true, "started", "v1", "e1")))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")), id -> Mono.just(afterWait));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofSeconds(120))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(60))
        .expectNext(afterWait)
        .verifyComplete();

    assertThat(client.waitCalls()).hasSize(2);
    WaitRequest first = client.waitCalls().get(0).request();
    assertThat(first.version()).isEqualTo("v1");
    assertThat(first.instanceId()).isNull();
    assertThat(first.states()).containsExactly("started", "destroyed", "failed");
    assertThat(client.createMachineCalls()).singleElement()
        .satisfies(body -> assertThat(body.region()).isEqualTo("ams"));
  }

  @Test
  void waitCallsAskForAtMostSixtySecondsAndNeverMoreThanTheTimeRemaining() {
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(notYetAfterTimeout(clock))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")));
    Duration timeout = Duration.ofSeconds(150);

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(timeout)),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofSeconds(149))
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyTimeoutException.class);
          FlyTimeoutException timeoutError = (FlyTimeoutException) error;
          assertThat(timeoutError.getElapsed()).isEqualTo(timeout);
          assertThat(timeoutError.getAttempts()).isEqualTo(3);
          assertThat(timeoutError.getLastObservedState()).isEqualTo("starting");
          assertThat(timeoutError.getOperation()).isEqualTo("create_machine_and_wait");
          assertThat(timeoutError.getMessage()).contains("create_machine_and_wait", "attempts=3", "PT2M30S",
              "starting");
        })
        .verify();

    assertThat(client.waitCalls()).extracting(call -> call.request().timeout())
        .containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(30));
    assertThat(client.waitCalls()).allSatisfy(call -> {
      assertThat(call.request().timeout()).isBetween(WaitRequest.MIN_TIMEOUT, WaitRequest.MAX_TIMEOUT);
      assertThat(call.request().timeout()).isLessThanOrEqualTo(timeout.minus(call.at()));
    });
  }

  @Test
  void aDeadlineThatIsNotAWholeNumberOfSecondsNeverGetsAWaitCallLongerThanWhatIsLeft() {
    client.onCreateMachine(request -> Mono.delay(Duration.ofMillis(400), clock).thenReturn(created))
        .onWait(notYetAfterTimeout(clock))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")));
    Duration timeout = Duration.ofMillis(90_000);

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(timeout)),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(timeout)
        .expectError(FlyTimeoutException.class)
        .verify();

    assertThat(client.waitCalls()).isNotEmpty().allSatisfy(call ->
        assertThat(call.request().timeout()).isLessThanOrEqualTo(timeout.minus(call.at())));
  }

  @Test
  void a400FromTheWaitEndpointFallsBackToPolling() {
    Machine started = machine("m1", "started", "v1");
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(request -> Mono.error(httpError(400)))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")), id -> Mono.just(machine("m1", "starting",
            "v1")), id -> Mono.just(started));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofSeconds(60))),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(5))
        .expectNext(started)
        .verifyComplete();

    assertThat(client.waitCalls()).hasSize(1);
    assertThat(client.getMachineCalls()).isEqualTo(3);
  }

  @Test
  void theFallbackOnlyGetsTheTimeThatIsLeft() {
    client.onCreateMachine(request -> Mono.delay(Duration.ofSeconds(5), clock).thenReturn(created))
        .onWait(request -> Mono.delay(Duration.ofSeconds(10), clock).then(Mono.error(httpError(500))))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")));
    Duration timeout = Duration.ofSeconds(30);

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(timeout)),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofSeconds(29))
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> {
          FlyTimeoutException timeoutError = (FlyTimeoutException) error;
          assertThat(timeoutError.getElapsed()).isEqualTo(timeout);
          assertThat(timeoutError.getAttempts()).isEqualTo(1 + client.getMachineCalls());
          assertThat(timeoutError.getLastObservedState()).isEqualTo("starting");
        })
        .verify();
  }

  @Test
  void aMachineThatFailsWhileWaitedForStartedEndsTheWaitEarly() {
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(request -> Mono.delay(Duration.ofSeconds(4), clock)
            .thenReturn(new WaitResult(true, "failed", "v1", "e2")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofMinutes(5))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(4))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyMachineStateException.class)
              .hasMessageContaining("m1").hasMessageContaining("failed").hasMessageContaining("started");
          assertThat(((FlyMachineStateException) error).getState()).isEqualTo("failed");
        })
        .verify();
  }

  @Test
  void aMachineSeenFailedAfterA408EndsTheWaitAtThatCheck() {
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(notYetAfterTimeout(clock))
        .onGetMachine(id -> Mono.just(machine("m1", "failed", "v1")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofMinutes(5))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(60))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyMachineStateException.class)
            .satisfies(e -> assertThat(((FlyMachineStateException) e).getMachineId()).isEqualTo("m1")))
        .verify();
    assertThat(client.waitCalls()).hasSize(1);
  }

  @Test
  void pollingAlsoFailsEarlyOnDestroyed() {
    client.onCreateMachine(request -> Mono.just(created))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")),
            id -> Mono.just(machine("m1", "destroyed", "v1")));

    StepVerifier.withVirtualTime(() -> orchestrator(false).createMachineAndWait(request(Duration.ofMinutes(5))),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> assertThat(((FlyMachineStateException) error).getState())
            .isEqualTo("destroyed"))
        .verify();
    assertThat(client.waitCalls()).isEmpty();
  }

  @Test
  void a404RightAfterTheCreateIsRetried() {
    Machine started = machine("m1", "started", "v1");
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(request -> Mono.error(httpError(404)), request -> Mono.just(new WaitResult(true, "started", "v1",
            "e1")))
        .onGetMachine(id -> Mono.just(started));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofSeconds(60))),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(1))
        .expectNext(started)
        .verifyComplete();
    assertThat(client.waitCalls()).hasSize(2);
  }

  @Test
  void theDeprecatedInstanceIdIsSentWhenTheCreateGaveNoVersion() {
    Machine legacy = new Machine("m1", "m-m1", "created", "ams", "i-1", null, null, null, null, null, null, null,
        null, "ok");
    client.onCreateMachine(request -> Mono.just(legacy))
        .onWait(request -> Mono.just(new WaitResult(true, "started", null, "e1")))
        .onGetMachine(id -> Mono.just(legacy.withState("started")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofSeconds(60))),
            () -> clock, Long.MAX_VALUE)
        .expectNextMatches(machine -> machine.state().equals("started"))
        .verifyComplete();
    WaitRequest sent = client.waitCalls().get(0).request();
    assertThat(sent.version()).isNull();
    assertThat(sent.instanceId()).isEqualTo("i-1");
  }

  @Test
  void withoutAVersionOrWithTheWaitEndpointOffItPolls() {
    client.onCreateMachine(request -> Mono.just(created))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")), id -> Mono.just(machine("m1", "started",
            "v1")));

    StepVerifier.withVirtualTime(() -> orchestrator(false).createMachineAndWait(request(Duration.ofSeconds(60))),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(1))
        .expectNextMatches(machine -> machine.state().equals("started"))
        .verifyComplete();
    assertThat(client.waitCalls()).isEmpty();
    assertThat(client.getMachineCalls()).isEqualTo(2);
  }

  @Test
  void aCreateThatHangsIsBoundByTheSameDeadline() {
    client.onCreateMachine(request -> Mono.never());

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofSeconds(20))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofSeconds(19))
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> assertThat(((FlyTimeoutException) error).getAttempts()).isZero())
        .verify();
  }

  @Test
  void aFailedCreateIsReportedAsItIs() {
    FlyException capacity = new FlyException("no capacity", 422, "insufficient capacity", "insufficient_capacity",
        null, "POST", "/v1/apps/my-app/machines", null);
    client.onCreateMachine(request -> Mono.error(capacity));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofSeconds(20))),
            () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(capacity))
        .verify();
    assertThat(client.waitCalls()).isEmpty();
  }
}
