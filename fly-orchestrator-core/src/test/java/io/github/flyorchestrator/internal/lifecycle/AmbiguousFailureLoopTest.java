package io.github.flyorchestrator.internal.lifecycle;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.internal.wait.BackoffSchedule;
import io.github.flyorchestrator.internal.wait.Deadline;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The one loop that sends a mutation and clears up its ambiguous failures: look up, re-send at most three times,
 * within the deadline, keeping the mutation's failure as the cause of a timeout. Pauses are 500 ms, 750 ms, ...
 */
class AmbiguousFailureLoopTest {

  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final AmbiguousFailureLoop loop =
      new AmbiguousFailureLoop(new BackoffSchedule(
          OrchestratorSettings.DEFAULTS.backoff().toBuilder().jitter(0).build(), () -> 0.5), clock);
  private final List<Long> sendTimes = new CopyOnWriteArrayList<>();
  private final List<Long> lookupTimes = new CopyOnWriteArrayList<>();

  private WaitProgress progress(Duration timeout) {
    return new WaitProgress("test_op", Deadline.start(timeout, clock), "the thing to be made", null);
  }

  /** Answers each send with the next answer (the last one repeats): a Throwable fails, a String succeeds. */
  private Supplier<Mono<String>> sends(Object... answers) {
    return answering(sendTimes, answers);
  }

  /** Answers each lookup with the next answer: a Throwable fails, a String is found, {@code null} finds nothing. */
  private Supplier<Mono<String>> lookups(Object... answers) {
    return answering(lookupTimes, answers);
  }

  private Supplier<Mono<String>> answering(List<Long> times, Object... answers) {
    AtomicInteger index = new AtomicInteger();
    return () -> Mono.defer(() -> {
      times.add(clock.now(TimeUnit.MILLISECONDS));
      Object answer = answers[Math.min(index.getAndIncrement(), answers.length - 1)];
      if (answer instanceof Throwable error) {
        return Mono.error(error);
      }
      return Mono.justOrEmpty((String) answer);
    });
  }

  private StepVerifier.FirstStep<String> run(Supplier<Mono<String>> send, Supplier<Mono<String>> lookup,
      Duration timeout) {
    return StepVerifier.withVirtualTime(() -> loop.send("create", send, lookup, progress(timeout)), () -> clock,
        Long.MAX_VALUE);
  }

  @Test
  void aMutationThatSucceedsIsSentOnceAndNeverLookedUp() {
    run(sends("made"), lookups("unused"), Duration.ofMinutes(1))
        .expectNext("made")
        .verifyComplete();

    assertThat(sendTimes).hasSize(1);
    assertThat(lookupTimes).isEmpty();
  }

  @Test
  void anAmbiguousFailureWhoseEffectTheLookupFindsIsNotSentAgain() {
    run(sends(httpError(503)), lookups("found"), Duration.ofMinutes(1))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(499))
        .thenAwait(Duration.ofMillis(1))
        .expectNext("found")
        .verifyComplete();

    assertThat(sendTimes).containsExactly(0L);
    assertThat(lookupTimes).containsExactly(500L);
  }

  @Test
  void anAmbiguousFailureWithoutEffectIsSentAgainAfterTheLookup() {
    run(sends(new TimeoutException("attempt timed out"), "made"), lookups((Object) null), Duration.ofMinutes(1))
        .expectSubscription()
        .thenAwait(Duration.ofMillis(500))
        .expectNext("made")
        .verifyComplete();

    assertThat(sendTimes).containsExactly(0L, 500L);
    assertThat(lookupTimes).containsExactly(500L);
  }

  @Test
  void givesUpAfterThreeSendsWithTheLastFailureHavingLookedUpAfterEach() {
    FlyException last = httpError(504);
    run(sends(httpError(502), httpError(503), last), lookups((Object) null), Duration.ofMinutes(1))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(3))
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(last))
        .verify();

    assertThat(sendTimes).hasSize(AmbiguousFailureLoop.MAX_SENDS).containsExactly(0L, 500L, 1250L);
    assertThat(lookupTimes).containsExactly(500L, 1250L, 2375L);
  }

  @Test
  void theLastSendsEffectFoundByTheLookupIsTheResult() {
    run(sends(httpError(502), httpError(503), httpError(504)), lookups(null, null, "found"), Duration.ofMinutes(1))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(3))
        .expectNext("found")
        .verifyComplete();

    assertThat(sendTimes).hasSize(3);
  }

  @Test
  void aFailureThatIsNotAmbiguousIsTheResultAtOnce() {
    FlyException unprocessable = httpError(422);
    run(sends(unprocessable), lookups("unused"), Duration.ofMinutes(1))
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(unprocessable))
        .verify();

    assertThat(sendTimes).hasSize(1);
    assertThat(lookupTimes).isEmpty();
  }

  @Test
  void aFailedLookupGivesTheMutationsFailureWithTheLookupsErrorSuppressedAndNoSecondSend() {
    FlyException unavailable = httpError(503);
    FlyException forbidden = httpError(403);
    run(sends(unavailable, "made"), lookups(forbidden), Duration.ofMinutes(1))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(unavailable).hasSuppressedException(forbidden))
        .verify();

    assertThat(sendTimes).hasSize(1);
  }

  @Test
  void aLookupCutOffByTheDeadlineIsATimeoutCausedByTheMutationsFailure() {
    FlyException unavailable = httpError(503);
    run(sends(unavailable), Mono::never, Duration.ofSeconds(10))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(9999))
        .thenAwait(Duration.ofMillis(1))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyTimeoutException.class).hasCause(unavailable);
          assertThat(((FlyTimeoutException) error).getElapsed()).isEqualTo(Duration.ofSeconds(10));
        })
        .verify();
  }

  @Test
  void anAmbiguousFailureRightBeforeTheDeadlineIsATimeoutCausedByItWithoutALookup() {
    FlyException unavailable = httpError(503);
    Supplier<Mono<String>> slowFailure = () -> Mono.delay(Duration.ofMillis(1999), clock)
        .then(Mono.error(unavailable));
    run(slowFailure, lookups("unused"), Duration.ofSeconds(2))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(2))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyTimeoutException.class)
            .hasCause(unavailable))
        .verify();

    assertThat(lookupTimes).isEmpty();
  }

  @Test
  void aReSendRefusedBecauseAnEarlierSendTookEffectCompletesEmpty() {
    StepVerifier.withVirtualTime(() -> loop.send("create", sends(httpError(503), httpError(422)),
                lookups((Object) null), error -> FlyErrors.hasStatus(error, 422), progress(Duration.ofMinutes(1))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofMillis(500))
        .verifyComplete();

    assertThat(sendTimes).hasSize(2);
  }

  @Test
  void theFirstSendsRefusalIsARealConflict() {
    FlyException unprocessable = httpError(422);
    StepVerifier.withVirtualTime(() -> loop.send("create", sends(unprocessable), lookups("unused"),
                error -> FlyErrors.hasStatus(error, 422), progress(Duration.ofMinutes(1))),
            () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(unprocessable))
        .verify();
  }
}
