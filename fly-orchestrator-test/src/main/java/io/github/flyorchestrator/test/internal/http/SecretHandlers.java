package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * App secrets per the spec: {@code POST /secrets {values:{name:value|null}}} (null deletes), {@code POST
 * /secrets/{name} {value}} (201), {@code GET}, {@code DELETE}. Values are never returned, only digests.
 */
final class SecretHandlers {

  private final SimulatorState state;
  private final SimulatorClock clock;

  SecretHandlers(SimulatorState state, SimulatorClock clock) {
    this.state = state;
    this.clock = clock;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.SECRETS_LIST, RouteHandler.sync(call -> SimResponse.json(200, list(state.app(call.app())))));
    routes.put(SimRoute.SECRETS_UPDATE, RouteHandler.sync(this::updateMany));
    routes.put(SimRoute.SECRET_GET, RouteHandler.sync(call -> SimResponse.json(200, secret(call).deepCopy())));
    routes.put(SimRoute.SECRET_CREATE, RouteHandler.sync(this::create));
    routes.put(SimRoute.SECRET_DELETE, RouteHandler.sync(this::delete));
  }

  private ObjectNode secret(ApiCall call) {
    ObjectNode secret = state.app(call.app()).secrets().get(call.id());
    if (secret == null) {
      throw ApiError.notFound("secret");
    }
    return secret;
  }

  private ObjectNode list(SimApp app) {
    ObjectNode body = Json.object();
    ArrayNode array = body.putArray("secrets");
    new TreeMap<>(app.secrets()).values().forEach(s -> array.add(s.deepCopy()));
    return body;
  }

  private SimResponse updateMany(ApiCall call) {
    SimApp app = state.app(call.app());
    JsonNode values = call.json().get("values");
    if (values == null || !values.isObject()) {
      throw ApiError.badRequest("invalid_argument: values is required");
    }
    for (Map.Entry<String, JsonNode> entry : values.properties()) {
      if (entry.getValue().isNull()) {
        app.secrets().remove(entry.getKey());
      } else {
        put(app, entry.getKey(), entry.getValue().asString());
      }
    }
    ObjectNode body = list(app);
    body.put("version", app.secretsVersion().incrementAndGet());
    return SimResponse.json(200, body);
  }

  private SimResponse create(ApiCall call) {
    SimApp app = state.app(call.app());
    String value = Json.text(call.json(), "value");
    if (value == null) {
      throw ApiError.badRequest("invalid_argument: value is required");
    }
    ObjectNode body = put(app, call.id(), value).deepCopy();
    body.put("version", app.secretsVersion().incrementAndGet());
    return SimResponse.json(201, body);
  }

  private SimResponse delete(ApiCall call) {
    SimApp app = state.app(call.app());
    if (app.secrets().remove(call.id()) == null) {
      throw ApiError.notFound("secret");
    }
    ObjectNode body = Json.object();
    body.put("version", app.secretsVersion().incrementAndGet());
    return SimResponse.json(200, body);
  }

  private ObjectNode put(SimApp app, String name, String value) {
    String now = Instant.ofEpochMilli(clock.nowMillis()).toString();
    ObjectNode secret = Json.object();
    secret.put("name", name);
    secret.put("digest", digest(value));
    ObjectNode previous = app.secrets().get(name);
    secret.put("created_at", previous == null ? now : Json.text(previous, "created_at"));
    secret.put("updated_at", now);
    app.secrets().put(name, secret);
    return secret;
  }

  private static String digest(String value) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
