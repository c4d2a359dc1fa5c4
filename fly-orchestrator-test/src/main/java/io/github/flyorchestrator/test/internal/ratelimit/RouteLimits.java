package io.github.flyorchestrator.test.internal.ratelimit;

import io.github.flyorchestrator.test.SimRoute;

/**
 * Which bucket of {@link RateLimiter} each route counts against, after Fly's documented limits
 * ({@code working-with-machines-api}: per action and per machine, scoped per machine id or app id; get machine
 * 5 req/s; app deletions 100 per minute). Routes not listed are not limited.
 */
public final class RouteLimits {

  /**
   * A bucket.
   *
   * @param key the bucket's key: the action and its scope
   * @param limit the bucket's limit
   */
  public record Bucket(String key, RateLimiter.Limit limit) {
  }

  private RouteLimits() {
  }

  /**
   * @param route the route
   * @param app the request's app, or {@code null}
   * @param machineId the request's machine (or other resource) id, or {@code null}
   * @return the bucket the request counts against, or {@code null} when the route is not limited
   */
  public static Bucket of(SimRoute route, String app, String machineId) {
    String machine = app + "/" + machineId;
    return switch (route) {
      case MACHINES_SHOW -> new Bucket("get:" + machine, RateLimiter.Limit.GET_MACHINE);
      case APPS_DELETE -> new Bucket("apps_delete", RateLimiter.Limit.APP_DELETE);
      case MACHINES_CREATE -> new Bucket("create:" + app, RateLimiter.Limit.ACTION);
      case MACHINES_UPDATE, MACHINES_DELETE, MACHINES_START, MACHINES_STOP, MACHINES_RESTART, MACHINES_SUSPEND,
          MACHINES_CORDON, MACHINES_UNCORDON -> new Bucket(route.name() + ":" + machine, RateLimiter.Limit.ACTION);
      default -> null;
    };
  }
}
