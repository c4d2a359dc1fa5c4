package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.SimMachine;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import io.github.flyorchestrator.test.internal.state.WaitCondition;
import io.github.flyorchestrator.test.internal.state.WaitVerdict;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET .../wait}: a non-blocking long poll. Each wait is a {@link Sinks.One} registered on the machine and
 * completed by the transition that satisfies it, with a timeout on the simulator scheduler.
 *
 * <p>Choices where the facts leave room: no {@code state} means {@code started} (fly-go's default); a
 * {@code version}/{@code instance_id} the machine never had answers 400; a wait on an older version can only
 * expire (408 "currently replaced"), because that version was replaced. Under
 * {@link ApiVariants.EventIds#WITHOUT_IDS} {@code from_event_id} is ignored and answers carry no {@code event_id}.
 */
final class WaitHandler implements RouteHandler {

  static final String TIMEOUT_RANGE_ERROR =
      "invalid_argument: invalid WaitMachineRequest.Timeout: value must be inside range [1s, 1m0s]";

  private final SimulatorState state;
  private final SimulatorClock clock;
  private final Supplier<ApiVariants> variants;

  WaitHandler(SimulatorState state, SimulatorClock clock, Supplier<ApiVariants> variants) {
    this.state = state;
    this.clock = clock;
    this.variants = variants;
  }

  @Override
  public Mono<SimResponse> handle(ApiCall call) {
    int timeoutSeconds = timeoutSeconds(call.query("timeout"));
    Set<String> states = new LinkedHashSet<>(call.queryAll("state"));
    if (states.isEmpty()) {
      states.add("started");
    }
    for (String s : states) {
      if (!WaitCondition.ALLOWED.contains(s)) {
        throw ApiError.badRequest("invalid_argument: invalid WaitMachineRequest.State: " + s);
      }
    }
    SimMachine machine = state.machine(call.app(), call.id());
    String version = call.query("version") != null ? call.query("version") : call.query("instance_id");
    if (version != null && !machine.knowsVersion(version)) {
      throw ApiError.badRequest("invalid_argument: unknown machine version " + version);
    }
    boolean withIds = variants.get().eventIds() == ApiVariants.EventIds.WITH_IDS;
    WaitCondition condition = new WaitCondition(states, version, withIds ? call.query("from_event_id") : null);
    Sinks.One<WaitVerdict> sink = Sinks.one();
    // the expiry timer is scheduled before the waiter is registered, so a registered wait always has its timer
    Mono<Void> expiry = clock.timer(clock.toReal(Duration.ofSeconds(timeoutSeconds)));
    machine.addWaiter(condition, sink);
    Mono<SimResponse> expired = expiry.then(Mono.fromSupplier(() -> {
      machine.removeWaiter(sink);
      return expired(machine, condition);
    }));
    return Mono.firstWithSignal(sink.asMono().map(verdict -> answer(verdict, withIds)), expired)
        .doOnCancel(() -> machine.removeWaiter(sink));
  }

  private static SimResponse answer(WaitVerdict verdict, boolean withIds) {
    if (verdict.gone()) {
      throw ApiError.notFound("machine");
    }
    ObjectNode body = Json.object();
    body.put("ok", true);
    body.put("state", verdict.state());
    body.put("version", verdict.version());
    if (withIds && verdict.eventId() != null) {
      body.put("event_id", verdict.eventId());
    }
    return SimResponse.json(200, body);
  }

  private static SimResponse expired(SimMachine machine, WaitCondition condition) {
    String current = condition.version() != null && !condition.version().equals(machine.version())
        ? "replaced" : machine.state();
    ObjectNode body = Json.object();
    body.put("error", "machine failed to reach desired state, " + condition.describe() + ", currently " + current);
    return SimResponse.json(408, body);
  }

  private static int timeoutSeconds(String value) {
    if (value == null || value.isBlank()) {
      return 60;
    }
    String digits = value.endsWith("s") ? value.substring(0, value.length() - 1) : value;
    int seconds;
    try {
      seconds = Integer.parseInt(digits.trim());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("invalid_argument: invalid WaitMachineRequest.Timeout: " + value);
    }
    if (seconds < 1 || seconds > 60) {
      throw ApiError.badRequest(TIMEOUT_RANGE_ERROR);
    }
    return seconds;
  }
}
