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
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.MachineSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class MachineCreateTest {

  private static final String APP = "my-app";
  private static final String KEY = MachineCreate.CREATE_ID_METADATA_KEY;
  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);
  private final List<Machine> existing = Collections.synchronizedList(new ArrayList<>());

  private ReactiveFlyOrchestrator orchestrator() {
    return ReactiveFlyOrchestrator.builder(client).scheduler(clock).build();
  }

  private static Machine machineFrom(String id, MachineSpec body, String state) {
    return new Machine(id, "m-" + id, state, "ams", null, "v1", null, body.config(), null, null, null, null, null,
        "ok");
  }

  private static String tagOf(MachineSpec body) {
    return body.config().metadata().get(KEY);
  }

  private static CreateMachineRequest request() {
    return request(Duration.ofSeconds(60));
  }

  private static CreateMachineRequest request(Duration timeout) {
    return CreateMachineRequest.builder(APP, MachineConfig.ofImage("nginx:1")).timeout(timeout).build();
  }

  private void answerWaitsStarted() {
    client.onWait(request -> Mono.just(new WaitResult(true, "started", "v1", "e1")))
        .onGetMachine(id -> Mono.just(existing.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow()
            .withState("started")))
        .onListMachines(app -> Mono.just(List.copyOf(existing)));
  }

  @Test
  void a503OnThePostWhoseMachineExistsIsFoundByItsTagWithoutASecondPost() {
    // The API created the machine but answered 503.
    client.onCreateMachine(body -> {
      existing.add(machineFrom("m1", body, "created"));
      return Mono.error(httpError(503));
    });
    answerWaitsStarted();

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(request()), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofMillis(600))
        .assertNext(machine -> assertThat(machine.id()).isEqualTo("m1"))
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.createMachineCalls()).hasSize(1);
    assertThat(tagOf(client.createMachineCalls().get(0))).isNotBlank();
    assertThat(existing).hasSize(1);
  }

  @Test
  void aSuccessWithAnUnreadableBodyIsFoundByItsTagWithoutASecondPost() {
    // The API created the machine, but its 200 body was truncated.
    client.onCreateMachine(body -> {
      existing.add(machineFrom("m3", body, "created"));
      return Mono.error(httpError(200));
    });
    answerWaitsStarted();

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(request()), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofMillis(600))
        .assertNext(machine -> assertThat(machine.id()).isEqualTo("m3"))
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.createMachineCalls()).hasSize(1);
    assertThat(existing).hasSize(1);
  }

  @Test
  void aTimeoutWithoutAMachineIsRetriedOnceWithTheSameTag() {
    client.onCreateMachine(body -> Mono.error(new TimeoutException("read timed out")), body -> {
      existing.add(machineFrom("m2", body, "created"));
      return Mono.just(existing.get(0));
    });
    answerWaitsStarted();

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(request()), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofMillis(600))
        .assertNext(machine -> assertThat(machine.id()).isEqualTo("m2"))
        .expectComplete().verify(Duration.ofSeconds(10));

    assertThat(client.createMachineCalls()).hasSize(2);
    assertThat(tagOf(client.createMachineCalls().get(1))).isEqualTo(tagOf(client.createMachineCalls().get(0)));
    assertThat(client.listMachinesCalls()).isEqualTo(1);
  }

  @Test
  void anOtherMachineWithoutTheTagIsNotTakenForTheCreatedOne() {
    existing.add(machineFrom("other", MachineSpec.of(MachineConfig.ofImage("nginx:1")
        .withMetadata(KEY, "someone-else"), null), "started"));
    client.onCreateMachine(body -> Mono.error(httpError(502)), body -> {
      Machine created = machineFrom("m3", body, "created");
      existing.add(created);
      return Mono.just(created);
    });
    answerWaitsStarted();

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(request()), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .assertNext(machine -> assertThat(machine.id()).isEqualTo("m3"))
        .expectComplete().verify(Duration.ofSeconds(10));
  }

  @Test
  void aClientErrorIsNotAmbiguousAndIsNeitherLookedUpNorRetried() {
    client.onCreateMachine(body -> Mono.error(httpError(422)));

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(request()), () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(((FlyException) error).hasStatus(422)).isTrue())
        .verify(Duration.ofSeconds(10));

    assertThat(client.createMachineCalls()).hasSize(1);
    assertThat(client.listMachinesCalls()).isZero();
  }

  @Test
  void givesUpAfterThreeAmbiguousPostsThatCreatedNothing() {
    client.onCreateMachine(body -> Mono.error(httpError(500)));
    client.onListMachines(app -> Mono.just(List.of()));

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(request()), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(10))
        .expectErrorSatisfies(error -> assertThat(((FlyException) error).hasStatus(500)).isTrue())
        .verify(Duration.ofSeconds(10));

    assertThat(client.createMachineCalls()).hasSize(AmbiguousFailureLoop.MAX_SENDS);
    assertThat(client.listMachinesCalls()).isEqualTo(AmbiguousFailureLoop.MAX_SENDS);
  }

  @Test
  void theListenerIsToldEachNewStateWithItsElapsedTimeStartingWithTheCreateResponse() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    client.onCreateMachine(body -> Mono.just(machineFrom("m1", body, "created")))
        .onWait(ScriptedFlyMachinesClient.notYetAfterTimeout(clock),
            request -> Mono.just(new WaitResult(true, "started", "v1", "e1")))
        .onGetMachine(id -> Mono.just(ScriptedFlyMachinesClient.machine("m1", "started", "v1")));

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(
                CreateMachineRequest.builder(APP, MachineConfig.ofImage("x")).timeout(Duration.ofSeconds(120)).build(),
                (id, state, elapsed) -> seen.add(id + ":" + state + "@" + elapsed.toSeconds())),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(60))
        .expectNextCount(1)
        .expectComplete().verify(Duration.ofSeconds(10));

    // "starting" is what the 408 names; "started" is reported once although seen twice (wait answer and final read).
    assertThat(seen).containsExactly("m1:created@0", "m1:starting@60", "m1:started@60");
  }

  @Test
  void anAmbiguousCreateWhoseLookupRunsIntoTheDeadlineKeepsThePostsErrorAsTheCause() {
    FlyException unavailable = httpError(503);
    client.onCreateMachine(body -> Mono.error(unavailable))
        .onListMachines(app -> Mono.never());

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(request(Duration.ofSeconds(10))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(10))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyTimeoutException.class)
            .hasCause(unavailable))
        .verify(Duration.ofSeconds(10));
    assertThat(client.createMachineCalls()).hasSize(1);
  }

  @Test
  void anAmbiguousCreateWhoseSecondPostRunsIntoTheDeadlineKeepsTheFirstPostsErrorAsTheCause() {
    FlyException badGateway = httpError(502);
    client.onCreateMachine(body -> Mono.error(badGateway), body -> Mono.never())
        .onListMachines(app -> Mono.just(List.of()));

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(request(Duration.ofSeconds(10))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(10))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyTimeoutException.class).hasCause(badGateway);
          assertThat(((FlyTimeoutException) error).getElapsed()).isEqualTo(Duration.ofSeconds(10));
        })
        .verify(Duration.ofSeconds(10));
    assertThat(client.createMachineCalls()).hasSize(2);
  }
}
