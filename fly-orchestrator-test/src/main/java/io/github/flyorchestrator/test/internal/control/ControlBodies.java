package io.github.flyorchestrator.test.internal.control;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.Fault;
import io.github.flyorchestrator.test.HealthChecks;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.Durations;
import io.github.flyorchestrator.test.internal.Json;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of the control routes: reads their request bodies into the simulator's own types and writes the journal
 * and the variants. Durations are written as {@link Durations#parse(String) people write them} ({@code "2s"}).
 * Every method throws {@link IllegalArgumentException} with a message for the client when a body does not fit.
 */
final class ControlBodies {

  private ControlBodies() {
  }

  /**
   * @param body {@code {"seconds": 2}} (a number, fractions allowed) or {@code {"duration": "2s"}}
   * @return the duration
   * @throws IllegalArgumentException when neither is there, or the value is negative or not a duration
   */
  static Duration startDuration(ObjectNode body) {
    JsonNode seconds = body.get("seconds");
    Duration duration;
    if (seconds != null && seconds.isNumber() && Double.isFinite(seconds.doubleValue())) {
      duration = Duration.ofNanos(Math.round(seconds.doubleValue() * 1e9));
    } else if (body.has("duration")) {
      duration = Durations.parse(text(body, "duration"));
    } else {
      throw new IllegalArgumentException("give {\"seconds\": 2} or {\"duration\": \"2s\"}");
    }
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a start duration cannot be negative");
    }
    return duration;
  }

  /**
   * @param body {@code {"mode": "passing_after"|"never_passing"|"flapping"|"none", "duration": "10s",
   *     "names": ["http"]}}; {@code duration} for {@code passing_after} and {@code flapping} only, {@code names}
   *     optional
   * @return the checks
   * @throws IllegalArgumentException for an unknown mode, a missing duration or bad names
   */
  static HealthChecks healthChecks(ObjectNode body) {
    String mode = text(body, "mode").toLowerCase(Locale.ROOT);
    HealthChecks checks = switch (mode) {
      case "none" -> HealthChecks.none();
      case "never_passing" -> HealthChecks.neverPassing();
      case "passing_after" -> HealthChecks.passingAfter(Durations.parse(text(body, "duration")));
      case "flapping" -> HealthChecks.flapping(Durations.parse(text(body, "duration")));
      default -> throw new IllegalArgumentException("mode must be none, passing_after, never_passing or flapping");
    };
    JsonNode names = body.get("names");
    if (names == null || checks.isNone()) {
      return checks;
    }
    if (!names.isArray() || names.isEmpty()) {
      throw new IllegalArgumentException("names must be a non-empty array of strings");
    }
    String[] named = new String[names.size()];
    for (int i = 0; i < named.length; i++) {
      named[i] = names.get(i).isString() ? names.get(i).stringValue() : null;
    }
    return checks.named(named);
  }

  /**
   * @param body {@code {"fail": true}}
   * @return the flag
   * @throws IllegalArgumentException when {@code fail} is not a boolean
   */
  static boolean failLaunches(ObjectNode body) {
    JsonNode fail = body.get("fail");
    if (fail == null || !fail.isBoolean()) {
      throw new IllegalArgumentException("give {\"fail\": true} or {\"fail\": false}");
    }
    return fail.booleanValue();
  }

  /**
   * @param body dimension names with value names, e.g. {@code {"EventIds": "WITHOUT_IDS"}}
   * @param current the choices in force
   * @return {@code current} with the named dimensions set
   * @throws IllegalArgumentException for an unknown dimension or value
   */
  static ApiVariants variants(ObjectNode body, ApiVariants current) {
    ApiVariants changed = current;
    for (Map.Entry<String, JsonNode> setting : body.properties()) {
      if (!setting.getValue().isString()) {
        throw new IllegalArgumentException(setting.getKey() + " must be a string");
      }
      changed = VariantNames.with(changed, setting.getKey(), setting.getValue().stringValue());
    }
    return changed;
  }

  /**
   * @param variants the choices
   * @return {@code {"EventIds": "WITH_IDS", ...}}
   */
  static ObjectNode variants(ApiVariants variants) {
    ObjectNode node = Json.object();
    VariantNames.describe(variants).forEach(node::put);
    return node;
  }

  /**
   * @param body {@code {"route": "MACHINES_WAIT", "app": "my-app", "times": 2, "kind": "status", "status": 503,
   *     "body": "...", "duration": "2s", "headers": {"retry-after": "1"}}}: without {@code route} the fault hits any
   *     route, {@code app} narrows it to one app's requests, {@code times} defaults to 1, {@code kind} (a
   *     {@link Fault.Kind}, any case) to {@code status}
   * @return the fault to queue and where
   * @throws IllegalArgumentException for an unknown route or kind, or a value a fault refuses
   */
  static QueuedFault fault(ObjectNode body) {
    SimRoute route = body.has("route") ? constant(SimRoute.class, text(body, "route")) : null;
    String app = body.has("app") ? text(body, "app") : null;
    if (app != null && route == null) {
      throw new IllegalArgumentException("a fault for one app needs a route");
    }
    JsonNode timesNode = body.get("times");
    int times = timesNode == null ? 1 : timesNode.isInt() ? timesNode.intValue() : -1;
    if (times < 1) {
      throw new IllegalArgumentException("times must be a positive whole number");
    }
    Fault.Kind kind = body.has("kind") ? constant(Fault.Kind.class, text(body, "kind")) : Fault.Kind.STATUS;
    Fault fault = switch (kind) {
      case STATUS -> body.has("body") ? Fault.status(status(body), text(body, "body")) : Fault.status(status(body));
      case AFTER_EFFECT -> Fault.afterEffect(status(body));
      case DELAY -> Fault.delay(Durations.parse(text(body, "duration")));
      case TRICKLE -> Fault.trickle(Durations.parse(text(body, "duration")));
      case DROP_CONNECTION -> Fault.dropConnection();
      case MALFORMED_JSON -> Fault.malformedJson();
    };
    JsonNode headers = body.get("headers");
    if (headers != null) {
      for (Map.Entry<String, JsonNode> header : headers.properties()) {
        fault = fault.withHeader(header.getKey(), header.getValue().asString());
      }
    }
    return new QueuedFault(route, app, times, fault);
  }

  /**
   * @param requests recorded requests
   * @return a JSON array of {@code {route, method, path, query, body, headers, request_id}}, {@code route} null for
   *     a path no route matched; the headers are as recorded, so the token is already redacted
   */
  static ArrayNode journal(List<RecordedRequest> requests) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (RecordedRequest request : requests) {
      ObjectNode entry = array.addObject();
      entry.put("route", request.route() == null ? null : request.route().name());
      entry.put("method", request.method());
      entry.put("path", request.path());
      entry.set("query", Json.MAPPER.valueToTree(request.query()));
      entry.put("body", request.body());
      entry.set("headers", Json.MAPPER.valueToTree(request.headers()));
      entry.put("request_id", request.requestId());
    }
    return array;
  }

  /**
   * @param body {@code {"size": 2}}
   * @return the page size
   * @throws IllegalArgumentException when it is not a whole number of at least 1
   */
  static int pageSize(ObjectNode body) {
    JsonNode size = body.get("size");
    if (size == null || !size.isIntegralNumber() || size.asInt() < 1) {
      throw new IllegalArgumentException("give {\"size\": 2}: a whole number of at least 1");
    }
    return size.asInt();
  }

  /**
   * @param name a constant's name, any case
   * @param type the enum
   * @param <E> the enum
   * @return the constant
   * @throws IllegalArgumentException when the enum has no such constant
   */
  static <E extends Enum<E>> E constant(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no value " + name.trim() + "; one of "
          + Arrays.toString(type.getEnumConstants()), e);
    }
  }

  private static int status(ObjectNode body) {
    JsonNode status = body.get("status");
    if (status == null || !status.isInt() || status.intValue() < 100 || status.intValue() > 599) {
      throw new IllegalArgumentException("status must be an HTTP status (100..599)");
    }
    return status.intValue();
  }

  /**
   * @param body a control request body
   * @param field a field that must hold a string
   * @return the string
   * @throws IllegalArgumentException when it does not
   */
  static String text(ObjectNode body, String field) {
    String value = Json.text(body, field);
    if (value == null) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return value;
  }

  /**
   * A fault as the control route queues it.
   *
   * @param route the route it hits, or {@code null} for any route
   * @param app the app whose requests it hits, or {@code null} for every app's
   * @param times how many responses it hits
   * @param fault what happens to each
   */
  record QueuedFault(SimRoute route, String app, int times, Fault fault) {
  }
}
