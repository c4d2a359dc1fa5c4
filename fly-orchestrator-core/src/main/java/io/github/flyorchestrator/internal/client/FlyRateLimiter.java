package io.github.flyorchestrator.internal.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.flyorchestrator.settings.RateLimitSettings;
import java.time.Duration;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Makes each request wait for a permit of the token bucket of its key: its route's row in {@link FlyRouteLimits}
 * (limit class, method, route) and the identifier the row counts per. The buckets' sizes and rates come from
 * {@link RateLimitSettings}.
 *
 * <p>Each key has a Bucket4j token bucket of {@code burst} tokens, refilled greedily at {@code permits} per
 * {@code period} (Resilience4j's limiter, used before, counts in fixed windows and has no bursts). A request takes its
 * token at once, even from an empty bucket ({@code consumeIgnoringRateLimits}), which reserves the first free slot
 * and says how long to wait for it. The wait is a {@link Mono#delay(Duration)} before subscribing to the request, so
 * it runs on Reactor's parallel scheduler, counts against a {@code timeout} the caller applies, and is cancelled with
 * the subscription (the request is then never sent; its slot stays used, so the limiter only errs on the safe side).
 * Buckets live in a Caffeine cache bounded in size and expiring after {@link RateLimitSettings#idleEviction()}
 * without use.
 */
final class FlyRateLimiter {

  private final RateLimitSettings settings;
  private final Supplier<Long> nanoTime;
  private final TimeMeter timeMeter;
  private final Cache<String, Bucket> buckets;

  FlyRateLimiter(RateLimitSettings settings, Supplier<Long> nanoTime) {
    this.settings = settings;
    this.nanoTime = nanoTime;
    this.timeMeter = new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return nanoTime.get();
      }

      @Override
      public boolean isWallClockBased() {
        return false;
      }
    };
    this.buckets = Caffeine.newBuilder()
        .maximumSize(settings.maxLimiters())
        .expireAfterAccess(settings.idleEviction())
        .ticker(nanoTime::get)
        .build();
  }

  /**
   * Delays {@code request} until its key has a permit.
   *
   * @param call the call
   * @param request the request, subscribed only after the permit
   * @param <T> the result type
   * @return the rate-limited request
   */
  <T> Mono<T> limit(FlyCall call, Mono<T> request) {
    if (!settings.enabled()) {
      return request;
    }
    return Mono.defer(() -> {
      long waitNanos = bucketFor(call).consumeIgnoringRateLimits(1);
      if (waitNanos <= 0) {
        return request;
      }
      return Mono.delay(Duration.ofNanos(waitNanos)).then(request);
    });
  }

  /** @return how many per-key buckets are held (for tests) */
  long size() {
    buckets.cleanUp();
    return buckets.estimatedSize();
  }

  private Bucket bucketFor(FlyCall call) {
    FlyRouteLimits.RouteLimit row = FlyRouteLimits.of(call);
    String key = row.limitClass() + " " + row.method().name() + " " + row.route() + " "
        + FlyRouteLimits.identifier(row, call);
    RateLimitSettings.Rate rate = switch (row.limitClass()) {
      case ACTION -> settings.machineAction();
      case GET_MACHINE -> settings.getMachine();
      case APP_DELETION -> settings.appDeletion();
    };
    return buckets.get(key, k -> newBucket(rate));
  }

  private Bucket newBucket(RateLimitSettings.Rate rate) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(rate.burst()).refillGreedy(rate.permits(), rate.period()))
        .withCustomTimePrecision(timeMeter)
        .build();
  }
}
