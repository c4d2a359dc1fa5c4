package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.IpAllocator;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.util.Comparator;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * IP assignments ({@code /apps/{app}/ip_assignments}) with fly-go's types: {@code shared_v4} (the one shared address,
 * {@link IpAllocator#SHARED_V4}, for every app), {@code v4} (dedicated), {@code v6} and {@code private_v6} (Flycast,
 * with its {@code network}), each a distinct address. An app asking for a second shared IPv4 gets its existing one.
 * Release answers 204, or 404 for an address the app does not have. The egress types are refused with 400.
 */
final class IpAssignmentHandlers {

  private final SimulatorState state;
  private final SimulatorClock clock;

  IpAssignmentHandlers(SimulatorState state, SimulatorClock clock) {
    this.state = state;
    this.clock = clock;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.IP_ASSIGNMENTS_LIST, RouteHandler.sync(this::list));
    routes.put(SimRoute.IP_ASSIGNMENTS_CREATE, RouteHandler.sync(this::allocate));
    routes.put(SimRoute.IP_ASSIGNMENTS_DELETE, RouteHandler.sync(this::release));
  }

  private SimResponse list(ApiCall call) {
    ObjectNode body = Json.object();
    ArrayNode ips = body.putArray("ips");
    state.app(call.app()).ips().values().stream()
        .sorted(Comparator.comparing((ObjectNode ip) -> Json.text(ip, "created_at")).thenComparing(ip -> Json.text(ip,
            "ip")))
        .forEach(ip -> ips.add(ip.deepCopy()));
    return SimResponse.json(200, body);
  }

  private SimResponse allocate(ApiCall call) {
    SimApp app = state.app(call.app());
    ObjectNode body = call.json();
    String type = Json.text(body, "type");
    IpAllocator allocator = state.ipAllocator();
    String address = switch (type == null ? "" : type) {
      case "shared_v4" -> IpAllocator.SHARED_V4;
      case "v4" -> allocator.dedicatedV4();
      case "v6" -> allocator.publicV6();
      case "private_v6" -> allocator.privateV6();
      case "" -> throw ApiError.badRequest("invalid_argument: type is required");
      default -> throw ApiError.badRequest("invalid_argument: unsupported IP type " + type
          + "; one of shared_v4, v4, v6, private_v6");
    };
    ObjectNode ip = Json.object();
    ip.put("ip", address);
    String region = Json.text(body, "region");
    ip.put("region", region == null || region.isBlank() ? "global" : region);
    String service = Json.text(body, "service_name");
    ip.put("service_name", service == null ? "" : service);
    ip.put("shared", "shared_v4".equals(type));
    ip.put("created_at", clock.now().toString());
    if ("private_v6".equals(type)) {
      ObjectNode network = ip.putObject("network");
      String name = Json.text(body, "network");
      network.put("name", name == null ? "" : name);
      String org = Json.text(body, "org_slug");
      network.put("org_slug", org == null ? app.orgSlug() : org);
    }
    ObjectNode kept = app.ips().putIfAbsent(address, ip);
    return SimResponse.json(200, (kept == null ? ip : kept).deepCopy());
  }

  private SimResponse release(ApiCall call) {
    if (state.app(call.app()).ips().remove(call.id()) == null) {
      throw ApiError.notFound("ip assignment");
    }
    return SimResponse.raw(204, "");
  }
}
