package io.github.flyorchestrator.internal.wait;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.ScriptedFlyMachinesClient.WaitCall;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * What follows a 408 of the wait endpoint: after a long poll that ran out the next wait call goes out at once, with
 * no read in between (the call already asks for the states that make the goal unreachable), but never faster than
 * the polling's first pause, so that a 408 answered at once cannot turn into a loop that never lets the clock move.
 * Every test runs on virtual time inside a real-time guard: a wait that never yields to the virtual clock fails the
 * guard instead of hanging the build.
 */
class WaitCallAfter408Test {

  /** The default poll backoff without jitter: pauses of 500 ms, 750 ms, 1,125 ms, ... */
  private static final BackoffSettings NO_JITTER =
      OrchestratorSettings.DEFAULTS.backoff().toBuilder().jitter(0).build();
  private static final Duration GUARD = Duration.ofSeconds(10);
  private static final String APP = "my-app";
  private static final MachineStateGoal STARTED = new MachineStateGoal("started");
  private static final WaitResult REACHED = new WaitResult(true, "started", "v1", "e1");

  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);
  private final BackoffSchedule backoff = new BackoffSchedule(NO_JITTER, () -> 0.0);
  private final Machine created = machine("m1", "created", "v1");
  private final Machine started = machine("m1", "started", "v1");

  /** The wait endpoint's own "not yet" answer, as Fly words it (superfly/flyctl#1760). */
  private static FlyException notReached(String current) {
    String text = "machine failed to reach desired state, started, currently " + current;
    return new FlyException("HTTP 408: " + text, 408, text, null, "req-1", "GET",
        "/v1/apps/my-app/machines/m1/wait", null);
  }

  /** Fly's 408 after {@code after} of the call. */
  private Function<WaitRequest, Mono<WaitResult>> notReachedAfter(Duration after) {
    return request -> Mono.delay(after, clock).then(Mono.error(notReached("starting")));
  }

  /** A 408 without the endpoint's text (a proxy's, say) after {@code after}. */
  private Function<WaitRequest, Mono<WaitResult>> bare408After(Duration after) {
    return request -> Mono.delay(after, clock).then(Mono.error(httpError(408)));
  }

  private Mono<Machine> awaitCreated(Duration timeout) {
    WaitProgress progress = new WaitProgress("test_wait", Deadline.start(timeout, clock),
        "machine m1 of app my-app to reach started", null);
    return new MachineStateWaiter(client, new Poller(backoff, clock), backoff, true)
        .awaitCreated(APP, created, STARTED, progress);
  }

  private List<Duration> waitCallTimes() {
    return client.waitCalls().stream().map(WaitCall::at).toList();
  }

  @Test
  void afterALongPollThatRanItsWholeTimeoutTheNextWaitCallGoesOutAtOnceWithoutARead() {
    client.onWait(bare408After(Duration.ofSeconds(60)), bare408After(Duration.ofSeconds(60)),
            request -> Mono.delay(Duration.ofSeconds(30), clock).thenReturn(REACHED))
        .onGetMachine(id -> Mono.just(started));

    assertTimeoutPreemptively(GUARD, () -> StepVerifier.withVirtualTime(() -> awaitCreated(Duration.ofMinutes(5)),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofSeconds(150))
        .expectNext(started)
        .verifyComplete());

    assertThat(waitCallTimes()).containsExactly(Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(120));
    assertThat(client.getMachineCalls()).as("only the read after the answer").isEqualTo(1);
  }

  @Test
  void flysOwn408ThatComesAFewSecondsEarlyAlsoMeansTheLongPollRanOut() {
    client.onWait(notReachedAfter(Duration.ofSeconds(57)), request -> Mono.just(REACHED))
        .onGetMachine(id -> Mono.just(started));

    assertTimeoutPreemptively(GUARD, () -> StepVerifier.withVirtualTime(() -> awaitCreated(Duration.ofMinutes(5)),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofSeconds(57))
        .expectNext(started)
        .verifyComplete());

    assertThat(waitCallTimes()).containsExactly(Duration.ZERO, Duration.ofSeconds(57));
    assertThat(client.getMachineCalls()).isEqualTo(1);
  }

  /**
   * The hang of the first attempt at this change: an endpoint 408 that comes back with no time passing was taken for
   * a long poll that ran out and called again at once, a zero-delay repeat: {@code advanceTimeBy} then runs the
   * repeats forever and the virtual clock never reaches the deadline.
   */
  @Test
  void flysOwn408AnsweredAtOnceIsPacedLikeAPollSoTheVirtualClockReachesTheDeadline() {
    client.onWait(notReachedAfter(Duration.ZERO))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")));

    assertTimeoutPreemptively(GUARD, () -> StepVerifier.withVirtualTime(() -> awaitCreated(Duration.ofSeconds(5)),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyTimeoutException.class)
            .hasMessage("timed out after 5s waiting for machine m1 of app my-app to reach started "
                + "(last state: starting, 6 attempts)"))
        .verify());

    // Pauses of 500 ms, 750 ms, 1,125 ms and 1,687.5 ms: at 4,062.5 ms less than a second is left, which is polled.
    assertThat(waitCallTimes()).containsExactly(Duration.ZERO, Duration.ofMillis(500), Duration.ofMillis(1250),
        Duration.ofMillis(2375));
    assertThat(client.getMachineCalls()).as("reads at 4,062.5 ms and 4,562.5 ms only").isEqualTo(2);
  }

  @Test
  void eachCallIsTimedFromItsOwnStartSoABare408AfterAFullOneIsStillEarly() {
    client.onWait(bare408After(Duration.ofSeconds(60)), bare408After(Duration.ofSeconds(1)),
            request -> Mono.just(REACHED))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")), id -> Mono.just(started));

    assertTimeoutPreemptively(GUARD, () -> StepVerifier.withVirtualTime(() -> awaitCreated(Duration.ofMinutes(5)),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(62))
        .expectNext(started)
        .verifyComplete());

    assertThat(waitCallTimes()).containsExactly(Duration.ZERO, Duration.ofSeconds(60), Duration.ofMillis(61_500));
    assertThat(client.getMachineCalls()).as("a read after the early bare 408, one after the answer").isEqualTo(2);
  }

  @Test
  void aBare408BeforeTheFullTimeoutIsFollowedByAReadAndAPause() {
    client.onWait(bare408After(Duration.ZERO), request -> Mono.just(REACHED))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")), id -> Mono.just(started));

    assertTimeoutPreemptively(GUARD, () -> StepVerifier.withVirtualTime(() -> awaitCreated(Duration.ofMinutes(5)),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .expectNext(started)
        .verifyComplete());

    assertThat(waitCallTimes()).containsExactly(Duration.ZERO, Duration.ofMillis(500));
    assertThat(client.getMachineCalls()).isEqualTo(2);
  }

  @Test
  void whenLessThanASecondIsLeftAfterALongPollTheRestIsPolledAndNoWaitCallAsksForZeroSeconds() {
    client.onWait(ScriptedFlyMachinesClient.notYetAfterTimeout(clock))
        .onGetMachine(id -> Mono.just(machine("m1", "starting", "v1")));

    assertTimeoutPreemptively(GUARD, () -> StepVerifier.withVirtualTime(() -> awaitCreated(Duration.ofMillis(
            60_600)), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofMillis(60_600))
        .expectError(FlyTimeoutException.class)
        .verify());

    assertThat(client.waitCalls()).extracting(call -> call.request().timeout()).containsExactly(Duration.ofSeconds(
        60));
    assertThat(client.getMachineCalls()).as("reads at 60 s and 60.5 s").isEqualTo(2);
  }
}
