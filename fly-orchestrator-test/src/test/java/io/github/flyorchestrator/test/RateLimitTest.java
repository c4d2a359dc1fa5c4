package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * Fly's documented limits on a virtual clock, so no real time passes between requests: bursts pass, the next
 * request gets 429 {@code {"error":...}}, and tokens come back as simulated time passes.
 */
class RateLimitTest {

  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withScheduler(scheduler));
  private final SimHttp http = new SimHttp(simulator);

  @AfterEach
  void stop() {
    simulator.close();
    scheduler.dispose();
  }

  private String machine(String app) {
    http.createApp(app);
    return http.createMachine(app, "\"skip_launch\":true").get("id").asString();
  }

  private List<Integer> statuses(int count, java.util.function.Supplier<SimHttp.Resp> call) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statuses.add(call.get().status());
    }
    return statuses;
  }

  @Test
  void getMachineAllowsBurstsOfTenThen429() {
    String id = machine("rl-get");
    String path = "/apps/rl-get/machines/" + id;
    List<Integer> statuses = statuses(11, () -> http.get(path));
    assertThat(statuses.subList(0, 10)).containsOnly(200);
    SimHttp.Resp limited = http.get(path);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().get("error").asString()).isEqualTo("rate limit exceeded");
    assertThat(limited.header("retry-after")).isNull();
    scheduler.advanceTimeBy(java.time.Duration.ofSeconds(1));
    assertThat(statuses(5, () -> http.get(path))).containsOnly(200);
  }

  @Test
  void certificateChecksAreLimitedPerHostnameAndIpAllocationsPerApp() {
    http.createApp("rl-certs");
    for (String hostname : List.of("a.example.com", "b.example.com")) {
      http.post("/apps/rl-certs/certificates/acme", "{\"hostname\":\"" + hostname + "\"}");
    }
    String check = "/apps/rl-certs/certificates/a.example.com/check";
    assertThat(statuses(4, () -> http.post(check, ""))).containsExactly(200, 200, 200, 429);
    assertThat(http.post("/apps/rl-certs/certificates/b.example.com/check", "").status()).isEqualTo(200);
    String ips = "/apps/rl-certs/ip_assignments";
    assertThat(statuses(4, () -> http.post(ips, "{\"type\":\"v6\"}"))).containsExactly(200, 200, 200, 429);
    assertThat(statuses(4, () -> http.get("/orgs/personal/machines"))).containsExactly(200, 200, 200, 429);
    assertThat(statuses(11, () -> http.get("/platform/regions"))).as("no figure, no limit").containsOnly(200);
  }

  @Test
  void actionsAllowBurstsOfThreePerMachine() {
    String id = machine("rl-action");
    String path = "/apps/rl-action/machines/" + id;
    assertThat(statuses(4, () -> http.post(path + "/cordon", ""))).containsExactly(200, 200, 200, 429);
    // another action on the same machine has its own bucket
    assertThat(http.post(path + "/uncordon", "").status()).isEqualTo(200);
    scheduler.advanceTimeBy(java.time.Duration.ofSeconds(1));
    assertThat(statuses(2, () -> http.post(path + "/cordon", ""))).containsExactly(200, 429);
  }

  @Test
  void waitEventsLeaseMetadataAndSignalCallsAreActionsLimitedPerMachine() {
    String id = machine("rl-machine");
    String other = http.createMachine("rl-machine", "\"skip_launch\":true").get("id").asString();
    String path = "/apps/rl-machine/machines/" + id;
    assertThat(statuses(4, () -> http.get(path + "/wait?state=settled&timeout=1"))).containsExactly(200, 200, 200, 429);
    assertThat(http.get("/apps/rl-machine/machines/" + other + "/wait?state=settled&timeout=1").status())
        .isEqualTo(200);
    assertThat(statuses(4, () -> http.get(path + "/events"))).containsExactly(200, 200, 200, 429);
    assertThat(statuses(4, () -> http.get(path + "/lease"))).containsExactly(404, 404, 404, 429);
    assertThat(statuses(4, () -> http.post(path + "/lease", "{\"ttl\":60}"))).containsExactly(201, 409, 409, 429);
    assertThat(statuses(4, () -> http.delete(path + "/lease", "wrong"))).containsExactly(409, 409, 409, 429);
    assertThat(statuses(4, () -> http.get(path + "/metadata"))).containsExactly(200, 200, 200, 429);
    assertThat(statuses(4, () -> http.post(path + "/signal", "{\"signal\":9}"))).containsExactly(412, 412, 412, 429);
    scheduler.advanceTimeBy(java.time.Duration.ofSeconds(1));
    assertThat(statuses(2, () -> http.get(path + "/wait?state=settled&timeout=1"))).containsExactly(200, 429);
  }

  @Test
  void machineListIsAnActionLimitedPerApp() {
    machine("rl-list");
    http.createApp("rl-list-other");
    assertThat(statuses(4, () -> http.get("/apps/rl-list/machines"))).containsExactly(200, 200, 200, 429);
    assertThat(http.get("/apps/rl-list-other/machines").status()).isEqualTo(200);
    scheduler.advanceTimeBy(java.time.Duration.ofSeconds(1));
    assertThat(statuses(2, () -> http.get("/apps/rl-list/machines"))).containsExactly(200, 429);
  }

  @Test
  void canBeSwitchedOff() {
    String id = machine("rl-off");
    simulator.rateLimitsEnabled(false);
    assertThat(statuses(20, () -> http.get("/apps/rl-off/machines/" + id))).containsOnly(200);
  }

  @Test
  void appDeletionsAreLimitedTo100PerMinute() {
    for (int i = 0; i < 101; i++) {
      http.createApp("rl-del-" + i);
    }
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      statuses.add(http.delete("/apps/rl-del-" + i).status());
    }
    assertThat(statuses.subList(0, 100)).containsOnly(202);
    assertThat(statuses.get(100)).isEqualTo(429);
  }
}
