package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Apps: create (name or app_name), show (with eventual-consistency 404s), list, delete (202); the current token. */
final class AppHandlers {

  private final SimulatorState state;

  AppHandlers(SimulatorState state) {
    this.state = state;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.APPS_CREATE, RouteHandler.sync(this::create));
    routes.put(SimRoute.APPS_SHOW, RouteHandler.sync(this::show));
    routes.put(SimRoute.APPS_LIST, RouteHandler.sync(this::list));
    routes.put(SimRoute.APPS_DELETE, RouteHandler.sync(this::delete));
    routes.put(SimRoute.TOKENS_CURRENT, RouteHandler.sync(this::currentToken));
  }

  private SimResponse create(ApiCall call) {
    ObjectNode body = call.json();
    String name = Json.text(body, "name") != null ? Json.text(body, "name") : Json.text(body, "app_name");
    if (name == null || name.isBlank()) {
      throw ApiError.badRequest("invalid_argument: app name is required");
    }
    String org = Json.text(body, "org_slug");
    SimApp app = state.createApp(name, org == null ? "personal" : org, Json.text(body, "network"));
    ObjectNode result = Json.object();
    result.put("id", app.id());
    result.put("created_at", app.createdAtMillis());
    return SimResponse.json(201, result);
  }

  private SimResponse show(ApiCall call) {
    SimApp app = state.app(call.app());
    if (app.consumeNotFoundRead()) {
      throw ApiError.notFound("app");
    }
    return SimResponse.json(200, toJson(app));
  }

  /** The simulator's one identity: a token of the {@code personal} org that may access every app. */
  private SimResponse currentToken(ApiCall call) {
    ObjectNode result = Json.object();
    ObjectNode token = result.putArray("tokens").addObject();
    token.put("token_id", "simulator");
    token.put("org_slug", "personal");
    token.put("organization", "personal");
    ArrayNode apps = token.putArray("apps");
    state.apps().forEach(a -> apps.add(a.name()));
    return SimResponse.json(200, result);
  }

  private SimResponse list(ApiCall call) {
    String org = call.query("org_slug");
    List<SimApp> apps = state.apps().stream()
        .filter(a -> org == null || org.equals(a.orgSlug()))
        .sorted(Comparator.comparing(SimApp::name))
        .toList();
    ObjectNode result = Json.object();
    result.put("total_apps", apps.size());
    ArrayNode array = result.putArray("apps");
    apps.forEach(a -> array.add(toJson(a)));
    return SimResponse.json(200, result);
  }

  private SimResponse delete(ApiCall call) {
    state.deleteApp(call.app());
    return SimResponse.raw(202, "");
  }

  static ObjectNode toJson(SimApp app) {
    ObjectNode node = Json.object();
    node.put("id", app.id());
    node.put("name", app.name());
    node.put("status", app.status());
    ObjectNode org = node.putObject("organization");
    org.put("name", app.orgSlug());
    org.put("slug", app.orgSlug());
    org.put("internal_numeric_id", 1L);
    node.put("machine_count", app.machines().values().stream()
        .filter(m -> !"destroyed".equals(m.state())).count());
    node.put("volume_count", app.volumes().size());
    node.put("network", app.network());
    node.put("internal_numeric_id", app.internalNumericId());
    return node;
  }
}
