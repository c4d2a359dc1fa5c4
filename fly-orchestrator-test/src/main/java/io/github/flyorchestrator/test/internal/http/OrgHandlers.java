package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimMachine;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Org-wide listings ({@code GET /orgs/{org}/machines}, {@code /orgs/{org}/volumes}): every machine or volume of the
 * org's apps, ordered by {@code updated_at} then id, filtered by {@code include_deleted}, {@code region},
 * {@code state} (comma-separated), {@code updated_after}, with {@code summary} leaving the machines' config out, and
 * paginated by cursor ({@link CursorPages}) with the simulator's page size. An org without apps answers an empty list;
 * {@code error_regions} is always empty (every simulated region answers).
 */
final class OrgHandlers {

  private final SimulatorState state;
  private final MachineView view;

  OrgHandlers(SimulatorState state, MachineView view) {
    this.state = state;
    this.view = view;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.ORG_MACHINES_LIST, RouteHandler.sync(this::machines));
    routes.put(SimRoute.ORG_VOLUMES_LIST, RouteHandler.sync(this::volumes));
  }

  /** An item of an org listing: its JSON, its app and its sort key. */
  private record Item(ObjectNode json, long updatedAtMillis, String id) {
    String key() {
      return CursorPages.timeThenId(updatedAtMillis, id);
    }
  }

  private List<SimApp> apps(ApiCall call) {
    return state.apps().stream().filter(app -> app.orgSlug().equals(call.org())).toList();
  }

  private SimResponse machines(ApiCall call) {
    boolean summary = call.queryFlag("summary");
    List<Item> items = apps(call).stream().flatMap(app -> app.machines().values().stream()
            .filter(m -> call.queryFlag("include_deleted") || !"destroyed".equals(m.state()))
            .map(m -> new Item(orgMachine(app, m, summary), m.updatedAtMillis(), m.id())))
        .toList();
    ObjectNode body = page(call, items, "machines");
    body.putArray("error_regions");
    return SimResponse.json(200, body);
  }

  private ObjectNode orgMachine(SimApp app, SimMachine machine, boolean summary) {
    ObjectNode full = view.render(machine, true);
    ObjectNode node = Json.object();
    node.put("app_name", app.name());
    for (String field : List.of("id", "name", "state", "region", "instance_id", "version", "private_ip",
        "created_at", "updated_at")) {
      node.set(field, full.get(field));
    }
    if (!summary && full.get("config") instanceof ObjectNode config) {
      ObjectNode overview = node.putObject("config");
      MachineView.INCOMPLETE_CONFIG_FIELDS.stream().filter(config::has)
          .forEach(field -> overview.set(field, config.get(field)));
    }
    return node;
  }

  private SimResponse volumes(ApiCall call) {
    List<Item> items = apps(call).stream().flatMap(app -> app.volumes().values().stream().map(volume -> {
      ObjectNode node = volume.deepCopy();
      node.put("app_name", app.name());
      String updated = Json.text(node, "updated_at") != null ? Json.text(node, "updated_at")
          : Json.text(node, "created_at");
      node.put("updated_at", updated);
      return new Item(node, Instant.parse(updated).toEpochMilli(), Json.text(node, "id"));
    })).toList();
    return SimResponse.json(200, page(call, items, "volumes"));
  }

  private ObjectNode page(ApiCall call, List<Item> all, String field) {
    String region = call.query("region");
    List<String> states = call.queryAll("state");
    long after = updatedAfter(call.query("updated_after"));
    List<Item> matching = all.stream()
        .filter(item -> region == null || region.equals(Json.text(item.json(), "region")))
        .filter(item -> states.isEmpty() || states.contains(Json.text(item.json(), "state")))
        .filter(item -> item.updatedAtMillis() > after)
        .sorted(Comparator.comparing(Item::key)).toList();
    CursorPages.Page<Item> page = CursorPages.page(matching, Item::key, call, state.settings().pageSize());
    ObjectNode body = Json.object();
    ArrayNode array = body.putArray(field);
    page.items().stream().map(Item::json).forEach(array::add);
    if (!page.items().isEmpty()) {
      Item last = page.items().get(page.items().size() - 1);
      body.put("volumes".equals(field) ? "last_volume_id" : "last_machine_id", last.id());
      body.put("last_updated_at", Instant.ofEpochMilli(last.updatedAtMillis()).toString());
    }
    if (page.nextCursor() != null) {
      body.put("next_cursor", page.nextCursor());
    }
    return body;
  }

  private static long updatedAfter(String value) {
    if (value == null || value.isEmpty()) {
      return Long.MIN_VALUE;
    }
    try {
      return Instant.parse(value).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("invalid_argument: updated_after must be an RFC 3339 time");
    }
  }
}
