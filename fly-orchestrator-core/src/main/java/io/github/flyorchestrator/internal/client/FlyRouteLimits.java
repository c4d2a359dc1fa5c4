package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.settings.RateLimitSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpMethod;

/**
 * The one table of which Fly rate limit each route of the client counts against, and per which identifier.
 *
 * <p>Fly's docs ("Working with the Machines API", Rate Limits; superfly/docs#1630, #1966, #2197): limits apply per
 * action and per machine, scoped per identifier (machine ID or app ID); 1 request/s per action with bursts up to
 * 3/s for every action except Get Machine, which allows 5/s with bursts up to 10/s; app deletions are limited to 100
 * per minute. The docs name no read as exempt (the first version said "all actions except Get Machine"), so every
 * route below is an action of its own, counted per the identifier its path names (routes under an organization, the
 * platform and tokens name no machine or app, so the client counts each of them as one bucket). What the client
 * allows per class is set in {@link RateLimitSettings}.
 */
final class FlyRouteLimits {

  /** A Fly rate-limit class. */
  enum LimitClass {
    /** Per action and identifier: 1/s, bursts to 3 ({@link RateLimitSettings#machineAction()}). */
    ACTION,
    /** Get Machine: 5/s, bursts to 10 ({@link RateLimitSettings#getMachine()}). */
    GET_MACHINE,
    /** App deletions: 100 per minute ({@link RateLimitSettings#appDeletion()}). */
    APP_DELETION
  }

  /** The identifier a limit is counted per. */
  enum Scope {
    /** Per machine (its app and id). */
    MACHINE,
    /** Per volume (its app and id). */
    VOLUME,
    /** Per app. */
    APP,
    /** One limit for everything this client sends on the route. */
    CLIENT
  }

  /**
   * One route's classification.
   *
   * @param method HTTP method
   * @param route {@link FlyRoutes} template
   * @param operation the docs' name of the action
   * @param limitClass the limit it counts against
   * @param scope per which identifier
   */
  record RouteLimit(HttpMethod method, String route, String operation, LimitClass limitClass, Scope scope) {
  }

  /** Every route the client calls, in the order of the API reference. */
  static final List<RouteLimit> TABLE = List.of(
      action(HttpMethod.GET, FlyRoutes.APPS, "list apps", Scope.CLIENT),
      action(HttpMethod.POST, FlyRoutes.APPS, "create app", Scope.CLIENT),
      action(HttpMethod.GET, FlyRoutes.APP, "get app", Scope.APP),
      new RouteLimit(HttpMethod.DELETE, FlyRoutes.APP, "delete app", LimitClass.APP_DELETION, Scope.CLIENT),
      action(HttpMethod.GET, FlyRoutes.MACHINES, "list machines", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.MACHINES, "create machine", Scope.APP),
      new RouteLimit(HttpMethod.GET, FlyRoutes.MACHINE, "get machine", LimitClass.GET_MACHINE, Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE, "update machine", Scope.MACHINE),
      action(HttpMethod.DELETE, FlyRoutes.MACHINE, "destroy machine", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_START, "start machine", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_STOP, "stop machine", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_RESTART, "restart machine", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_SUSPEND, "suspend machine", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_SIGNAL, "signal machine", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_CORDON, "cordon machine", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_UNCORDON, "uncordon machine", Scope.MACHINE),
      action(HttpMethod.GET, FlyRoutes.MACHINE_EVENTS, "list events", Scope.MACHINE),
      action(HttpMethod.GET, FlyRoutes.MACHINE_WAIT, "wait for state", Scope.MACHINE),
      action(HttpMethod.GET, FlyRoutes.MACHINE_LEASE, "get lease", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_LEASE, "acquire or refresh lease", Scope.MACHINE),
      action(HttpMethod.DELETE, FlyRoutes.MACHINE_LEASE, "release lease", Scope.MACHINE),
      action(HttpMethod.GET, FlyRoutes.MACHINE_METADATA, "get metadata", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_METADATA_KEY, "set metadata key", Scope.MACHINE),
      action(HttpMethod.DELETE, FlyRoutes.MACHINE_METADATA_KEY, "delete metadata key", Scope.MACHINE),
      action(HttpMethod.GET, FlyRoutes.VOLUMES, "list volumes", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.VOLUMES, "create volume", Scope.APP),
      action(HttpMethod.GET, FlyRoutes.VOLUME, "get volume", Scope.VOLUME),
      action(HttpMethod.PUT, FlyRoutes.VOLUME, "update volume", Scope.VOLUME),
      action(HttpMethod.DELETE, FlyRoutes.VOLUME, "delete volume", Scope.VOLUME),
      action(HttpMethod.PUT, FlyRoutes.VOLUME_EXTEND, "extend volume", Scope.VOLUME),
      action(HttpMethod.GET, FlyRoutes.VOLUME_SNAPSHOTS, "list snapshots", Scope.VOLUME),
      action(HttpMethod.POST, FlyRoutes.VOLUME_SNAPSHOTS, "create snapshot", Scope.VOLUME),
      action(HttpMethod.GET, FlyRoutes.SECRETS, "list secrets", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.SECRETS, "set secrets", Scope.APP),
      action(HttpMethod.GET, FlyRoutes.SECRET, "get secret", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.SECRET, "set secret", Scope.APP),
      action(HttpMethod.DELETE, FlyRoutes.SECRET, "delete secret", Scope.APP),
      action(HttpMethod.GET, FlyRoutes.MACHINE_METADATA_KEY, "get metadata key", Scope.MACHINE),
      action(HttpMethod.PATCH, FlyRoutes.MACHINE_METADATA, "update metadata", Scope.MACHINE),
      action(HttpMethod.PUT, FlyRoutes.MACHINE_METADATA, "update metadata (put)", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_EXEC, "exec", Scope.MACHINE),
      action(HttpMethod.GET, FlyRoutes.MACHINE_PS, "list processes", Scope.MACHINE),
      action(HttpMethod.GET, FlyRoutes.MACHINE_VERSIONS, "list versions", Scope.MACHINE),
      action(HttpMethod.GET, FlyRoutes.MACHINE_MEMORY, "get memory", Scope.MACHINE),
      action(HttpMethod.PUT, FlyRoutes.MACHINE_MEMORY, "set memory limit", Scope.MACHINE),
      action(HttpMethod.POST, FlyRoutes.MACHINE_MEMORY_RECLAIM, "reclaim memory", Scope.MACHINE),
      action(HttpMethod.GET, FlyRoutes.CERTIFICATES, "list certificates", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.CERTIFICATES_ACME, "request acme certificate", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.CERTIFICATES_CUSTOM, "add custom certificate", Scope.APP),
      action(HttpMethod.GET, FlyRoutes.CERTIFICATE, "get certificate", Scope.APP),
      action(HttpMethod.DELETE, FlyRoutes.CERTIFICATE, "delete certificate", Scope.APP),
      action(HttpMethod.DELETE, FlyRoutes.CERTIFICATE_ACME, "delete acme certificate", Scope.APP),
      action(HttpMethod.DELETE, FlyRoutes.CERTIFICATE_CUSTOM, "delete custom certificate", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.CERTIFICATE_CHECK, "check certificate", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.DEPLOY_TOKEN, "create deploy token", Scope.APP),
      action(HttpMethod.GET, FlyRoutes.IP_ASSIGNMENTS, "list ip assignments", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.IP_ASSIGNMENTS, "allocate ip", Scope.APP),
      action(HttpMethod.DELETE, FlyRoutes.IP_ASSIGNMENT, "release ip", Scope.APP),
      action(HttpMethod.GET, FlyRoutes.SECRET_KEYS, "list secret keys", Scope.APP),
      action(HttpMethod.GET, FlyRoutes.SECRET_KEY, "get secret key", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.SECRET_KEY, "set secret key", Scope.APP),
      action(HttpMethod.DELETE, FlyRoutes.SECRET_KEY, "delete secret key", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.SECRET_KEY_GENERATE, "generate secret key", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.SECRET_KEY_SIGN, "sign with secret key", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.SECRET_KEY_VERIFY, "verify with secret key", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.SECRET_KEY_ENCRYPT, "encrypt with secret key", Scope.APP),
      action(HttpMethod.POST, FlyRoutes.SECRET_KEY_DECRYPT, "decrypt with secret key", Scope.APP),
      action(HttpMethod.GET, FlyRoutes.ORG_MACHINES, "list org machines", Scope.CLIENT),
      action(HttpMethod.GET, FlyRoutes.ORG_VOLUMES, "list org volumes", Scope.CLIENT),
      action(HttpMethod.GET, FlyRoutes.PLATFORM_REGIONS, "list regions", Scope.CLIENT),
      action(HttpMethod.POST, FlyRoutes.PLATFORM_PLACEMENTS, "get placements", Scope.CLIENT),
      action(HttpMethod.GET, FlyRoutes.CURRENT_TOKEN, "current token", Scope.CLIENT),
      action(HttpMethod.POST, FlyRoutes.TOKENS_AUTHENTICATE, "authenticate token", Scope.CLIENT),
      action(HttpMethod.POST, FlyRoutes.TOKENS_AUTHORIZE, "authorize token", Scope.CLIENT),
      action(HttpMethod.POST, FlyRoutes.TOKENS_KMS, "request kms token", Scope.CLIENT),
      action(HttpMethod.POST, FlyRoutes.TOKENS_OIDC, "request oidc token", Scope.CLIENT));

  private static final Map<String, RouteLimit> BY_ROUTE = index();

  private FlyRouteLimits() {
  }

  /**
   * The classification of a call. A route missing from the table (none is) would count as an action per the most
   * specific identifier its path names.
   *
   * @param call the call
   * @return its row
   */
  static RouteLimit of(FlyCall call) {
    RouteLimit listed = BY_ROUTE.get(key(call.method(), call.pathTemplate()));
    if (listed != null) {
      return listed;
    }
    Map<String, String> variables = call.pathVariables();
    Scope scope = variables.containsKey("machine") ? Scope.MACHINE
        : variables.containsKey("volume") ? Scope.VOLUME
        : variables.containsKey("app") ? Scope.APP : Scope.CLIENT;
    return action(call.method(), call.pathTemplate(), call.method() + " " + call.pathTemplate(), scope);
  }

  /**
   * The identifier a call counts against within its route's limit, e.g. {@code my-app/148e21e9c95789}.
   *
   * @param row the call's row
   * @param call the call
   * @return the identifier; empty for {@link Scope#CLIENT}
   */
  static String identifier(RouteLimit row, FlyCall call) {
    Map<String, String> variables = call.pathVariables();
    return switch (row.scope()) {
      case MACHINE -> variables.get("app") + "/" + variables.get("machine");
      case VOLUME -> variables.get("app") + "/" + variables.get("volume");
      case APP -> variables.get("app");
      case CLIENT -> "";
    };
  }

  /**
   * How the README names a limit class or scope.
   *
   * @param value a {@link LimitClass} or {@link Scope}
   * @return e.g. {@code get machine}
   */
  static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static RouteLimit action(HttpMethod method, String route, String operation, Scope scope) {
    return new RouteLimit(method, route, operation, LimitClass.ACTION, scope);
  }

  private static Map<String, RouteLimit> index() {
    Map<String, RouteLimit> index = new LinkedHashMap<>();
    for (RouteLimit row : TABLE) {
      if (index.put(key(row.method(), row.route()), row) != null) {
        throw new IllegalStateException("route listed twice: " + row.method() + " " + row.route());
      }
    }
    return Map.copyOf(index);
  }

  private static String key(HttpMethod method, String route) {
    return method.name() + " " + route;
  }
}
