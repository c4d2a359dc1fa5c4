package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.state.LeaseManager;
import io.github.flyorchestrator.test.internal.state.SimLease;
import io.github.flyorchestrator.test.internal.state.SimMachine;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Leases with the live wire format, the {@code {"status":"success","data":{...}}} envelope (fly-api.md: the spec's
 * flat Lease schema is wrong about this).
 */
final class LeaseHandlers {

  private final SimulatorState state;
  private final LeaseManager leases;

  LeaseHandlers(SimulatorState state, LeaseManager leases) {
    this.state = state;
    this.leases = leases;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.MACHINES_SHOW_LEASE, RouteHandler.sync(call ->
        SimResponse.json(200, envelope(leases.active(machine(call))))));
    routes.put(SimRoute.MACHINES_CREATE_LEASE, RouteHandler.sync(this::acquire));
    routes.put(SimRoute.MACHINES_RELEASE_LEASE, RouteHandler.sync(call -> {
      leases.release(state.reachableMachine(call.app(), call.id()), call.leaseNonce());
      ObjectNode body = Json.object();
      body.put("status", "success");
      return SimResponse.json(200, body);
    }));
  }

  private SimMachine machine(ApiCall call) {
    return state.machine(call.app(), call.id());
  }

  /**
   * {@code POST .../lease}: the ttl comes from the query ({@code ?ttl=N}, fly-go's form, with no body) or from the
   * JSON body ({@code {ttl, description}}, the docs' form); the query wins when both are given.
   */
  private SimResponse acquire(ApiCall call) {
    ObjectNode body = call.json();
    JsonNode ttl = body.get("ttl");
    Long ttlSeconds = ttl != null && ttl.isNumber() ? ttl.asLong() : null;
    String ttlQuery = call.query("ttl");
    if (ttlQuery != null) {
      try {
        ttlSeconds = Long.parseLong(ttlQuery.trim());
      } catch (NumberFormatException e) {
        throw ApiError.badRequest("invalid_argument: ttl must be a whole number of seconds, was " + ttlQuery);
      }
    }
    SimLease lease = leases.acquireOrRefresh(state.reachableMachine(call.app(), call.id()), call.leaseNonce(),
        ttlSeconds, Json.text(body, "description"));
    return SimResponse.json(201, envelope(lease));
  }

  static ObjectNode envelope(SimLease lease) {
    ObjectNode body = Json.object();
    body.put("status", "success");
    ObjectNode data = body.putObject("data");
    data.put("nonce", lease.nonce());
    data.put("expires_at", lease.expiresAtMillis() / 1000);
    data.put("owner", lease.owner());
    data.put("description", lease.description());
    data.put("version", lease.version());
    return body;
  }
}
