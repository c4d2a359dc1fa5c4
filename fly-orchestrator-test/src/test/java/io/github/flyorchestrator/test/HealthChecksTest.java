package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;

/**
 * Health checks per app on a virtual clock: machines show {@code checks} that pass after a delay, never pass or
 * flap, and start over as critical each time the machine becomes started.
 */
class HealthChecksTest {

  /** Launch (50 ms) plus start (200 ms) with the default timings. */
  private static final Duration UNTIL_STARTED = Duration.ofMillis(250);

  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults()
      .withScheduler(scheduler).withRateLimits(false));
  private final SimHttp http = new SimHttp(simulator);

  @AfterEach
  void stop() {
    simulator.close();
    scheduler.dispose();
  }

  private String startedMachine(String app) {
    http.createApp(app);
    String id = http.createMachine(app, null).get("id").asString();
    scheduler.advanceTimeBy(UNTIL_STARTED);
    assertThat(simulator.machineState(app, id)).isEqualTo("started");
    return id;
  }

  private JsonNode machine(String app, String id) {
    return http.get("/apps/" + app + "/machines/" + id).json();
  }

  private JsonNode check(String app, String id) {
    JsonNode checks = machine(app, id).get("checks");
    assertThat(checks.size()).isEqualTo(1);
    return checks.get(0);
  }

  private String status(String app, String id) {
    return check(app, id).get("status").asString();
  }

  @Test
  void machinesHaveNoChecksByDefault() {
    String id = startedMachine("hc-none");
    assertThat(machine("hc-none", id).has("checks")).isFalse();
    assertThat(http.get("/apps/hc-none/machines").json().get(0).has("checks")).isFalse();
  }

  @Test
  void passingAfterIsCriticalUntilTheDelayHasPassedSinceTheMachineStarted() {
    simulator.healthChecks("hc-delay", HealthChecks.passingAfter(Duration.ofSeconds(10)));
    String id = startedMachine("hc-delay");
    JsonNode critical = check("hc-delay", id);
    assertThat(critical.get("name").asString()).isEqualTo(HealthChecks.DEFAULT_NAME);
    assertThat(critical.get("status").asString()).isEqualTo("critical");
    assertThat(critical.get("output").asString()).contains("connection refused");
    Instant startedAt = Instant.parse(critical.get("updated_at").asString());

    scheduler.advanceTimeBy(Duration.ofMillis(9_999));
    assertThat(status("hc-delay", id)).isEqualTo("critical");
    scheduler.advanceTimeBy(Duration.ofMillis(1));
    JsonNode passing = check("hc-delay", id);
    assertThat(passing.get("status").asString()).isEqualTo("passing");
    assertThat(passing.get("output").asString()).contains("200 OK");
    assertThat(Instant.parse(passing.get("updated_at").asString())).isEqualTo(startedAt.plusSeconds(10));
    assertThat(http.get("/apps/hc-delay/machines").json().get(0).get("checks").get(0).get("status").asString())
        .isEqualTo("passing");
  }

  @Test
  void checksStartOverAsCriticalAfterARestart() {
    simulator.healthChecks("hc-restart", HealthChecks.passingAfter(Duration.ofSeconds(5)));
    String id = startedMachine("hc-restart");
    scheduler.advanceTimeBy(Duration.ofSeconds(5));
    assertThat(status("hc-restart", id)).isEqualTo("passing");

    assertThat(http.post("/apps/hc-restart/machines/" + id + "/restart", "").status()).isEqualTo(200);
    JsonNode restarting = check("hc-restart", id);
    assertThat(restarting.get("status").asString()).isEqualTo("critical");
    assertThat(restarting.get("output").asString()).isEqualTo("machine is restarting");
    scheduler.advanceTimeBy(Duration.ofMillis(200));
    assertThat(simulator.machineState("hc-restart", id)).isEqualTo("started");
    assertThat(status("hc-restart", id)).isEqualTo("critical");
    scheduler.advanceTimeBy(Duration.ofSeconds(5));
    assertThat(status("hc-restart", id)).isEqualTo("passing");
  }

  @Test
  void checksStartOverAsCriticalAfterAnUpdateAndAfterStopAndStart() {
    simulator.healthChecks("hc-update", HealthChecks.passingAfter(Duration.ofSeconds(5)));
    String id = startedMachine("hc-update");
    String path = "/apps/hc-update/machines/" + id;
    scheduler.advanceTimeBy(Duration.ofSeconds(5));
    http.post(path, "{\"config\":{\"image\":\"nginx:2\"}}");
    scheduler.advanceTimeBy(Duration.ofMillis(400));
    assertThat(simulator.machineState("hc-update", id)).isEqualTo("started");
    assertThat(status("hc-update", id)).isEqualTo("critical");
    scheduler.advanceTimeBy(Duration.ofSeconds(5));
    assertThat(status("hc-update", id)).isEqualTo("passing");

    http.post(path + "/stop", "{}");
    scheduler.advanceTimeBy(Duration.ofMillis(100));
    assertThat(check("hc-update", id).get("output").asString()).isEqualTo("machine is stopped");
    http.post(path + "/start", "");
    scheduler.advanceTimeBy(Duration.ofMillis(200));
    assertThat(status("hc-update", id)).isEqualTo("critical");
  }

  @Test
  void neverPassingStaysCriticalWithEveryNamedCheck() {
    simulator.healthChecks("hc-never", HealthChecks.neverPassing().named("alive", "ready"));
    String id = startedMachine("hc-never");
    scheduler.advanceTimeBy(Duration.ofHours(1));
    JsonNode checks = machine("hc-never", id).get("checks");
    assertThat(checks.findValuesAsString("name")).containsExactly("alive", "ready");
    assertThat(checks.findValuesAsString("status")).containsOnly("critical");
  }

  @Test
  void flappingAlternatesEveryPeriodStartingWithPassing() {
    simulator.healthChecks("hc-flap", HealthChecks.flapping(Duration.ofSeconds(3)));
    String id = startedMachine("hc-flap");
    assertThat(status("hc-flap", id)).isEqualTo("passing");
    scheduler.advanceTimeBy(Duration.ofSeconds(3));
    assertThat(status("hc-flap", id)).isEqualTo("critical");
    scheduler.advanceTimeBy(Duration.ofSeconds(3));
    assertThat(status("hc-flap", id)).isEqualTo("passing");
    scheduler.advanceTimeBy(Duration.ofSeconds(4));
    assertThat(status("hc-flap", id)).isEqualTo("critical");
  }

  @Test
  void checksCanBeSwitchedOffAgain() {
    simulator.healthChecks("hc-off", HealthChecks.neverPassing());
    String id = startedMachine("hc-off");
    assertThat(machine("hc-off", id).has("checks")).isTrue();
    simulator.healthChecks("hc-off", HealthChecks.none());
    assertThat(machine("hc-off", id).has("checks")).isFalse();
  }

  @Test
  void delaysScaleWithTheTimeScale() {
    VirtualTimeScheduler scaled = VirtualTimeScheduler.create();
    try (FlyApiSimulator fast = FlyApiSimulator.start(SimulatorOptions.defaults().withScheduler(scaled)
        .withTimeScale(0.01).withRateLimits(false))) {
      SimHttp client = new SimHttp(fast);
      fast.healthChecks("hc-scaled", HealthChecks.passingAfter(Duration.ofSeconds(60)));
      client.createApp("hc-scaled");
      String path = "/apps/hc-scaled/machines/" + client.createMachine("hc-scaled", null).get("id").asString();
      scaled.advanceTimeBy(Duration.ofMillis(3));
      assertThat(client.get(path).json().get("checks").get(0).get("status").asString()).isEqualTo("critical");
      scaled.advanceTimeBy(Duration.ofMillis(600));
      assertThat(client.get(path).json().get("checks").get(0).get("status").asString()).isEqualTo("passing");
    } finally {
      scaled.dispose();
    }
  }

  @Test
  void invalidSettingsAreRefused() {
    assertThatThrownBy(() -> HealthChecks.passingAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HealthChecks.flapping(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HealthChecks.none().named("x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> HealthChecks.neverPassing().named()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describesItselfInWords() {
    assertThat(HealthChecks.passingAfter(Duration.ofSeconds(90)).named("alive"))
        .hasToString("HealthChecks[passing after 1m30s [alive]]")
        .isEqualTo(HealthChecks.passingAfter(Duration.ofSeconds(90)).named("alive"));
    assertThat(HealthChecks.flapping(Duration.ofMillis(500))).hasToString("HealthChecks[flapping every 500ms [http]]");
    assertThat(HealthChecks.none()).hasToString("HealthChecks[none]");
  }
}
