package io.github.flyorchestrator.internal.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class PollerTest {

  /** The default poll backoff without jitter: pauses of 500 ms, 750 ms, 1,125 ms, ... */
  private static final BackoffSettings NO_JITTER =
      OrchestratorSettings.DEFAULTS.backoff().toBuilder().jitter(0).build();

  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final Poller poller = new Poller(new BackoffSchedule(NO_JITTER, () -> 0.0), clock);
  private final List<Duration> attemptTimes = new ArrayList<>();

  private final PollRules<String> untilReady = new PollRules<>(List.of(
      Acceptor.successOn("ready"::equals),
      Acceptor.failureOn("broken"::equals, state -> new IllegalStateException("broken for good")),
      Acceptor.retryOnError(FlyErrors::isNotFound)),
      state -> state);

  private Supplier<Mono<String>> answers(Object... answers) {
    AtomicInteger index = new AtomicInteger();
    return () -> Mono.defer(() -> {
      attemptTimes.add(Duration.ofNanos(clock.now(TimeUnit.NANOSECONDS)));
      Object answer = answers[Math.min(index.getAndIncrement(), answers.length - 1)];
      return answer instanceof Throwable error ? Mono.error(error) : Mono.just((String) answer);
    });
  }

  private WaitProgress progress(Duration timeout) {
    return new WaitProgress("test_op", Deadline.start(timeout, clock), "the thing to be ready", null);
  }

  private static FlyException http(int status) {
    return new FlyException("HTTP " + status, status, null, null, null, "GET", "/x", null);
  }

  @Test
  void retriesUntilAnAcceptorSucceedsAndCountsEveryAttempt() {
    WaitProgress progress = progress(Duration.ofMinutes(1));
    StepVerifier.withVirtualTime(
            () -> poller.poll(answers(http(404), "pending", "ready"), untilReady, progress),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(2))
        .assertNext(success -> {
          assertThat(success.value()).isEqualTo("ready");
          assertThat(progress.attempts()).isEqualTo(3);
          assertThat(progress.deadline().elapsed()).isEqualTo(Duration.ofMillis(1250));
        })
        .verifyComplete();
    assertThat(attemptTimes).containsExactly(Duration.ZERO, Duration.ofMillis(500), Duration.ofMillis(1250));
  }

  @Test
  void aFailureAcceptorEndsTheWaitWithItsError() {
    StepVerifier.withVirtualTime(
            () -> poller.poll(answers("pending", "broken"), untilReady, progress(Duration.ofMinutes(1))),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalStateException.class)
            .hasMessage("broken for good"))
        .verify();
  }

  @Test
  void anErrorNoAcceptorMatchesEndsTheWaitAsItIs() {
    FlyException forbidden = http(403);
    StepVerifier.withVirtualTime(
            () -> poller.poll(answers("pending", forbidden), untilReady, progress(Duration.ofMinutes(1))),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(forbidden))
        .verify();
  }

  @Test
  void timesOutExactlyAtTheDeadlineWithAttemptsAndTheLastObservedState() {
    StepVerifier.withVirtualTime(
            () -> poller.poll(answers("pending"), untilReady, progress(Duration.ofSeconds(10))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(9999))
        .thenAwait(Duration.ofMillis(1))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyTimeoutException.class);
          FlyTimeoutException timeout = (FlyTimeoutException) error;
          assertThat(timeout.getElapsed()).isEqualTo(Duration.ofSeconds(10));
          assertThat(timeout.getAttempts()).isEqualTo(attemptTimes.size()).isGreaterThan(3);
          assertThat(timeout.getLastObservedState()).isEqualTo("pending");
          assertThat(timeout.getOperation()).isEqualTo("test_op");
          assertThat(timeout.getMessage()).isEqualTo("timed out after 10s waiting for the thing to be ready "
              + "(last state: pending, " + attemptTimes.size() + " attempts)");
        })
        .verify();
    assertThat(attemptTimes).allSatisfy(time -> assertThat(time).isLessThan(Duration.ofSeconds(10)));
  }

  @Test
  void anAttemptThatHangsIsCutOffAtTheDeadline() {
    Supplier<Mono<String>> hanging = Mono::never;
    StepVerifier.withVirtualTime(() -> poller.poll(hanging, untilReady, progress(Duration.ofSeconds(5))),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyTimeoutException.class)
            .satisfies(e -> assertThat(((FlyTimeoutException) e).getAttempts()).isEqualTo(1)))
        .verify();
  }

  @Test
  void theLastErrorIsTheCauseOfTheTimeout() {
    FlyException notFound = http(404);
    StepVerifier.withVirtualTime(() -> poller.poll(answers(notFound), untilReady, progress(Duration.ofSeconds(3))),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(3))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyTimeoutException.class).hasCause(notFound);
          assertThat(((FlyTimeoutException) error).getLastObservedState()).isEqualTo("http 404");
        })
        .verify();
  }
}
