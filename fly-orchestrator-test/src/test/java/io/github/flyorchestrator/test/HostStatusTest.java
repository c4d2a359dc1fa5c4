package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code host_status}: ok for every machine, unreachable with a partial config for one marked so. */
@WithFlyApiSimulator(timeScale = 0.01, rateLimits = false)
class HostStatusTest {

  private static final String CONFIG = "{\"image\":\"nginx:1.27\",\"guest\":{\"cpus\":1,\"memory_mb\":256},"
      + "\"env\":{\"SECRET_ISH\":\"x\"},\"metadata\":{\"fly_process_group\":\"app\"}}";

  FlyApiSimulator simulator;

  private String startedMachine(SimHttp http, String app) {
    String id = http.post("/apps/" + app + "/machines", "{\"config\":" + CONFIG + "}").json().get("id").asString();
    http.awaitState(app, id, "started");
    return id;
  }

  @Test
  void everyMachineAnswersHostStatusOkUntilItsHostIsMarkedUnreachable() {
    SimHttp http = new SimHttp(simulator);
    http.createApp("host-view");
    String lost = startedMachine(http, "host-view");
    String fine = startedMachine(http, "host-view");
    assertThat(http.get("/apps/host-view/machines/" + lost).json().get("host_status").asString()).isEqualTo("ok");

    simulator.hostUnreachable("host-view", lost, true);
    JsonNode machine = http.get("/apps/host-view/machines/" + lost).json();
    assertThat(machine.get("host_status").asString()).isEqualTo("unreachable");
    assertThat(machine.has("config")).isFalse();
    JsonNode partial = machine.get("incomplete_config");
    assertThat(partial.get("image").asString()).isEqualTo("nginx:1.27");
    assertThat(partial.get("guest").get("memory_mb").asInt()).isEqualTo(256);
    assertThat(partial.get("metadata").get("fly_process_group").asString()).isEqualTo("app");
    assertThat(partial.has("env")).isFalse();
    assertThat(machine.get("state").asString()).isEqualTo("started");

    Map<String, String> listed = new java.util.HashMap<>();
    http.get("/apps/host-view/machines").json()
        .forEach(m -> listed.put(m.get("id").asString(), m.get("host_status").asString()));
    assertThat(listed).containsEntry(lost, "unreachable").containsEntry(fine, "ok");
    assertThat(http.get("/apps/host-view/machines/" + fine).json().get("config").get("env")).isNotNull();
    JsonNode summary = http.get("/apps/host-view/machines?summary=true").json();
    summary.forEach(m -> assertThat(m.has("incomplete_config") || m.has("config")).isFalse());

    simulator.hostUnreachable("host-view", lost, false);
    machine = http.get("/apps/host-view/machines/" + lost).json();
    assertThat(machine.get("host_status").asString()).isEqualTo("ok");
    assertThat(machine.has("incomplete_config")).isFalse();
    assertThat(machine.get("config").get("env").get("SECRET_ISH").asString()).isEqualTo("x");
  }

  @Test
  void mutationsAndLeaseChangesOnAnUnreachableHostAnswer503() {
    SimHttp http = new SimHttp(simulator);
    http.createApp("host-mut");
    String id = startedMachine(http, "host-mut");
    String path = "/apps/host-mut/machines/" + id;
    String nonce = http.post(path + "/lease", "{\"ttl\":300}").json().get("data").get("nonce").asString();
    simulator.hostUnreachable("host-mut", id, true);

    List<SimHttp.Resp> refused = List.of(
        http.post(path, "{\"config\":{\"image\":\"nginx:2\"}}", nonce),
        http.post(path + "/stop", "{}", nonce),
        http.post(path + "/start", "", nonce),
        http.post(path + "/restart", "", nonce),
        http.post(path + "/suspend", "", nonce),
        http.post(path + "/cordon", "", nonce),
        http.post(path + "/uncordon", "", nonce),
        http.post(path + "/lease", "{\"ttl\":300}", nonce),
        http.delete(path + "/lease", nonce),
        http.delete(path + "?force=true", nonce));
    refused.forEach(resp -> {
      assertThat(resp.status()).as(resp.body()).isEqualTo(503);
      assertThat(resp.json().get("error").asString())
          .isEqualTo("unable to reach the host of machine " + id + ": host unreachable");
    });
    assertThat(simulator.machineState("host-mut", id)).isEqualTo("started");

    assertThat(http.get(path).status()).isEqualTo(200);
    assertThat(http.get(path + "/events").status()).isEqualTo(200);
    assertThat(http.get(path + "/lease").json().get("data").get("nonce").asString()).isEqualTo(nonce);
    assertThat(http.get(path + "/wait?state=started&timeout=1").status()).isEqualTo(200);

    simulator.hostUnreachable("host-mut", id, false);
    assertThat(http.post(path + "/stop", "{}", nonce).status()).isEqualTo(200);
  }

  @Test
  void onlyAnExistingMachineCanBeMarked() {
    assertThatThrownBy(() -> simulator.hostUnreachable("host-none", "00000000000000", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("00000000000000");
  }
}
