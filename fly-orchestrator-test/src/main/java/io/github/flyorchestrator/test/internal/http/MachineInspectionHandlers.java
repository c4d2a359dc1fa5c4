package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ExecAnswer;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimMachine;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Looking into a machine: {@code exec} (the app's {@link ExecAnswer} answer, {@link ExecAnswer#echo} by default),
 * {@code ps} (init and the image's process while started, nothing otherwise), {@code versions} (every config version
 * the machine ran, newest first) and {@code memory} (get, set the limit, reclaim). {@code exec} and the memory
 * routes need a started machine: otherwise 412 {@code failed_precondition: machine <id> is <state>, not started}.
 */
final class MachineInspectionHandlers {

  private static final int DEFAULT_MEMORY_MB = 256;

  private final SimulatorState state;

  MachineInspectionHandlers(SimulatorState state) {
    this.state = state;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.MACHINES_EXEC, RouteHandler.sync(this::exec));
    routes.put(SimRoute.MACHINES_PS, RouteHandler.sync(this::ps));
    routes.put(SimRoute.MACHINES_VERSIONS, RouteHandler.sync(this::versions));
    routes.put(SimRoute.MACHINES_GET_MEMORY, RouteHandler.sync(call -> memory(call, null)));
    routes.put(SimRoute.MACHINES_SET_MEMORY_LIMIT, RouteHandler.sync(this::setMemoryLimit));
    routes.put(SimRoute.MACHINES_RECLAIM_MEMORY, RouteHandler.sync(this::reclaim));
  }

  private SimMachine started(ApiCall call) {
    SimMachine machine = state.reachableMachine(call.app(), call.id());
    String current = machine.state();
    if (!"started".equals(current)) {
      throw ApiError.precondition("failed_precondition: machine " + machine.id() + " is " + current
          + ", not started");
    }
    return machine;
  }

  private SimResponse exec(ApiCall call) {
    started(call);
    ObjectNode body = call.json();
    List<String> command = new ArrayList<>();
    JsonNode array = body.get("command");
    if (array != null && array.isArray()) {
      array.forEach(word -> command.add(word.asString()));
    } else if (Json.text(body, "cmd") != null) {
      command.addAll(List.of(Json.text(body, "cmd").trim().split("\\s+")));
    }
    if (command.isEmpty() || command.get(0).isBlank()) {
      throw ApiError.badRequest("invalid_argument: command is required");
    }
    ExecAnswer result = state.settings().exec(call.app(), List.copyOf(command));
    ObjectNode answer = Json.object();
    answer.put("exit_code", result.exitCode());
    answer.put("stdout", result.stdout());
    answer.put("stderr", result.stderr());
    return SimResponse.json(200, answer);
  }

  private SimResponse ps(ApiCall call) {
    SimMachine machine = state.reachableMachine(call.app(), call.id());
    ArrayNode processes = Json.MAPPER.createArrayNode();
    if ("started".equals(machine.state())) {
      processes.add(process(1, "/.fly/init", "/", 12_000_000));
      String image = Json.text(machine.toJson(true).path("config"), "image");
      ObjectNode main = process(713, image == null ? "app" : image, "/app", 48_000_000);
      ObjectNode socket = main.putArray("listen_sockets").addObject();
      socket.put("address", "0.0.0.0:8080");
      socket.put("proto", "tcp");
      processes.add(main);
    }
    return SimResponse.json(200, processes);
  }

  private static ObjectNode process(int pid, String command, String directory, long rss) {
    ObjectNode process = Json.object();
    process.put("pid", pid);
    process.put("command", command);
    process.put("directory", directory);
    process.put("cpu", 0);
    process.put("rss", rss);
    process.put("rtime", 0);
    process.put("stime", 0);
    return process;
  }

  private SimResponse versions(ApiCall call) {
    SimMachine machine = state.machine(call.app(), call.id());
    List<Map.Entry<String, JsonNode>> versions = new ArrayList<>(machine.versions().entrySet());
    Collections.reverse(versions);
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (Map.Entry<String, JsonNode> version : versions) {
      ObjectNode node = array.addObject();
      node.put("version", version.getKey());
      node.set("user_config", version.getValue() == null ? Json.object() : version.getValue());
    }
    return SimResponse.json(200, array);
  }

  private static int guestMemory(SimMachine machine) {
    return machine.toJson(true).path("config").path("guest").path("memory_mb").asInt(DEFAULT_MEMORY_MB);
  }

  private SimResponse memory(ApiCall call, Integer newLimit) {
    SimMachine machine = started(call);
    SimApp app = state.app(call.app());
    if (newLimit != null) {
      app.memoryLimits().put(machine.id(), newLimit);
    }
    int limit = app.memoryLimits().getOrDefault(machine.id(), guestMemory(machine));
    ObjectNode answer = Json.object();
    answer.put("limit_mb", limit);
    answer.put("available_mb", limit / 2);
    return SimResponse.json(200, answer);
  }

  private SimResponse setMemoryLimit(ApiCall call) {
    int limit = call.json().path("limit_mb").asInt(0);
    SimMachine machine = state.reachableMachine(call.app(), call.id());
    int guest = guestMemory(machine);
    if (limit < 1 || limit > guest) {
      throw ApiError.badRequest("invalid_argument: limit_mb must be from 1 to the machine's " + guest + " MB");
    }
    return memory(call, limit);
  }

  private SimResponse reclaim(ApiCall call) {
    int amount = call.json().path("amount_mb").asInt(0);
    if (amount < 1) {
      throw ApiError.badRequest("invalid_argument: amount_mb must be at least 1");
    }
    SimMachine machine = started(call);
    int limit = state.app(call.app()).memoryLimits().getOrDefault(machine.id(), guestMemory(machine));
    ObjectNode answer = Json.object();
    answer.put("actual_mb", Math.min(amount, limit / 2));
    return SimResponse.json(200, answer);
  }
}
