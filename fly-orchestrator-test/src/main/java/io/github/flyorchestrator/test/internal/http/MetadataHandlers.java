package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.state.SimMachine;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Machine metadata ({@code GET|PUT|PATCH .../metadata}, {@code GET|POST|DELETE .../metadata/{key}}) and
 * {@code POST .../signal}, with the spec's answers: metadata writes answer 204, a missing key 404, a
 * {@code machine_version} that is not the current version 412.
 *
 * <p>Choices where no source says more: metadata lives in the config's {@code metadata} and changes in place (no new
 * version, no restart); neither metadata writes nor signals check the lease, because fly-go sends no lease nonce
 * with them ({@code flaps_machines.go}); a signal to a machine that is not {@code started} answers 412, and a
 * started machine's simulated process ignores signals.
 */
final class MetadataHandlers {

  /** The signals the spec's {@code SignalRequest} lists; fly-go's kill sends the number 9 instead. */
  static final Set<String> SIGNALS = Set.of("SIGABRT", "SIGALRM", "SIGFPE", "SIGHUP", "SIGILL", "SIGINT", "SIGKILL",
      "SIGPIPE", "SIGQUIT", "SIGSEGV", "SIGTERM", "SIGTRAP", "SIGUSR1", "SIGUSR2");

  private final SimulatorState state;

  MetadataHandlers(SimulatorState state) {
    this.state = state;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.MACHINES_SHOW_METADATA, RouteHandler.sync(call -> {
      ObjectNode body = Json.object();
      state.machine(call.app(), call.id()).metadata().forEach(body::put);
      return SimResponse.json(200, body);
    }));
    routes.put(SimRoute.MACHINES_GET_METADATA_KEY, RouteHandler.sync(this::value));
    routes.put(SimRoute.MACHINES_UPSERT_METADATA, RouteHandler.sync(this::upsert));
    routes.put(SimRoute.MACHINES_DELETE_METADATA, RouteHandler.sync(call -> {
      state.reachableMachine(call.app(), call.id()).changeMetadata(Map.of(), List.of(call.key()));
      return SimResponse.raw(204, "");
    }));
    routes.put(SimRoute.MACHINES_UPDATE_METADATA, RouteHandler.sync(this::updateMany));
    routes.put(SimRoute.MACHINES_PATCH_METADATA, RouteHandler.sync(this::updateMany));
    routes.put(SimRoute.MACHINES_SIGNAL, RouteHandler.sync(this::signal));
  }

  private SimResponse value(ApiCall call) {
    String value = state.machine(call.app(), call.id()).metadata().get(call.key());
    if (value == null) {
      throw ApiError.notFound("metadata key " + call.key());
    }
    ObjectNode body = Json.object();
    body.put("value", value);
    return SimResponse.json(200, body);
  }

  private SimResponse upsert(ApiCall call) {
    SimMachine machine = state.reachableMachine(call.app(), call.id());
    String value = Json.text(call.json(), "value");
    if (value == null) {
      throw ApiError.badRequest("invalid_argument: value is required and must be a string");
    }
    machine.changeMetadata(Map.of(call.key(), value), List.of());
    return SimResponse.raw(204, "");
  }

  /** {@code PUT|PATCH .../metadata}: null values and empty strings remove keys (the spec's words). */
  private SimResponse updateMany(ApiCall call) {
    SimMachine machine = state.reachableMachine(call.app(), call.id());
    ObjectNode body = call.json();
    JsonNode metadata = body.get("metadata");
    if (metadata == null || !metadata.isObject()) {
      throw ApiError.badRequest("invalid_argument: metadata is required and must be an object");
    }
    Map<String, String> set = new LinkedHashMap<>();
    List<String> remove = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : metadata.properties()) {
      JsonNode value = entry.getValue();
      if (value.isNull() || (value.isString() && value.stringValue().isEmpty())) {
        remove.add(entry.getKey());
      } else if (value.isString()) {
        set.put(entry.getKey(), value.stringValue());
      } else {
        throw ApiError.badRequest("invalid_argument: metadata value of " + entry.getKey() + " must be a string");
      }
    }
    String expectedVersion = Json.text(body, "machine_version");
    synchronized (machine) {
      if (expectedVersion != null && !expectedVersion.equals(machine.version())) {
        throw ApiError.precondition("failed_precondition: machine_version " + expectedVersion
            + " is not the current version " + machine.version());
      }
      machine.changeMetadata(set, remove);
    }
    return SimResponse.raw(204, "");
  }

  private SimResponse signal(ApiCall call) {
    SimMachine machine = state.reachableMachine(call.app(), call.id());
    JsonNode signal = call.json().get("signal");
    boolean number = signal != null && signal.isIntegralNumber() && signal.asInt() > 0 && signal.asInt() < 32;
    boolean name = signal != null && signal.isString() && SIGNALS.contains(signal.stringValue());
    boolean known = number || name;
    if (!known) {
      throw ApiError.badRequest("invalid_argument: signal must be one of " + new TreeSet<>(SIGNALS)
          + " or a signal number");
    }
    String current = machine.state();
    if (!"started".equals(current)) {
      throw ApiError.precondition("unable to signal machine from current state: " + current);
    }
    return SimResponse.raw(200, "");
  }
}
