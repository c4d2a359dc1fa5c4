package io.github.flyorchestrator.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.FlyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The retry schedule, checked in virtual time. */
class FlyRetryPolicyTest {

  private static final RetrySettings NO_JITTER =
      new RetrySettings(3, Duration.ofMillis(100), 2.0, Duration.ofMillis(300), 0);

  private static FlyException http(int status) {
    return new FlyException("Fly API GET /v1/apps/a failed: " + status, status, null, null, null, "GET",
        "/v1/apps/a", null);
  }

  /** A call that fails with the given failures in turn, then succeeds, recording when each attempt started. */
  private static Mono<String> failingThenOk(List<RuntimeException> failures, List<Long> attemptTimes) {
    AtomicInteger attempt = new AtomicInteger();
    return Mono.defer(() -> {
      attemptTimes.add(Schedulers.parallel().now(TimeUnit.MILLISECONDS));
      int n = attempt.getAndIncrement();
      return n < failures.size() ? Mono.error(failures.get(n)) : Mono.just("ok");
    });
  }

  @Test
  void exponentialDelaysCappedAtMaxDelay() {
    List<Long> times = new CopyOnWriteArrayList<>();
    RetryableFailure transientFailure = new RetryableFailure(http(503), null, "HTTP 503");

    StepVerifier.withVirtualTime(() -> failingThenOk(
            List.of(transientFailure, transientFailure, transientFailure), times)
            .retryWhen(new FlyRetryPolicy(NO_JITTER)))
        .expectSubscription()
        .thenAwait(Duration.ofMillis(600))
        .expectNext("ok")
        .verifyComplete();

    assertThat(times).containsExactly(0L, 100L, 300L, 600L);
  }

  @Test
  void givesUpAfterMaxRetriesWithTheFlyException() {
    List<Long> times = new CopyOnWriteArrayList<>();
    FlyException last = http(503);
    RetryableFailure transientFailure = new RetryableFailure(last, null, "HTTP 503");

    StepVerifier.withVirtualTime(() -> failingThenOk(List.of(transientFailure, transientFailure, transientFailure,
            transientFailure), times).retryWhen(new FlyRetryPolicy(NO_JITTER)))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectErrorSatisfies(e -> assertThat(e).isSameAs(last))
        .verify();

    assertThat(times).hasSize(4);
  }

  @Test
  void retryAfterReplacesTheBackoffDelay() {
    List<Long> times = new CopyOnWriteArrayList<>();
    RetryableFailure rateLimited = new RetryableFailure(http(429), Duration.ofSeconds(30), "HTTP 429");

    StepVerifier.withVirtualTime(() -> failingThenOk(List.of(rateLimited), times)
            .retryWhen(new FlyRetryPolicy(NO_JITTER)))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(29_999))
        .thenAwait(Duration.ofMillis(1))
        .expectNext("ok")
        .verifyComplete();

    assertThat(times).containsExactly(0L, 30_000L);
  }

  @Test
  void retryAfterIsCappedAtSixtySeconds() {
    List<Long> times = new CopyOnWriteArrayList<>();
    RetryableFailure rateLimited = new RetryableFailure(http(429), Duration.ofHours(1), "HTTP 429");

    StepVerifier.withVirtualTime(() -> failingThenOk(List.of(rateLimited), times)
            .retryWhen(new FlyRetryPolicy(NO_JITTER)))
        .expectSubscription()
        .thenAwait(FlyRetryPolicy.MAX_RETRY_AFTER)
        .expectNext("ok")
        .verifyComplete();

    assertThat(times).containsExactly(0L, 60_000L);
  }

  @Test
  void nonTransientFailureIsNotRetried() {
    List<Long> times = new CopyOnWriteArrayList<>();
    FlyException notFound = http(404);

    StepVerifier.withVirtualTime(() -> failingThenOk(List.of(notFound), times)
            .retryWhen(new FlyRetryPolicy(NO_JITTER)))
        .expectSubscription()
        .expectErrorSatisfies(e -> assertThat(e).isSameAs(notFound))
        .verify();

    assertThat(times).hasSize(1);
  }

  @Test
  void jitterStaysWithinItsShareOfTheDelay() {
    RetrySettings settings = new RetrySettings(3, Duration.ofMillis(1000), 2.0, Duration.ofSeconds(5), 0.2);

    assertThat(new FlyRetryPolicy(settings, () -> 0.0).backoff(0)).isEqualTo(Duration.ofMillis(800));
    assertThat(new FlyRetryPolicy(settings, () -> 1.0).backoff(0)).isEqualTo(Duration.ofMillis(1200));
    assertThat(new FlyRetryPolicy(settings, () -> 0.5).backoff(1)).isEqualTo(Duration.ofMillis(2000));
    assertThat(new FlyRetryPolicy(settings, () -> 1.0).backoff(10)).isEqualTo(Duration.ofMillis(6000));
  }

  @Test
  void parsesRetryAfterSecondsAndHttpDates() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    assertThat(FlyRetryPolicy.parseRetryAfter("7", clock)).isEqualTo(Duration.ofSeconds(7));
    assertThat(FlyRetryPolicy.parseRetryAfter("Wed, 25 Nov 2026 10:00:12 GMT", clock))
        .isEqualTo(Duration.ofSeconds(12));
    assertThat(FlyRetryPolicy.parseRetryAfter("Wed, 25 Nov 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
    assertThat(FlyRetryPolicy.parseRetryAfter("soon", clock)).isNull();
    assertThat(FlyRetryPolicy.parseRetryAfter(null, clock)).isNull();
  }
}
