package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform routes: {@code GET /platform/regions} (a fixed set of Fly's regions, nearest {@code ord}, the
 * simulator's default region) and {@code POST /platform/placements} (for each region of the request's region
 * expression that the simulator knows, room for {@code count} machines, or {@value #ORG_LIMIT} when count is 0; the
 * aliases {@code any}, and the geo regions {@code na}, {@code sa}, {@code eu}, {@code as}, {@code oc}, {@code af},
 * expand to their regions). {@code org_slug} is required.
 */
final class PlatformHandlers {

  /** The per-region machine limit a placement answers when asked for no count. */
  static final int ORG_LIMIT = 100;

  private record Region(String code, String name, String geo, double latitude, double longitude) {
  }

  private static final List<Region> REGIONS = List.of(
      new Region("ams", "Amsterdam, Netherlands", "eu", 52.374342, 4.895439),
      new Region("arn", "Stockholm, Sweden", "eu", 59.6512, 17.9178),
      new Region("cdg", "Paris, France", "eu", 48.860875, 2.353477),
      new Region("dfw", "Dallas, Texas (US)", "na", 32.778287, -96.7984),
      new Region("ewr", "Secaucus, NJ (US)", "na", 40.789543, -74.056413),
      new Region("fra", "Frankfurt, Germany", "eu", 50.1167, 8.6833),
      new Region("gru", "Sao Paulo, Brazil", "sa", -23.549664, -46.654351),
      new Region("iad", "Ashburn, Virginia (US)", "na", 39.02214, -77.462556),
      new Region("jnb", "Johannesburg, South Africa", "af", -26.20227, 28.04363),
      new Region("lax", "Los Angeles, California (US)", "na", 33.9416, -118.4085),
      new Region("lhr", "London, United Kingdom", "eu", 51.516434, -0.125656),
      new Region("nrt", "Tokyo, Japan", "as", 35.621238, 139.741895),
      new Region("ord", "Chicago, Illinois (US)", "na", 41.891017, -87.628562),
      new Region("sin", "Singapore, Singapore", "as", 1.3, 103.8),
      new Region("sjc", "San Jose, California (US)", "na", 37.351601, -121.896744),
      new Region("syd", "Sydney, Australia", "oc", -33.866667, 151.216667),
      new Region("yyz", "Toronto, Canada", "na", 43.653226, -79.383184));

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.PLATFORM_REGIONS, RouteHandler.sync(call -> SimResponse.json(200, regions())));
    routes.put(SimRoute.PLATFORM_PLACEMENTS, RouteHandler.sync(this::placements));
  }

  private static ObjectNode regions() {
    ObjectNode body = Json.object();
    body.put("nearest", "ord");
    ArrayNode array = body.putArray("regions");
    for (Region region : REGIONS) {
      ObjectNode row = array.addObject();
      row.put("code", region.code());
      row.put("name", region.name());
      row.put("geo_region", region.geo());
      row.put("latitude", region.latitude());
      row.put("longitude", region.longitude());
      row.put("gateway_available", true);
      row.put("requires_paid_plan", false);
      row.put("deprecated", false);
    }
    return body;
  }

  private SimResponse placements(ApiCall call) {
    ObjectNode request = call.json();
    if (Json.text(request, "org_slug") == null) {
      throw ApiError.badRequest("invalid_argument: org_slug is required");
    }
    int count = request.path("count").asInt(0);
    if (count < 0) {
      throw ApiError.badRequest("invalid_argument: count cannot be negative");
    }
    String expression = Json.text(request, "region");
    Set<String> codes = new LinkedHashSet<>();
    for (String part : (expression == null || expression.isBlank() ? "ord,any" : expression).split(",")) {
      String wanted = part.trim().toLowerCase(Locale.ROOT);
      REGIONS.stream().filter(r -> wanted.equals("any") || wanted.equals(r.code()) || wanted.equals(r.geo()))
          .forEach(r -> codes.add(r.code()));
    }
    ObjectNode body = Json.object();
    ArrayNode array = body.putArray("regions");
    for (String code : codes) {
      ObjectNode placement = array.addObject();
      placement.put("region", code);
      placement.put("count", count == 0 ? ORG_LIMIT : count);
      placement.put("concurrency", 0);
    }
    return SimResponse.json(200, body);
  }
}
