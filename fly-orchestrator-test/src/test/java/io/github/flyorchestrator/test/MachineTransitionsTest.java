package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The simulator's machine state machine ({@code MachineTransitions}) over HTTP, with a tiny time scale so transitions
 * pass quickly.
 */
@WithFlyApiSimulator(timeScale = 0.01, rateLimits = false)
class MachineTransitionsTest {

  FlyApiSimulator simulator;

  private SimHttp http() {
    return new SimHttp(simulator);
  }

  @Test
  void createdMachineStartsAndAppBecomesDeployed() {
    SimHttp http = http();
    http.createApp("life-create");
    assertThat(http.get("/apps/life-create").json().get("status").asString()).isEqualTo("pending");
    JsonNode machine = http.createMachine("life-create", null);
    String id = machine.get("id").asString();
    assertThat(id).matches("[0-9a-f]{14}");
    assertThat(machine.get("state").asString()).isEqualTo("created");
    assertThat(machine.get("region").asString()).isEqualTo("ams");
    assertThat(machine.get("version").asString()).hasSize(26).isEqualTo(machine.get("instance_id").asString());

    JsonNode waited = http.awaitState("life-create", id, "started");
    assertThat(waited.get("ok").asBoolean()).isTrue();
    assertThat(waited.get("state").asString()).isEqualTo("started");
    JsonNode shown = http.get("/apps/life-create/machines/" + id).json();
    assertThat(shown.get("state").asString()).isEqualTo("started");
    assertThat(shown.get("events").get(0).get("status").asString()).isEqualTo("started");
    assertThat(http.get("/apps/life-create").json().get("status").asString()).isEqualTo("deployed");
  }

  @Test
  void configIsEchoedBackExactlyIncludingUnknownFields() {
    SimHttp http = http();
    http.createApp("life-config");
    String config = "{\"image\":\"nginx\",\"x_unknown\":{\"nested\":[1,2,3]},\"env\":{\"A\":\"b\"}}";
    JsonNode machine = http.post("/apps/life-config/machines", "{\"config\":" + config + "}").json();
    assertThat(machine.get("config")).isEqualTo(SimHttp.JSON.readTree(config));
    assertThat(machine.get("region").asString()).isEqualTo("ord");
  }

  @Test
  void stopSuspendAndStartAgain() {
    SimHttp http = http();
    http.createApp("life-stop");
    String id = http.createMachine("life-stop", null).get("id").asString();
    String path = "/apps/life-stop/machines/" + id;
    http.awaitState("life-stop", id, "started");

    assertThat(http.post(path + "/stop", "{\"signal\":\"SIGTERM\"}").status()).isEqualTo(200);
    http.awaitState("life-stop", id, "stopped");
    assertThat(http.post(path + "/suspend", "").status()).isEqualTo(412);
    assertThat(http.post(path + "/start", "").status()).isEqualTo(200);
    http.awaitState("life-stop", id, "started");
    assertThat(http.post(path + "/suspend", "").status()).isEqualTo(200);
    assertThat(http.awaitState("life-stop", id, "suspended").get("state").asString()).isEqualTo("suspended");
    assertThat(http.post(path + "/start", "").status()).isEqualTo(200);
    http.awaitState("life-stop", id, "started");
    assertThat(http.post(path + "/restart", "").status()).isEqualTo(200);
    http.awaitState("life-stop", id, "started");
  }

  @Test
  void startAndStopAnswerWithThePreviousStateAsFlyGoReadsIt() {
    SimHttp http = http();
    http.createApp("life-answer");
    String id = http.createMachine("life-answer", null).get("id").asString();
    String path = "/apps/life-answer/machines/" + id;
    http.awaitState("life-answer", id, "started");

    JsonNode stopped = http.post(path + "/stop", "{}").json();
    assertThat(stopped).isEqualTo(SimHttp.JSON.readTree(
        "{\"ok\":true,\"previous_state\":\"started\",\"migrated\":false,\"new_host\":\"\"}"));
    http.awaitState("life-answer", id, "stopped");
    JsonNode started = http.post(path + "/start", "").json();
    assertThat(started.get("ok").asBoolean()).isTrue();
    assertThat(started.get("previous_state").asString()).isEqualTo("stopped");
    assertThat(started.get("migrated").asBoolean()).isFalse();
    assertThat(started.get("new_host").asString()).isEmpty();
    http.awaitState("life-answer", id, "started");
    assertThat(http.post(path + "/start", "").json().get("previous_state").asString()).isEqualTo("started");
    assertThat(http.post(path + "/restart", "").json()).isEqualTo(SimHttp.JSON.readTree("{\"ok\":true}"));
  }

  @Test
  void updateReplacesWithNewVersionAndSettlesStarted() {
    SimHttp http = http();
    http.createApp("life-update");
    JsonNode created = http.createMachine("life-update", null);
    String id = created.get("id").asString();
    String oldVersion = created.get("version").asString();
    http.awaitState("life-update", id, "started");

    JsonNode updated = http.post("/apps/life-update/machines/" + id, "{\"config\":{\"image\":\"nginx:2\"}}").json();
    String newVersion = updated.get("version").asString();
    assertThat(newVersion).isNotEqualTo(oldVersion).hasSize(26);
    assertThat(updated.get("state").asString()).isEqualTo("replacing");
    assertThat(updated.get("config").get("image").asString()).isEqualTo("nginx:2");

    SimHttp.Resp settled = http.get("/apps/life-update/machines/" + id + "/wait?state=settled&version="
        + newVersion + "&timeout=60");
    assertThat(settled.status()).isEqualTo(200);
    assertThat(settled.json().get("state").asString()).isEqualTo("started");
    assertThat(settled.json().get("version").asString()).isEqualTo(newVersion);

    SimHttp.Resp old = http.get("/apps/life-update/machines/" + id + "/wait?state=started&version="
        + oldVersion + "&timeout=1");
    assertThat(old.status()).isEqualTo(408);
    assertThat(old.json().get("error").asString())
        .isEqualTo("machine failed to reach desired state, started, currently replaced");
  }

  @Test
  void destroyNeedsForceWhileStarted() {
    SimHttp http = http();
    http.createApp("life-destroy");
    String id = http.createMachine("life-destroy", null).get("id").asString();
    http.awaitState("life-destroy", id, "started");
    String path = "/apps/life-destroy/machines/" + id;

    SimHttp.Resp refused = http.delete(path);
    assertThat(refused.status()).isEqualTo(412);
    assertThat(refused.json().get("error").asString()).contains("not currently stopped");
    assertThat(http.delete(path + "?force=true").status()).isEqualTo(200);
    http.awaitState("life-destroy", id, "destroyed");
    assertThat(http.get(path).json().get("state").asString()).isEqualTo("destroyed");
    assertThat(http.get("/apps/life-destroy/machines").json().size()).isZero();
    assertThat(http.get("/apps/life-destroy/machines?include_deleted=true").json().size()).isEqualTo(1);
  }

  @Test
  void stoppedMachineIsDestroyedWithoutForce() {
    SimHttp http = http();
    http.createApp("life-destroy2");
    String id = http.createMachine("life-destroy2", "\"skip_launch\":true").get("id").asString();
    assertThat(http.awaitState("life-destroy2", id, "settled").get("state").asString()).isEqualTo("created");
    assertThat(http.delete("/apps/life-destroy2/machines/" + id).status()).isEqualTo(200);
    http.awaitState("life-destroy2", id, "destroyed");
  }

  @Test
  void failedLaunchEndsFailedAndWaitForStartedExpires() {
    SimHttp http = http();
    http.createApp("life-fail");
    simulator.failLaunches("life-fail", true);
    String id = http.createMachine("life-fail", null).get("id").asString();
    assertThat(http.awaitState("life-fail", id, "failed").get("state").asString()).isEqualTo("failed");
    SimHttp.Resp expired = http.get("/apps/life-fail/machines/" + id + "/wait?state=started&timeout=2");
    assertThat(expired.status()).isEqualTo(408);
    assertThat(expired.json().get("error").asString())
        .isEqualTo("machine failed to reach desired state, started, currently failed");
  }

  @Test
  void slowStartKeepsTheMachineStarting() {
    SimHttp http = http();
    http.createApp("life-slow");
    simulator.slowStart("life-slow", Duration.ofSeconds(600));
    String id = http.createMachine("life-slow", null).get("id").asString();
    SimHttp.Resp expired = http.get("/apps/life-slow/machines/" + id + "/wait?state=started&timeout=5");
    assertThat(expired.status()).isEqualTo(408);
    assertThat(expired.json().get("error").asString()).endsWith("currently starting");
    assertThat(simulator.machineState("life-slow", id)).isEqualTo("starting");
  }

  @Test
  void eventsAreNewestFirstAndLimited() {
    SimHttp http = http();
    http.createApp("life-events");
    String id = http.createMachine("life-events", null).get("id").asString();
    http.awaitState("life-events", id, "started");
    JsonNode events = http.get("/apps/life-events/machines/" + id + "/events").json();
    assertThat(events.size()).isEqualTo(3);
    assertThat(events.get(0).get("status").asString()).isEqualTo("started");
    assertThat(events.get(2).get("type").asString()).isEqualTo("launch");
    assertThat(events.get(0).get("timestamp").asLong()).isGreaterThanOrEqualTo(events.get(2).get("timestamp")
        .asLong());
    assertThat(http.get("/apps/life-events/machines/" + id + "/events?limit=1").json().size()).isEqualTo(1);
  }
}
