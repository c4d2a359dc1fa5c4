package io.github.flyorchestrator.test.internal.ratelimit;

import io.github.flyorchestrator.test.SimRoute;

/**
 * Which bucket of {@link RateLimiter} each route counts against, after Fly's documented limits
 * ({@code working-with-machines-api}: "per action and per machine", scoped per machine id or app id; 1 req/s per
 * action with bursts to 3; get machine 5 req/s with bursts to 10; app deletions 100 per minute).
 *
 * <ul>
 *   <li>Get machine: its own limit per machine.</li>
 *   <li>Every other call on one machine (update, start, stop, restart, suspend, destroy, cordon, uncordon, signal,
 *       wait, events, lease get/acquire-or-refresh/release, metadata, exec, ps, versions, memory) is an action with
 *       its own bucket per machine.</li>
 *   <li>Machine create and machine list are actions scoped by the app (there is no machine yet, or many).</li>
 *   <li>Calls on one certificate (get, check, deletes) and one secret key (get, set, generate, delete, sign, verify,
 *       encrypt, decrypt) are actions with a bucket per hostname or key name; certificate list and requests, IP
 *       assignment list/allocate/release, secret key list and the deploy token are actions scoped by the app.</li>
 *   <li>The org-wide listings are actions scoped by the org.</li>
 *   <li>App deletions share one bucket.</li>
 *   <li>Everything else (apps, volumes, secrets, platform, tokens) is not limited: the docs give no figure.</li>
 * </ul>
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

  private static final String ON_ONE_MACHINE = "/machines/{id}";

  private RouteLimits() {
  }

  /**
   * @param route the route
   * @param app the request's app, or {@code null}
   * @param machineId the request's machine (or other resource) id, or {@code null}
   * @param org the request's org, or {@code null}
   * @return the bucket the request counts against, or {@code null} when the route is not limited
   */
  public static Bucket of(SimRoute route, String app, String machineId, String org) {
    String machine = app + "/" + machineId;
    return switch (route) {
      case MACHINES_SHOW -> new Bucket("get:" + machine, RateLimiter.Limit.GET_MACHINE);
      case APPS_DELETE -> new Bucket("apps_delete", RateLimiter.Limit.APP_DELETE);
      case MACHINES_CREATE, MACHINES_LIST, CERTIFICATES_LIST, CERTIFICATES_ACME_CREATE, CERTIFICATES_CUSTOM_CREATE,
          IP_ASSIGNMENTS_LIST, IP_ASSIGNMENTS_CREATE, IP_ASSIGNMENTS_DELETE, SECRETKEYS_LIST, APPS_DEPLOY_TOKEN ->
          new Bucket(route.name() + ":" + app, RateLimiter.Limit.ACTION);
      case CERTIFICATES_SHOW, CERTIFICATES_CHECK, CERTIFICATES_DELETE, CERTIFICATES_ACME_DELETE,
          CERTIFICATES_CUSTOM_DELETE, SECRETKEY_GET, SECRETKEY_SET, SECRETKEY_GENERATE, SECRETKEY_DELETE,
          SECRETKEY_SIGN, SECRETKEY_VERIFY, SECRETKEY_ENCRYPT, SECRETKEY_DECRYPT ->
          new Bucket(route.name() + ":" + machine, RateLimiter.Limit.ACTION);
      case ORG_MACHINES_LIST, ORG_VOLUMES_LIST -> new Bucket(route.name() + ":" + org, RateLimiter.Limit.ACTION);
      default -> route.pathTemplate().contains(ON_ONE_MACHINE)
          ? new Bucket(route.name() + ":" + machine, RateLimiter.Limit.ACTION) : null;
    };
  }
}
