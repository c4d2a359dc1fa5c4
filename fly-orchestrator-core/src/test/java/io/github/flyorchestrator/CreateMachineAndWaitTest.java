package io.github.flyorchestrator;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.machine;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.notYetAfterTimeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.RestartPolicy;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class CreateMachineAndWaitTest {

  private static final String APP = "my-app";
  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);
  private final Machine created = machine("m1", "created", "v1");

  private ReactiveFlyOrchestrator orchestrator(boolean useWaitEndpoint) {
    OrchestratorSettings settings = OrchestratorSettings.builder().useWaitEndpoint(useWaitEndpoint).build();
    return ReactiveFlyOrchestrator.builder(client).settings(settings).scheduler(clock).build();
  }

  private static FlyException error(int status, String text) {
    return new FlyException("HTTP " + status + ": " + text, status, text, null, "req-1", "GET",
        "/v1/apps/my-app/machines/m1/wait", null);
  }

  private static FlyException unreadable() {
    return new FlyException("200 response body could not be parsed as the expected JSON", 200, null, null, null,
        "GET", "/v1/apps/my-app/machines/m1", null);
  }

  private static FlyException connectionReset() {
    return new FlyException("connection reset or broken", null, null, null, null, "GET", "/v1/apps/my-app/machines/m1",
        new SocketException("Connection reset"));
  }

  private static Machine withRestartPolicy(Machine machine, String policy) {
    MachineConfig config = MachineConfig.builder("nginx:alpine").restart(RestartPolicy.of(policy)).build();
    return new Machine(machine.id(), machine.name(), machine.state(), machine.region(), machine.instanceId(),
        machine.version(), null, config, null, null, null, null, null, "ok");
  }

  /** Runs createMachineAndWait with the wait endpoint and a 60 s deadline, giving it 5 s of virtual time. */
  private void expectWaitEndpointWorkflowToReturn(Machine expected) {
    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofSeconds(60))),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(5))
        .expectNext(expected)
        .verifyComplete();
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
        .onGetMachine(id -> Mono.just(afterWait));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofSeconds(120))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(60))
        .expectNext(afterWait)
        .verifyComplete();

    assertThat(client.waitCalls()).extracting(ScriptedFlyMachinesClient.WaitCall::at)
        .containsExactly(Duration.ZERO, Duration.ofSeconds(60));
    assertThat(client.getMachineCalls()).as("no read between the wait calls, one after the answer").isEqualTo(1);
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
          assertThat(timeoutError.getMessage()).isEqualTo("timed out after 2m30s waiting for machine m1 of app my-app "
              + "to reach started (last state: starting, 3 attempts)");
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

  @ParameterizedTest
  @ValueSource(strings = {
      "invalid_argument: invalid WaitMachineRequest.Timeout: value must be inside range [1s, 1m0s]",
      "invalid_argument: unknown machine version v1",
      "invalid_argument: invalid WaitMachineRequest.State: failed"})
  void a400RefusingTheWaitRequestsTimeoutVersionOrStateFallsBackToPolling(String refusal) {
    Machine started = machine("m1", "started", "v1");
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(request -> Mono.error(error(400, refusal)))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")), id -> Mono.just(machine("m1", "starting",
            "v1")), id -> Mono.just(started));

    expectWaitEndpointWorkflowToReturn(started);

    assertThat(client.waitCalls()).hasSize(1);
    assertThat(client.getMachineCalls()).isEqualTo(3);
  }

  @Test
  void a400ForAnyOtherReasonIsTheAnswerAndEndsTheWait() {
    FlyException refused = error(400, "invalid_argument: app is suspended");
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(request -> Mono.error(refused));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofSeconds(60))),
            () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(refused))
        .verify();
    assertThat(client.getMachineCalls()).isZero();
  }

  @Test
  void a404AfterTheNewMachineWasSeenEndsTheWaitAtOnceWithTheMachineGone() {
    FlyException notFound = httpError(404);
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(notYetAfterTimeout(clock), request -> Mono.error(notFound))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofMinutes(5))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(60))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyMachineStateException.class).hasCause(notFound)
              .hasMessageContaining("machine m1 of app my-app is gone");
          assertThat(((FlyMachineStateException) error).getState()).isEqualTo("destroyed");
          assertThat(((FlyMachineStateException) error).getExpectedState()).isEqualTo("started");
        })
        .verify();
    assertThat(client.waitCalls()).hasSize(2);
  }

  @Test
  void a408SayingStoppedEndsTheWaitAtOnceWhenTheRestartPolicyIsNo() {
    FlyException stopped = error(408, "machine failed to reach desired state, started, currently stopped");
    client.onCreateMachine(request -> Mono.just(withRestartPolicy(created, "no")))
        .onWait(request -> Mono.delay(Duration.ofSeconds(20), clock).then(Mono.error(stopped)));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofMinutes(5))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(20))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyMachineStateException.class).hasCause(stopped)
              .hasMessageContaining("restart policy is 'no'");
          assertThat(((FlyMachineStateException) error).getState()).isEqualTo("stopped");
        })
        .verify();
    assertThat(client.waitCalls()).hasSize(1);
    assertThat(client.getMachineCalls()).isZero();
  }

  @Test
  void a408SayingStoppedIsNotYetWhenTheMachineRestartsByItself() {
    Machine restarting = withRestartPolicy(created, "always");
    client.onCreateMachine(request -> Mono.just(restarting))
        .onWait(request -> Mono.error(error(408, "machine failed to reach desired state, started, currently stopped")),
            request -> Mono.just(new WaitResult(true, "started", "v1", "e2")))
        .onGetMachine(id -> Mono.just(restarting.withState("started")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofMinutes(5))),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(1))
        .assertNext(machine -> assertThat(machine.state()).isEqualTo("started"))
        .verifyComplete();
    assertThat(client.waitCalls()).hasSize(2);
    assertThat(client.waitCalls().get(1).at())
        .as("the 408 came at once: the next call after the first pause (jittered), with no read before it")
        .isBetween(Duration.ofMillis(500), Duration.ofMillis(600));
    assertThat(client.getMachineCalls()).isEqualTo(1);
  }

  @Test
  void aFailedReadAfterTheWaitEndpointSaidReachedIsNotYet() {
    Machine started = machine("m1", "started", "v1");
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", "e1")))
        .onGetMachine(id -> Mono.error(httpError(503)), id -> Mono.error(unreadable()),
            id -> Mono.error(connectionReset()), id -> Mono.just(started));

    expectWaitEndpointWorkflowToReturn(started);
    assertThat(client.waitCalls()).hasSize(4);
  }

  @Test
  void aDefinitiveAnswerToTheReadAfterTheWaitEndsIt() {
    FlyException forbidden = httpError(403);
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", "e1")))
        .onGetMachine(id -> Mono.error(forbidden));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofSeconds(60))),
            () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(forbidden))
        .verify();
    assertThat(client.waitCalls()).hasSize(1);
  }

  @Test
  void whilePollingAnUnreadableBodyOrAResetCostsOneAttempt() {
    Machine started = machine("m1", "started", "v1");
    client.onCreateMachine(request -> Mono.just(created))
        .onGetMachine(id -> Mono.error(unreadable()), id -> Mono.error(connectionReset()), id -> Mono.just(started));

    StepVerifier.withVirtualTime(() -> orchestrator(false).createMachineAndWait(request(Duration.ofSeconds(20))),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(2))
        .expectNext(started)
        .verifyComplete();
    assertThat(client.getMachineCalls()).isEqualTo(3);
  }

  @Test
  void whilePollingA401EndsTheWaitAtOnce() {
    FlyException unauthorized = httpError(401);
    client.onCreateMachine(request -> Mono.just(created))
        .onGetMachine(id -> Mono.error(unauthorized));

    StepVerifier.withVirtualTime(() -> orchestrator(false).createMachineAndWait(request(Duration.ofSeconds(20))),
            () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(unauthorized))
        .verify();
    assertThat(client.getMachineCalls()).isEqualTo(1);
  }

  @Test
  void aBadAppNameIsRefusedBeforeAnyRequest() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> orchestrator(true).createMachineAndWait(CreateMachineRequest.of("../../v1/apps/victim",
            MachineConfig.ofImage("nginx:1"))))
        .withMessageStartingWith("appName ");
    assertThat(client.createMachineCalls()).isEmpty();
  }

  @Test
  void theFallbackOnlyGetsTheTimeThatIsLeft() {
    client.onCreateMachine(request -> Mono.delay(Duration.ofSeconds(5), clock).thenReturn(created))
        .onWait(request -> Mono.delay(Duration.ofSeconds(10), clock).then(Mono.error(error(400,
            "invalid_argument: invalid WaitMachineRequest.Timeout: value must be inside range [1s, 1m0s]"))))
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
  void aWaitCallWithoutAUsableAnswerIsFollowedByAReadAndMadeAgain() {
    Machine started = machine("m1", "started", "v1");
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(request -> Mono.error(httpError(503)), request -> Mono.error(unreadable()),
            request -> Mono.just(new WaitResult(true, "started", "v1", "e1")))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")), id -> Mono.just(machine("m1", "starting",
            "v1")), id -> Mono.just(started));

    expectWaitEndpointWorkflowToReturn(started);
    assertThat(client.waitCalls()).hasSize(3);
    assertThat(client.getMachineCalls()).isEqualTo(3);
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
  void aMachineThatFailsDuringTheWaitCallAfterA408EndsTheWaitWithoutARead() {
    client.onCreateMachine(request -> Mono.just(created))
        .onWait(notYetAfterTimeout(clock), request -> Mono.just(new WaitResult(true, "failed", "v1", "e2")));

    StepVerifier.withVirtualTime(() -> orchestrator(true).createMachineAndWait(request(Duration.ofMinutes(5))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(60))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyMachineStateException.class)
            .satisfies(e -> assertThat(((FlyMachineStateException) e).getMachineId()).isEqualTo("m1")))
        .verify();
    assertThat(client.waitCalls()).hasSize(2);
    assertThat(client.getMachineCalls()).isZero();
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
