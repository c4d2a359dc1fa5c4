package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.HealthChecks;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.SimMachine;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Machine JSON as clients see it: the machine's own fields plus what depends on settings of the simulator: the
 * app's health checks, events with or without ids ({@link ApiVariants.EventIds}), and for a machine whose host is
 * unreachable the partial config.
 *
 * <p>Unreachable host: as fly-go's {@code Machine} documents ({@code machine_types.go}: "When host_status isn't ok,
 * the config can't be fully retrieved"; {@code GetConfig()} falls back to {@code IncompleteConfig}) and the spec types
 * it ({@code incomplete_config} is a {@code fly.MachineConfig}, not a flag), the machine answers without
 * {@code config} and with {@code incomplete_config} holding the parts {@link #INCOMPLETE_CONFIG_FIELDS} of it.
 * Which parts the real API can rebuild is not documented; these are the ones clients read (image, size, metadata).
 */
final class MachineView {

  /** The config fields an unreachable host's machine still shows in {@code incomplete_config}. */
  static final List<String> INCOMPLETE_CONFIG_FIELDS = List.of("image", "guest", "metadata");
  static final String PASSING_OUTPUT = "HTTP GET http://localhost:8080/: 200 OK";
  static final String CRITICAL_OUTPUT = "HTTP GET http://localhost:8080/: connect: connection refused";

  private final SimulatorState state;
  private final SimulatorClock clock;
  private final Supplier<ApiVariants> variants;

  MachineView(SimulatorState state, SimulatorClock clock, Supplier<ApiVariants> variants) {
    this.state = state;
    this.clock = clock;
    this.variants = variants;
  }

  /**
   * @param machine the machine
   * @param limit at most this many
   * @return its events, newest first, with or without ids as the variants say
   */
  ArrayNode events(SimMachine machine, int limit) {
    return withoutIdsIfAsked(machine.eventsJson(limit));
  }

  private ArrayNode withoutIdsIfAsked(ArrayNode events) {
    if (variants.get().eventIds() == ApiVariants.EventIds.WITHOUT_IDS) {
      events.forEach(event -> ((ObjectNode) event).remove("id"));
    }
    return events;
  }

  /**
   * @param machine the machine
   * @param includeConfig whether to include the config
   * @return the Machine JSON
   */
  ObjectNode render(SimMachine machine, boolean includeConfig) {
    ObjectNode node = machine.toJson(includeConfig);
    withoutIdsIfAsked((ArrayNode) node.get("events"));
    HealthChecks checks = state.healthChecks(machine.appName());
    if (!checks.isNone()) {
      node.set("checks", checks(checks, machine));
    }
    if ("unreachable".equals(Json.text(node, "host_status")) && node.get("config") instanceof ObjectNode config) {
      node.remove("config");
      ObjectNode partial = node.putObject("incomplete_config");
      INCOMPLETE_CONFIG_FIELDS.stream().filter(config::has).forEach(field -> partial.set(field, config.get(field)));
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
