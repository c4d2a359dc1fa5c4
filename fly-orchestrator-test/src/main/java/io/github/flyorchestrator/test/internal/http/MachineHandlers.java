package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.LeaseManager;
import io.github.flyorchestrator.test.internal.state.MachineTransitions;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimLease;
import io.github.flyorchestrator.test.internal.state.SimMachine;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Machines: create, show, list, update, lifecycle commands, cordon, destroy and events. */
final class MachineHandlers {

  private final SimulatorState state;
  private final MachineTransitions transitions;
  private final LeaseManager leases;
  private final SimulatorClock clock;
  private final MachineView view;
  private final Supplier<ApiVariants> variants;

  MachineHandlers(SimulatorState state, MachineTransitions transitions, LeaseManager leases, SimulatorClock clock,
      MachineView view, Supplier<ApiVariants> variants) {
    this.clock = clock;
    this.view = view;
    this.variants = variants;
    this.state = state;
    this.transitions = transitions;
    this.leases = leases;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.MACHINES_CREATE, RouteHandler.sync(this::create));
    routes.put(SimRoute.MACHINES_SHOW, RouteHandler.sync(c -> SimResponse.json(200, view.render(machine(c), true))));
    routes.put(SimRoute.MACHINES_LIST, RouteHandler.sync(this::list));
    routes.put(SimRoute.MACHINES_UPDATE, RouteHandler.sync(this::update));
    routes.put(SimRoute.MACHINES_START, mutation((app, m, c) ->
        stateChanged(transitions.start(app, m, variants.get().startWhenStarted()))));
    routes.put(SimRoute.MACHINES_STOP, mutation((app, m, c) ->
        stateChanged(transitions.stop(m, variants.get().startWhenStarted()))));
    routes.put(SimRoute.MACHINES_RESTART, mutation((app, m, c) -> ok(() -> transitions.restart(app, m))));
    routes.put(SimRoute.MACHINES_SUSPEND, mutation((app, m, c) -> ok(() -> transitions.suspend(m))));
    routes.put(SimRoute.MACHINES_CORDON, mutation((app, m, c) -> ok(() -> m.cordoned(true))));
    routes.put(SimRoute.MACHINES_UNCORDON, mutation((app, m, c) -> ok(() -> m.cordoned(false))));
    routes.put(SimRoute.MACHINES_DELETE, mutation((app, m, c) ->
        ok(() -> transitions.destroy(app, m, c.queryFlag("force") || c.queryFlag("kill")))));
    routes.put(SimRoute.MACHINES_LIST_EVENTS, RouteHandler.sync(this::events));
  }

  private interface Mutation {
    SimResponse apply(SimApp app, SimMachine machine, ApiCall call);
  }

  private static SimResponse ok(Runnable command) {
    command.run();
    return SimResponse.ok();
  }

  /**
   * The answer of start and stop: fly-go's {@code MachineStartResponse} reads {@code previous_state}; the project's
   * API notes (fly-api.md) also list {@code migrated} and {@code new_host}; a simulated machine never moves host.
   * The spec gives these routes no response schema.
   */
  private static SimResponse stateChanged(String previousState) {
    ObjectNode body = Json.object();
    body.put("ok", true);
    body.put("previous_state", previousState);
    body.put("migrated", false);
    body.put("new_host", "");
    return SimResponse.json(200, body);
  }

  private RouteHandler mutation(Mutation mutation) {
    return RouteHandler.sync(call -> {
      SimApp app = state.app(call.app());
      SimMachine machine = state.reachableMachine(call.app(), call.id());
      if (call.route() != SimRoute.MACHINES_START || !"destroyed".equals(machine.state())) {
        leases.checkMutation(machine, call.leaseNonce(), variants.get().missingLeaseNonce());
      }
      return mutation.apply(app, machine, call);
    });
  }

  private SimMachine machine(ApiCall call) {
    return state.machine(call.app(), call.id());
  }

  private SimResponse create(ApiCall call) {
    SimApp app = state.app(call.app());
    ObjectNode body = call.json();
    JsonNode config = body.get("config");
    if (config == null || !config.isObject()) {
      throw ApiError.badRequest("invalid_argument: config is required");
    }
    SimMachine machine = state.addMachine(app, Json.text(body, "name"), Json.text(body, "region"), config.deepCopy());
    String nonce = null;
    long leaseTtl = body.path("lease_ttl").asLong(0);
    if (leaseTtl > 0) {
      SimLease lease = leases.acquireOrRefresh(machine, null, leaseTtl, "lease_ttl on create");
      nonce = lease.nonce();
    }
    // the answer shows the machine as created: rendered before the launch timer may move it on
    ObjectNode result = view.render(machine, true);
    transitions.launch(app, machine, body.path("skip_launch").asBoolean(false));
    if (nonce != null) {
      result.put("nonce", nonce);
    }
    return SimResponse.json(200, result);
  }

  private SimResponse update(ApiCall call) {
    SimApp app = state.app(call.app());
    SimMachine machine = state.reachableMachine(call.app(), call.id());
    leases.checkMutation(machine, call.leaseNonce(), variants.get().missingLeaseNonce());
    ObjectNode body = call.json();
    JsonNode config = body.get("config");
    if (config != null && !config.isObject()) {
      throw ApiError.badRequest("invalid_argument: config must be an object");
    }
    String currentVersion = Json.text(body, "current_version");
    if (currentVersion != null && !currentVersion.equals(machine.version())) {
      switch (variants.get().currentVersionMismatch()) {
        case REJECTED_400 -> throw ApiError.badRequest(
            "invalid_argument: current_version does not match the machine version");
        case REJECTED_412 -> throw ApiError.precondition(
            "failed_precondition: current_version does not match the machine version");
        case IGNORED -> { }
      }
    }
    // the response shows the machine as the update left it (replacing), even when a short simulated
    // replace time lets the next transition fire before the response is written
    synchronized (machine) {
      transitions.update(app, machine,
          () -> machine.newVersion(config == null ? null : config.deepCopy(), Json.text(body, "name"),
              Json.text(body, "region"), clock.nowMillis()),
          body.path("skip_launch").asBoolean(false));
      return SimResponse.json(200, view.render(machine, true));
    }
  }

  private SimResponse list(ApiCall call) {
    SimApp app = state.app(call.app());
    boolean includeDeleted = call.queryFlag("include_deleted");
    boolean summary = call.queryFlag("summary");
    String region = call.query("region");
    List<String> states = call.queryAll("state");
    ArrayNode array = Json.MAPPER.createArrayNode();
    app.machines().values().stream()
        .filter(m -> includeDeleted || !"destroyed".equals(m.state()))
        .filter(m -> states.isEmpty() || states.contains(m.state()))
        .map(m -> view.render(m, !summary))
        .filter(node -> region == null || region.equals(Json.text(node, "region")))
        .sorted(Comparator.comparing((ObjectNode node) -> Json.text(node, "created_at"))
            .thenComparing(node -> Json.text(node, "id")))
        .forEach(array::add);
    return SimResponse.json(200, array);
  }

  private SimResponse events(ApiCall call) {
    SimMachine machine = machine(call);
    int limit = 20;
    String value = call.query("limit");
    if (value != null) {
      try {
        limit = Math.max(1, Math.min(50, Integer.parseInt(value)));
      } catch (NumberFormatException e) {
        throw ApiError.badRequest("invalid_argument: limit must be an integer");
      }
    }
    return SimResponse.json(200, view.events(machine, limit));
  }
}
