package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.HealthChecks;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.SimMachine;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Machine JSON as clients see it: the machine's own fields plus what depends on settings of the simulator, the
 * app's health checks.
 */
final class MachineView {

  static final String PASSING_OUTPUT = "HTTP GET http://localhost:8080/: 200 OK";
  static final String CRITICAL_OUTPUT = "HTTP GET http://localhost:8080/: connect: connection refused";

  private final SimulatorState state;
  private final SimulatorClock clock;

  MachineView(SimulatorState state, SimulatorClock clock) {
    this.state = state;
    this.clock = clock;
  }

  /**
   * @param machine the machine
   * @param includeConfig whether to include the config
   * @return the Machine JSON
   */
  ObjectNode render(SimMachine machine, boolean includeConfig) {
    ObjectNode node = machine.toJson(includeConfig);
    HealthChecks checks = state.healthChecks(machine.appName());
    if (!checks.isNone()) {
      node.set("checks", checks(checks, machine));
    }
    return node;
  }

  private ArrayNode checks(HealthChecks checks, SimMachine machine) {
    long now = clock.nowMillis();
    boolean started = "started".equals(machine.state());
    long startedAt = machine.startedAtMillis();
    Duration sinceStarted = Duration.ofMillis(Math.max(0, now - startedAt));
    boolean passing = started && checks.passingAt(sinceStarted);
    long updatedAt = started ? startedAt + checks.changedAt(sinceStarted).toMillis() : machine.updatedAtMillis();
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (String name : checks.names()) {
      ObjectNode check = array.addObject();
      check.put("name", name);
      check.put("status", passing ? "passing" : "critical");
      check.put("output", passing ? PASSING_OUTPUT : started ? CRITICAL_OUTPUT : "machine is " + machine.state());
      check.put("updated_at", Instant.ofEpochMilli(updatedAt).toString());
    }
    return array;
  }
}
