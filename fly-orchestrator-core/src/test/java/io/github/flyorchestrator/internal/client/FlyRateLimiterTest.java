package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.settings.RateLimitSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * The client-side limiter in virtual time: a fleet operation never exceeds Fly's token buckets, uses most of the
 * allowed rate, polling is not slowed down, and a caller's deadline cuts the wait for a permit without the request
 * ever being sent.
 */
class FlyRateLimiterTest {

  private static final Supplier<Long> VIRTUAL_NANOS = () -> Schedulers.parallel().now(TimeUnit.NANOSECONDS);

  /** Send times (virtual ms) per Fly rate-limit key. */
  private final Map<String, List<Long>> sent = new ConcurrentHashMap<>();

  private Mono<String> request(FlyRateLimiter limiter, HttpMethod method, String route, String app, String machine,
      String flyKey) {
    FlyCall.Builder call = FlyCall.of(method, route);
    if (app != null) {
      call.path("app", app);
    }
    if (machine != null) {
      call.path("machine", machine);
    }
    return limiter.limit(call.build(), Mono.fromCallable(() -> {
      sent.computeIfAbsent(flyKey, k -> new CopyOnWriteArrayList<>())
          .add(Schedulers.parallel().now(TimeUnit.MILLISECONDS));
      return flyKey;
    }));
  }

  /** Fly's token bucket: {@code burst} tokens, refilled at {@code perSecond}; no request may find it empty. */
  private static void assertWithinTokenBucket(List<Long> times, double perSecond, double burst) {
    List<Long> sorted = new ArrayList<>(times);
    sorted.sort(null);
    double tokens = burst;
    long last = sorted.isEmpty() ? 0 : sorted.get(0);
    for (long t : sorted) {
      tokens = Math.min(burst, tokens + (t - last) * perSecond / 1000.0);
      last = t;
      tokens -= 1;
      assertThat(tokens).as("token bucket at %d ms", t).isGreaterThanOrEqualTo(-1e-9);
    }
  }

  @Test
  void fleetOperationStaysWithinFlysLimitsWhileUsingMostOfTheRate() {
    int machines = 200;
    StepVerifier.withVirtualTime(() -> {
      FlyRateLimiter limiter = new FlyRateLimiter(RateLimitSettings.DEFAULTS, VIRTUAL_NANOS);
      List<Mono<String>> requests = new ArrayList<>();
      for (int m = 0; m < machines; m++) {
        String id = "m" + m;
        for (int i = 0; i < 10; i++) {
          requests.add(request(limiter, HttpMethod.POST, FlyRoutes.MACHINE_START, "app", id, "start " + id));
          requests.add(request(limiter, HttpMethod.GET, FlyRoutes.MACHINE, "app", id, "get " + id));
          requests.add(request(limiter, HttpMethod.GET, FlyRoutes.MACHINE, "app", id, "get " + id));
        }
        requests.add(request(limiter, HttpMethod.POST, FlyRoutes.MACHINES, "app", null, "create app"));
        requests.add(request(limiter, HttpMethod.DELETE, FlyRoutes.APP, "app-" + m, null, "app deletion"));
      }
      return Flux.merge(Flux.fromIterable(requests), 100_000).then();
    }).expectSubscription().thenAwait(Duration.ofMinutes(10)).verifyComplete();

    sent.forEach((key, times) -> {
      if (key.startsWith("get ")) {
        assertWithinTokenBucket(times, 5, 10);
      } else if (key.equals("app deletion")) {
        assertThat(times).hasSize(machines);
        // 100 per minute: no 60 s window may hold more than 100.
        for (long start : times) {
          assertThat(times.stream().filter(t -> t >= start && t < start + 60_000)).hasSizeLessThanOrEqualTo(100);
        }
        assertWithinTokenBucket(times, 100 / 60.0, 100);
      } else {
        assertWithinTokenBucket(times, 1, 3);
      }
    });
    // Most of the allowed rate: 10 starts of one machine take 8 s (2 at once, then 1/s), 20 gets take 3 s (5 at
    // once, then 5/s), 200 creates of one app take 198 s, 200 app deletions 124.4 s (96 per minute).
    assertThat(sent.get("start m7")).hasSize(10).startsWith(0L, 0L, 1_000L).last().isEqualTo(8_000L);
    assertThat(sent.get("get m7")).hasSize(20).startsWith(0L, 0L, 0L, 0L, 0L, 200L).last().isEqualTo(3_000L);
    assertThat(sent.get("create app")).last().isEqualTo(198_000L);
    assertThat(sent.get("app deletion")).last().isEqualTo(199 * 625L);
  }

  @Test
  void deadlineCutsTheWaitForAPermitAndTheRequestIsNeverSent() {
    StepVerifier.withVirtualTime(() -> {
      FlyRateLimiter limiter = new FlyRateLimiter(RateLimitSettings.DEFAULTS, VIRTUAL_NANOS);
      Mono<String> burst = request(limiter, HttpMethod.POST, FlyRoutes.MACHINE_STOP, "app", "m1", "stop")
          .then(request(limiter, HttpMethod.POST, FlyRoutes.MACHINE_STOP, "app", "m1", "stop"));
      Mono<String> third = request(limiter, HttpMethod.POST, FlyRoutes.MACHINE_STOP, "app", "m1", "stop")
          .timeout(Duration.ofMillis(500));
      return burst.then(third);
    })
        .expectSubscription()
        .thenAwait(Duration.ofMillis(500))
        .expectError(TimeoutException.class)
        .verify();

    assertThat(sent.get("stop")).containsExactly(0L, 0L);
  }

  @Test
  void pollingAnAppEveryHalfSecondAndLongerIsNeverSlowedDown() {
    // createAppAndWait: the create, then a read of the app after 0.5 s, 0.75 s, 1.125 s, ... (the seed's back-off).
    long[] pollsAt = {0, 500, 1_250, 2_375, 4_062, 6_593, 10_390};
    StepVerifier.withVirtualTime(() -> {
      FlyRateLimiter limiter = new FlyRateLimiter(RateLimitSettings.DEFAULTS, VIRTUAL_NANOS);
      Mono<String> create = request(limiter, HttpMethod.POST, FlyRoutes.APPS, null, null, "create");
      Flux<String> polls = Flux.fromStream(LongStream.of(pollsAt).boxed()).flatMap(at ->
          Mono.delay(Duration.ofMillis(at)).then(request(limiter, HttpMethod.GET, FlyRoutes.APP, "my-app", null,
              "get app")));
      return create.thenMany(polls).then();
    }).expectSubscription().thenAwait(Duration.ofMinutes(1)).verifyComplete();

    assertThat(sent.get("create")).containsExactly(0L);
    assertThat(sent.get("get app")).containsExactly(0L, 500L, 1_250L, 2_375L, 4_062L, 6_593L, 10_390L);
  }

  @Test
  void anActionBeyondTheBurstWaitsForItsSlotWhileOtherMachinesAndRoutesDoNot() {
    StepVerifier.withVirtualTime(() -> {
      FlyRateLimiter limiter = new FlyRateLimiter(RateLimitSettings.DEFAULTS, VIRTUAL_NANOS);
      List<Mono<String>> requests = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        requests.add(request(limiter, HttpMethod.GET, FlyRoutes.MACHINE_WAIT, "app", "m1", "wait m1"));
        requests.add(request(limiter, HttpMethod.GET, FlyRoutes.MACHINE_WAIT, "app", "m2", "wait m2"));
        requests.add(request(limiter, HttpMethod.POST, FlyRoutes.MACHINE_LEASE, "app", "m1", "lease m1"));
      }
      return Flux.merge(requests).then();
    }).expectSubscription().thenAwait(Duration.ofSeconds(2)).verifyComplete();

    assertThat(sent.get("wait m1")).containsExactly(0L, 0L, 1_000L);
    assertThat(sent.get("wait m2")).containsExactly(0L, 0L, 1_000L);
    assertThat(sent.get("lease m1")).containsExactly(0L, 0L, 1_000L);
  }

  @Test
  void disabledLimiterSendsAtOnce() {
    StepVerifier.withVirtualTime(() -> {
      FlyRateLimiter limiter = new FlyRateLimiter(RateLimitSettings.DISABLED, VIRTUAL_NANOS);
      return Flux.range(0, 5).flatMap(i ->
          request(limiter, HttpMethod.POST, FlyRoutes.MACHINE_START, "app", "m1", "start")).then();
    }).expectSubscription().verifyComplete();

    assertThat(sent.get("start")).containsExactly(0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void limitersPerKeyAreBoundedAndExpireWhenIdle() {
    RateLimitSettings small = new RateLimitSettings(true, RateLimitSettings.DEFAULTS.machineAction(),
        RateLimitSettings.DEFAULTS.getMachine(), RateLimitSettings.DEFAULTS.appDeletion(), 50, Duration.ofMinutes(1));
    long[] now = {0};
    FlyRateLimiter limiter = new FlyRateLimiter(small, () -> now[0]);

    for (int m = 0; m < 500; m++) {
      request(limiter, HttpMethod.GET, FlyRoutes.MACHINE, "app", "m" + m, "get").subscribe();
    }
    assertThat(limiter.size()).isLessThanOrEqualTo(50);

    now[0] = TimeUnit.MINUTES.toNanos(2);
    assertThat(limiter.size()).isZero();
  }
}
