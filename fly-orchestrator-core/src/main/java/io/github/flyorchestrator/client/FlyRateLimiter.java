package io.github.flyorchestrator.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Makes each request wait for a permit of the token bucket of its key: its route's row in {@link FlyRouteLimits}
 * (limit class, method, route) and the identifier the row counts per. The buckets' sizes and rates come from
 * {@link RateLimitSettings}.
 *
 * <p>A bucket is kept as the time its next request would be due if requests were evenly spaced (the generic cell rate
 * algorithm): a request may go when that time is at most {@code (burst - 1) * interval} ahead of now; otherwise it
 * reserves the first free slot and waits for it. The wait is a {@link Mono#delay(Duration)} before subscribing to the
 * request, so it runs on Reactor's parallel scheduler, counts against a {@code timeout} the caller applies, and is
 * cancelled with the subscription (the request is then never sent; its slot stays used, so the limiter only errs on
 * the safe side). Buckets live in a Caffeine cache bounded in size and expiring after
 * {@link RateLimitSettings#idleEviction()} without use.
 */
final class FlyRateLimiter {

  private final RateLimitSettings settings;
  private final Supplier<Long> nanoTime;
  private final Cache<String, Bucket> buckets;

  FlyRateLimiter(RateLimitSettings settings, Supplier<Long> nanoTime) {
    this.settings = settings;
    this.nanoTime = nanoTime;
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
      long waitNanos = bucketFor(call).reserve(nanoTime.get());
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
    return buckets.get(key, k -> new Bucket(rate));
  }

  /** One token bucket, as the due time of its next evenly spaced request. */
  private static final class Bucket {

    private final long intervalNanos;
    private final long toleranceNanos;
    private final AtomicLong nextDue = new AtomicLong(Long.MIN_VALUE);

    Bucket(RateLimitSettings.Rate rate) {
      this.intervalNanos = rate.interval().toNanos();
      this.toleranceNanos = intervalNanos * (rate.burst() - 1);
    }

    /**
     * Takes the first free slot at or after {@code now}.
     *
     * @return nanoseconds until that slot, zero or less when the request may go at once
     */
    long reserve(long now) {
      while (true) {
        long due = nextDue.get();
        long slot = due == Long.MIN_VALUE ? now : Math.max(now, due - toleranceNanos);
        long next = (due == Long.MIN_VALUE ? slot : Math.max(due, slot)) + intervalNanos;
        if (nextDue.compareAndSet(due, next)) {
          return slot - now;
        }
      }
    }
  }
}
