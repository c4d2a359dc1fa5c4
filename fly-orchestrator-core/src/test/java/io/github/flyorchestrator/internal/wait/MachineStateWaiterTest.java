package io.github.flyorchestrator.internal.wait;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.machine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The waiter's rules that depend on how the machine was obtained (read or just created) and on how the new state is
 * told from an old one (the wait endpoint's answer or a read).
 */
class MachineStateWaiterTest {

  /** The default poll backoff without jitter: pauses of 500 ms, 750 ms, 1,125 ms, ... */
  private static final BackoffSettings NO_JITTER =
      OrchestratorSettings.DEFAULTS.backoff().toBuilder().jitter(0).build();

  private static final String APP = "my-app";
  private static final MachineStateGoal STARTED = new MachineStateGoal("started");
  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);
  private final BackoffSchedule backoff = new BackoffSchedule(NO_JITTER, () -> 0.0);

  private MachineStateWaiter waiter(boolean useWaitEndpoint) {
    return new MachineStateWaiter(client, new Poller(backoff, clock), backoff, useWaitEndpoint);
  }

  private WaitProgress progress(Duration timeout) {
    return new WaitProgress("test_wait", Deadline.start(timeout, clock), "machine m1 of app my-app to reach started",
        null);
  }

  /** A machine in {@code started} whose newest start event is {@code eventId} (or none, with no id). */
  private static Machine startedWithEvent(String eventId) {
    MachineEvent event = new MachineEvent(eventId, "start", "started", "user", 100L, null);
    return new Machine("m1", "m-m1", "started", "ams", null, "v1", null, null, null, null, null, List.of(event), null,
        "ok");
  }

  @Test
  void anAnswerToACallAfterAnEventConfirmsTheNewStateWhenTheReadCannotTell() {
    Machine after = startedWithEvent(null);
    client.onWait(request -> Mono.just(new WaitResult(true, "started", "v1", "e2")))
        .onGetMachine(id -> Mono.just(after));
    Predicate<Machine> cannotTell = read -> false;

    StepVerifier.withVirtualTime(() -> waiter(true).await(APP, startedWithEvent("e1"), STARTED, "e1", cannotTell,
            progress(Duration.ofSeconds(30))), () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(30))
        .expectNext(after)
        .verifyComplete();
    assertThat(client.waitCalls()).singleElement()
        .satisfies(call -> assertThat(call.request().fromEventId()).isEqualTo("e1"));
  }

  @Test
  void withoutAnEventIdTheReadMustConfirmTheNewState() {
    Machine stale = startedWithEvent("e1");
    Machine fresh = startedWithEvent("e2");
    client.onWait(request -> Mono.just(new WaitResult(true, "started", "v1", null)))
        .onGetMachine(id -> Mono.just(stale), id -> Mono.just(fresh));
    Predicate<Machine> newStart = read -> read.events().stream().anyMatch(event -> "e2".equals(event.id()));

    StepVerifier.withVirtualTime(() -> waiter(true).await(APP, stale, STARTED, null, newStart,
            progress(Duration.ofSeconds(30))), () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(1))
        .expectNext(fresh)
        .verifyComplete();
    assertThat(client.waitCalls()).hasSize(2);
  }

  @Test
  void anAnswerNamingTheVeryEventItWasAskedToWaitPastDoesNotConfirm() {
    Machine stale = startedWithEvent("e1");
    client.onWait(request -> Mono.just(new WaitResult(true, "started", "v1", "e1")))
        .onGetMachine(id -> Mono.just(stale));

    StepVerifier.withVirtualTime(() -> waiter(true).await(APP, stale, STARTED, "e1", read -> false,
            progress(Duration.ofSeconds(5))), () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(5))
        .expectError(FlyTimeoutException.class)
        .verify();
  }

  @Test
  void anAnswerOnAVersionTheActionCreatedConfirmsTheNewState() {
    Machine updated = machine("m1", "started", "v2");
    client.onWait(request -> Mono.just(new WaitResult(true, "started", "v2", null)))
        .onGetMachine(id -> Mono.just(updated));

    StepVerifier.withVirtualTime(() -> waiter(true).await(APP, updated, STARTED,
            StateConfirmation.onNewVersion(read -> false), progress(Duration.ofSeconds(30))), () -> clock,
            Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(30))
        .expectNext(updated)
        .verifyComplete();
    assertThat(client.waitCalls()).singleElement()
        .satisfies(call -> assertThat(call.request().version()).isEqualTo("v2"));
  }

  @Test
  void aMachineReadFromTheServerThatIsGoneEndsAPollAtOnce() {
    client.onGetMachine(id -> Mono.error(httpError(404)));

    StepVerifier.withVirtualTime(() -> waiter(false).await(APP, machine("m1", "stopped", "v1"), STARTED,
            progress(Duration.ofSeconds(30))), () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(30))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyMachineStateException.class)
            .satisfies(gone -> assertThat(((FlyMachineStateException) gone).getState()).isEqualTo("destroyed")))
        .verify();
    assertThat(client.getMachineCalls()).isEqualTo(1);
  }

  @Test
  void aMachineJustCreatedIsPolledThrough404sUntilItIsShown() {
    Machine started = machine("m1", "started", "v1");
    client.onGetMachine(id -> Mono.error(httpError(404)), id -> Mono.error(httpError(404)),
        id -> Mono.just(started));

    StepVerifier.withVirtualTime(() -> waiter(false).awaitCreated(APP, machine("m1", "created", "v1"), STARTED,
            progress(Duration.ofSeconds(30))), () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(2))
        .expectNext(started)
        .verifyComplete();
  }

  @Test
  void aMachineJustCreatedIsGoneOnceA404FollowsARead() {
    client.onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")), id -> Mono.error(httpError(404)));

    StepVerifier.withVirtualTime(() -> waiter(false).awaitCreated(APP, machine("m1", "created", "v1"), STARTED,
            progress(Duration.ofSeconds(30))), () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> assertThat(((FlyMachineStateException) error).getState())
            .isEqualTo("destroyed"))
        .verify();
    assertThat(client.getMachineCalls()).isEqualTo(2);
  }

  @Test
  void a404WhileWaitingForDestroyedIsDone() {
    client.onWait(request -> Mono.error(httpError(404)));

    StepVerifier.withVirtualTime(() -> waiter(true).await(APP, machine("m1", "destroying", "v1"),
            new MachineStateGoal("destroyed"), progress(Duration.ofSeconds(30))), () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(30))
        .assertNext(machine -> assertThat(machine.state()).isEqualTo("destroyed"))
        .verifyComplete();
  }
}
