package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@link Fault#afterEffect(int)}: the request takes effect, yet the client sees 408 or 503. Each test injects the
 * fault on one mutating route and then reads the state to show that the change happened.
 */
@WithFlyApiSimulator(timeScale = 0.01, rateLimits = false)
class AfterEffectFaultTest {

  FlyApiSimulator simulator;

  private SimHttp http() {
    return new SimHttp(simulator);
  }

  private String startedMachine(SimHttp http, String app) {
    http.createApp(app);
    String id = http.createMachine(app, null).get("id").asString();
    http.awaitState(app, id, "started");
    return id;
  }

  private void inject(SimRoute route, String app, int status) {
    simulator.faults().nextForApp(route, app, 1, Fault.afterEffect(status));
  }

  private static void assertAmbiguous(SimHttp.Resp resp, int status, String text) {
    assertThat(resp.status()).isEqualTo(status);
    assertThat(resp.json().get("error").asString()).isEqualTo(text);
    assertThat(resp.json().get("status").asString()).isEqualTo("unknown");
    assertThat(resp.header("fly-request-id")).isNotBlank();
  }

  @Test
  void anAppCreateAnsweredWith408ExistsAfterwards() {
    SimHttp http = http();
    inject(SimRoute.APPS_CREATE, "ae-app", 408);
    assertAmbiguous(http.post("/apps", "{\"name\":\"ae-app\",\"org_slug\":\"personal\"}"), 408,
        "request timed out");
    assertThat(http.get("/apps/ae-app").status()).isEqualTo(200);
  }

  @Test
  void aMachineCreateAnsweredWith503IsListedAndStarts() {
    SimHttp http = http();
    http.createApp("ae-create");
    inject(SimRoute.MACHINES_CREATE, "ae-create", 503);
    assertAmbiguous(http.post("/apps/ae-create/machines", "{\"config\":{\"image\":\"nginx\"}}"), 503,
        "service unavailable");
    JsonNode machines = http.get("/apps/ae-create/machines").json();
    assertThat(machines.size()).isEqualTo(1);
    http.awaitState("ae-create", machines.get(0).get("id").asString(), "started");
  }

  @Test
  void anUpdateAnsweredWith408MadeANewVersion() {
    SimHttp http = http();
    String id = startedMachine(http, "ae-update");
    String path = "/apps/ae-update/machines/" + id;
    String before = http.get(path).json().get("version").asString();
    inject(SimRoute.MACHINES_UPDATE, "ae-update", 408);
    assertAmbiguous(http.post(path, "{\"config\":{\"image\":\"nginx:2\"}}"), 408, "request timed out");
    JsonNode after = http.get(path).json();
    assertThat(after.get("version").asString()).isNotEqualTo(before);
    assertThat(after.get("config").get("image").asString()).isEqualTo("nginx:2");
  }

  @Test
  void stopStartRestartAndSuspendAnsweredWithErrorsStillHappen() {
    SimHttp http = http();
    String id = startedMachine(http, "ae-life");
    String path = "/apps/ae-life/machines/" + id;
    inject(SimRoute.MACHINES_STOP, "ae-life", 503);
    assertThat(http.post(path + "/stop", "{}").status()).isEqualTo(503);
    http.awaitState("ae-life", id, "stopped");
    inject(SimRoute.MACHINES_START, "ae-life", 408);
    assertThat(http.post(path + "/start", "").status()).isEqualTo(408);
    http.awaitState("ae-life", id, "started");
    assertThat(http.get(path).json().get("events").findValuesAsString("type")).doesNotContain("restart");
    inject(SimRoute.MACHINES_RESTART, "ae-life", 408);
    assertThat(http.post(path + "/restart", "").status()).isEqualTo(408);
    assertThat(http.get(path).json().get("events").findValuesAsString("type")).contains("restart");
    http.awaitState("ae-life", id, "started");
    inject(SimRoute.MACHINES_SUSPEND, "ae-life", 503);
    assertThat(http.post(path + "/suspend", "").status()).isEqualTo(503);
    http.awaitState("ae-life", id, "suspended");
  }

  @Test
  void aDestroyAnsweredWith408DestroysTheMachine() {
    SimHttp http = http();
    String id = startedMachine(http, "ae-destroy");
    inject(SimRoute.MACHINES_DELETE, "ae-destroy", 408);
    assertThat(http.delete("/apps/ae-destroy/machines/" + id + "?force=true").status()).isEqualTo(408);
    http.awaitState("ae-destroy", id, "destroyed");
  }

  @Test
  void cordonAndUncordonAnsweredWithErrorsStillApply() {
    SimHttp http = http();
    String id = startedMachine(http, "ae-cordon");
    String path = "/apps/ae-cordon/machines/" + id;
    inject(SimRoute.MACHINES_CORDON, "ae-cordon", 503);
    assertThat(http.post(path + "/cordon", "").status()).isEqualTo(503);
    assertThat(http.get(path).json().get("cordoned").asBoolean()).isTrue();
    inject(SimRoute.MACHINES_UNCORDON, "ae-cordon", 503);
    assertThat(http.post(path + "/uncordon", "").status()).isEqualTo(503);
    assertThat(http.get(path).json().get("cordoned").asBoolean()).isFalse();
  }

  @Test
  void leaseAcquireRefreshAndReleaseAnsweredWithErrorsStillApply() {
    SimHttp http = http();
    String id = startedMachine(http, "ae-lease");
    String lease = "/apps/ae-lease/machines/" + id + "/lease";
    inject(SimRoute.MACHINES_CREATE_LEASE, "ae-lease", 408);
    assertThat(http.post(lease, "{\"ttl\":30}").status()).isEqualTo(408);
    JsonNode held = http.get(lease).json().get("data");
    String nonce = held.get("nonce").asString();
    assertThat(http.post(lease, "{\"ttl\":30}").status()).as("someone holds the lease").isEqualTo(409);

    inject(SimRoute.MACHINES_CREATE_LEASE, "ae-lease", 503);
    assertThat(http.post(lease, "{\"ttl\":3000}", nonce).status()).isEqualTo(503);
    assertThat(http.get(lease).json().get("data").get("expires_at").asLong())
        .isGreaterThan(held.get("expires_at").asLong());

    inject(SimRoute.MACHINES_RELEASE_LEASE, "ae-lease", 408);
    assertThat(http.delete(lease, nonce).status()).isEqualTo(408);
    assertThat(http.get(lease).status()).isEqualTo(404);
  }

  @Test
  void volumeAndSecretWritesAnsweredWithErrorsStillApply() {
    SimHttp http = http();
    http.createApp("ae-data");
    inject(SimRoute.VOLUMES_CREATE, "ae-data", 503);
    assertThat(http.post("/apps/ae-data/volumes", "{\"name\":\"data\",\"size_gb\":1}").status()).isEqualTo(503);
    assertThat(http.get("/apps/ae-data/volumes").json().size()).isEqualTo(1);
    inject(SimRoute.SECRET_CREATE, "ae-data", 408);
    assertThat(http.post("/apps/ae-data/secrets/KEY", "{\"value\":\"v\"}").status()).isEqualTo(408);
    assertThat(http.get("/apps/ae-data/secrets/KEY").status()).isEqualTo(200);
    inject(SimRoute.SECRETS_UPDATE, "ae-data", 503);
    assertThat(http.post("/apps/ae-data/secrets", "{\"values\":{\"KEY\":null}}").status()).isEqualTo(503);
    assertThat(http.get("/apps/ae-data/secrets/KEY").status()).isEqualTo(404);
  }

  @Test
  void anErrorAnswerIsSentAsItIsBecauseNothingTookEffect() {
    SimHttp http = http();
    http.createApp("ae-refused");
    String id = http.createMachine("ae-refused", "\"skip_launch\":true").get("id").asString();
    inject(SimRoute.MACHINES_SUSPEND, "ae-refused", 408);
    SimHttp.Resp refused = http.post("/apps/ae-refused/machines/" + id + "/suspend", "");
    assertThat(refused.status()).isEqualTo(412);
    assertThat(refused.json().get("error").asString()).startsWith("unable to suspend machine");
    assertThat(simulator.faults().pending(SimRoute.MACHINES_SUSPEND, "ae-refused")).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 302, 600})
  void onlyErrorStatusesCanBeInjected(int status) {
    assertThatThrownBy(() -> Fault.afterEffect(status)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(status));
  }
}
