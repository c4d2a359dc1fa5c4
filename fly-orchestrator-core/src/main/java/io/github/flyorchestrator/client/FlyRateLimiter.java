package io.github.flyorchestrator.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Makes each request wait for a permit of the Resilience4j {@link RateLimiter} of its key (see
 * {@link RateLimitSettings}): {@code GET} machine per machine, app deletions per client, every other route per
 * (method, route, machine id or else app name).
 *
 * <p>The wait is a {@link Mono#delay(Duration)} before subscribing to the request, so it runs on Reactor's parallel
 * scheduler, counts against a {@code timeout} the caller applies, and is cancelled with the subscription (the
 * request is then never sent). Resilience4j's own {@code RateLimiterOperator} is not used because its wait is not
 * cancellable: a caller's timeout would leave its timer behind, which would later send the request. Limiters live in
 * a Caffeine cache bounded in size and expiring after {@link RateLimitSettings#idleEviction()} without use.
 */
final class FlyRateLimiter {

  private static final String APP_DELETION_KEY = "DELETE " + FlyRoutes.APP;

  private final RateLimitSettings settings;
  private final Supplier<Long> nanoTime;
  private final Cache<String, RateLimiter> limiters;

  FlyRateLimiter(RateLimitSettings settings, Supplier<Long> nanoTime) {
    this.settings = settings;
    this.nanoTime = nanoTime;
    this.limiters = Caffeine.newBuilder()
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
      RateLimiter limiter = limiterFor(call);
      long waitNanos = limiter.reservePermission(1);
      if (waitNanos <= 0) {
        return request;
      }
      return Mono.delay(Duration.ofNanos(waitNanos)).then(request);
    });
  }

  /** @return how many per-key limiters are held (for tests) */
  long size() {
    limiters.cleanUp();
    return limiters.estimatedSize();
  }

  private RateLimiter limiterFor(FlyCall call) {
    String route = call.pathTemplate();
    if (HttpMethod.GET.equals(call.method()) && FlyRoutes.MACHINE.equals(route)) {
      String key = "GET " + route + " " + call.pathVariables().get("machine");
      return limiters.get(key, k -> newLimiter(k, settings.getMachine()));
    }
    if (HttpMethod.DELETE.equals(call.method()) && FlyRoutes.APP.equals(route)) {
      return limiters.get(APP_DELETION_KEY, k -> newLimiter(k, settings.appDeletion()));
    }
    String machine = call.pathVariables().get("machine");
    String scope = machine != null ? machine : call.pathVariables().getOrDefault("app", "");
    String key = call.method().name() + " " + route + " " + scope;
    return limiters.get(key, k -> newLimiter(k, settings.machineAction()));
  }

  private RateLimiter newLimiter(String name, RateLimitSettings.Rate rate) {
    RateLimiterConfig config = RateLimiterConfig.custom()
        .limitForPeriod(rate.permits())
        .limitRefreshPeriod(rate.period())
        // A reservation is never refused: the caller's own deadline bounds the wait.
        .timeoutDuration(Duration.ofDays(1))
        .build();
    return new AtomicRateLimiter(name, config, nanoTime);
  }
}
