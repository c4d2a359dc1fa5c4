package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.backoff.BackOffExecution;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The retry schedule (Spring's RetryPolicy driving Reactor), checked in virtual time. */
class FlyRetryPolicyTest {

  private static final RetrySettings NO_JITTER =
      new RetrySettings(3, new BackoffSettings(Duration.ofMillis(100), 2.0, Duration.ofMillis(300), 0));

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
    RetryableFailure transientFailure = new RetryableFailure(http(503), null, "/apps/{app}", RetryReason.HTTP_503);

    StepVerifier.withVirtualTime(() -> failingThenOk(
            List.of(transientFailure, transientFailure, transientFailure), times)
            .retryWhen(new ReactorRetry(NO_JITTER)))
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
    RetryableFailure transientFailure = new RetryableFailure(last, null, "/apps/{app}", RetryReason.HTTP_503);

    StepVerifier.withVirtualTime(() -> failingThenOk(List.of(transientFailure, transientFailure, transientFailure,
            transientFailure), times).retryWhen(new ReactorRetry(NO_JITTER)))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectErrorSatisfies(e -> assertThat(e).isSameAs(last))
        .verify();

    assertThat(times).hasSize(4);
  }

  @Test
  void retryAfterReplacesTheBackoffDelay() {
    List<Long> times = new CopyOnWriteArrayList<>();
    RetryableFailure rateLimited =
        new RetryableFailure(http(429), Duration.ofSeconds(30), "/apps/{app}", RetryReason.HTTP_429);

    StepVerifier.withVirtualTime(() -> failingThenOk(List.of(rateLimited), times)
            .retryWhen(new ReactorRetry(NO_JITTER)))
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
    RetryableFailure rateLimited =
        new RetryableFailure(http(429), Duration.ofHours(1), "/apps/{app}", RetryReason.HTTP_429);

    StepVerifier.withVirtualTime(() -> failingThenOk(List.of(rateLimited), times)
            .retryWhen(new ReactorRetry(NO_JITTER)))
        .expectSubscription()
        .thenAwait(ReactorRetry.MAX_RETRY_AFTER)
        .expectNext("ok")
        .verifyComplete();

    assertThat(times).containsExactly(0L, 60_000L);
  }

  @Test
  void nonTransientFailureIsNotRetried() {
    List<Long> times = new CopyOnWriteArrayList<>();
    FlyException notFound = http(404);

    StepVerifier.withVirtualTime(() -> failingThenOk(List.of(notFound), times)
            .retryWhen(new ReactorRetry(NO_JITTER)))
        .expectSubscription()
        .expectErrorSatisfies(e -> assertThat(e).isSameAs(notFound))
        .verify();

    assertThat(times).hasSize(1);
  }

  @Test
  void jitterStaysWithinItsShareOfEachDelay() {
    RetrySettings settings =
        new RetrySettings(20, new BackoffSettings(Duration.ofMillis(1000), 2.0, Duration.ofSeconds(5), 0.2));

    for (int run = 0; run < 50; run++) {
      BackOffExecution backOff = RetryPolicies.springRetryPolicy(settings).getBackOff().start();
      assertThat(backOff.nextBackOff()).isBetween(1000L, 1200L);
      assertThat(backOff.nextBackOff()).isBetween(1600L, 2400L);
      assertThat(backOff.nextBackOff()).isBetween(3200L, 4800L);
      assertThat(backOff.nextBackOff()).isBetween(4000L, 5000L);
    }
  }

  @Test
  void aRetryPausesAsAPollWithTheSameBackoffWould() {
    BackoffSettings backoff = new BackoffSettings(Duration.ofMillis(500), 1.5, Duration.ofSeconds(5), 0.2);
    double[] randoms = {0.0, 0.3, 0.999, 0.5};
    AtomicInteger next = new AtomicInteger();
    BackOffExecution retries = RetryPolicies.backOff(new RetrySettings(4, backoff),
        () -> randoms[next.getAndIncrement()]).start();

    for (int retry = 0; retry < randoms.length; retry++) {
      assertThat(retries.nextBackOff()).as("retry %d", retry)
          .isEqualTo(backoff.delay(retry, randoms[retry]).toMillis());
    }
    assertThat(retries.nextBackOff()).isEqualTo(BackOffExecution.STOP);
  }

  @Test
  void everyValidRetrySettingsBecomesASpringPolicy() {
    List<RetrySettings> edges = List.of(RetrySettings.NONE, RetrySettings.DEFAULTS,
        new RetrySettings(2, new BackoffSettings(Duration.ZERO, 1.0, Duration.ZERO, 0)),
        new RetrySettings(2, new BackoffSettings(Duration.ofMillis(100), 1.0, Duration.ofMillis(100), 1.0)),
        new RetrySettings(5, new BackoffSettings(Duration.ofMillis(100), 3.0, Duration.ofSeconds(1), 1.0)));

    for (RetrySettings settings : edges) {
      BackOffExecution backOff = RetryPolicies.springRetryPolicy(settings).getBackOff().start();
      for (int retry = 0; retry < settings.maxRetries(); retry++) {
        assertThat(backOff.nextBackOff()).as("%s retry %d", settings, retry)
            .isBetween(settings.backoff().initialDelay().toMillis(), settings.backoff().maxDelay().toMillis());
      }
      assertThat(backOff.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }
  }

  @Test
  void springPolicyStopsAfterMaxRetriesAndRetriesOnlyTransientFailures() {
    RetryPolicy policy = RetryPolicies.springRetryPolicy(NO_JITTER);
    BackOffExecution backOff = policy.getBackOff().start();

    assertThat(List.of(backOff.nextBackOff(), backOff.nextBackOff(), backOff.nextBackOff(), backOff.nextBackOff()))
        .containsExactly(100L, 200L, 300L, BackOffExecution.STOP);
    assertThat(List.of(408, 429, 500, 502, 503, 504)).allMatch(status -> policy.shouldRetry(http(status)));
    assertThat(List.of(400, 401, 403, 404, 409, 412, 422)).noneMatch(status -> policy.shouldRetry(http(status)));
  }

  @Test
  void blockingCodeRetriesWithTheSamePolicyThroughSpringsRetryTemplate() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    RetryTemplate template = new RetryTemplate(RetryPolicies.springRetryPolicy(
        new RetrySettings(3, new BackoffSettings(Duration.ofMillis(1), 1.0, Duration.ofMillis(1), 0))));

    String result = template.execute(() -> {
      if (calls.incrementAndGet() < 3) {
        throw http(503);
      }
      return "ok";
    });

    assertThat(result).isEqualTo("ok");
    assertThat(calls).hasValue(3);
  }

  @Test
  void everyRetryIsCountedByRouteAndReason() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ReactorRetry policy = new ReactorRetry(RetryPolicies.springRetryPolicy(NO_JITTER), registry);
    RetryableFailure unavailable = new RetryableFailure(http(503), null, "/apps/{app}", RetryReason.HTTP_503);
    RetryableFailure reset = new RetryableFailure(http(503), null, "/apps/{app}", RetryReason.CONNECTION_RESET);

    StepVerifier.withVirtualTime(() -> failingThenOk(List.of(unavailable, unavailable, reset),
            new CopyOnWriteArrayList<>()).retryWhen(policy))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .expectNext("ok")
        .verifyComplete();

    assertThat(registry.get("fly.client.retries").tags("route", "/apps/{app}", "reason", "http_503").counter()
        .count()).isEqualTo(2.0);
    assertThat(registry.get("fly.client.retries").tags("route", "/apps/{app}", "reason", "connection_reset")
        .counter().count()).isEqualTo(1.0);
  }

  @Test
  void cancellingDuringABackoffLeavesNoTimerAndNoFurtherAttempt() {
    List<Long> times = new CopyOnWriteArrayList<>();
    RetryableFailure unavailable = new RetryableFailure(http(503), null, "/apps/{app}", RetryReason.HTTP_503);
    VirtualTimeScheduler scheduler = VirtualTimeScheduler.getOrSet();
    try {
      Disposable subscription = failingThenOk(List.of(unavailable), times)
          .retryWhen(new ReactorRetry(NO_JITTER)).subscribe();
      assertThat(times).hasSize(1);

      subscription.dispose();
      scheduler.advanceTimeBy(Duration.ofSeconds(10));

      assertThat(times).hasSize(1);
    } finally {
      VirtualTimeScheduler.reset();
    }
  }

  @Test
  void parsesRetryAfterSecondsAndHttpDates() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    assertThat(ReactorRetry.parseRetryAfter("7", clock)).isEqualTo(Duration.ofSeconds(7));
    assertThat(ReactorRetry.parseRetryAfter("Wed, 25 Nov 2026 10:00:12 GMT", clock))
        .isEqualTo(Duration.ofSeconds(12));
    assertThat(ReactorRetry.parseRetryAfter("Wed, 25 Nov 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
    assertThat(ReactorRetry.parseRetryAfter("soon", clock)).isNull();
    assertThat(ReactorRetry.parseRetryAfter(null, clock)).isNull();
  }
}
