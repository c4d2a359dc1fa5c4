package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Leases: live envelope, 409 on a second acquire, nonce-guarded mutations, refresh, release, expiry. */
@WithFlyApiSimulator(timeScale = 0.01, rateLimits = false)
class LeaseTest {

  FlyApiSimulator simulator;

  private String startedMachine(SimHttp http, String app) {
    http.createApp(app);
    String id = http.createMachine(app, null).get("id").asString();
    http.awaitState(app, id, "started");
    return id;
  }

  @Test
  void acquireReturnsTheEnvelopeAndASecondAcquireGets409() {
    SimHttp http = new SimHttp(simulator);
    String id = startedMachine(http, "lease-a");
    String lease = "/apps/lease-a/machines/" + id + "/lease";
    SimHttp.Resp acquired = http.post(lease, "{\"ttl\":60,\"description\":\"deploy\"}");
    assertThat(acquired.status()).isEqualTo(201);
    JsonNode body = acquired.json();
    assertThat(body.get("status").asString()).isEqualTo("success");
    JsonNode data = body.get("data");
    assertThat(data.get("nonce").asString()).isNotBlank();
    assertThat(data.get("description").asString()).isEqualTo("deploy");
    assertThat(data.get("expires_at").asLong()).isGreaterThan(System.currentTimeMillis() / 1000 - 5);
    assertThat(data.get("version").asString()).hasSize(26);
    assertThat(data.has("owner")).isTrue();

    SimHttp.Resp second = http.post(lease, "{\"ttl\":60}");
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("error").asString()).isEqualTo("lease currently held");
    assertThat(http.get(lease).json().get("data").get("nonce").asString()).isEqualTo(data.get("nonce").asString());
  }

  @Test
  void leasedMachineRefusesMutationsWithoutTheNonce() {
    SimHttp http = new SimHttp(simulator);
    String id = startedMachine(http, "lease-b");
    String path = "/apps/lease-b/machines/" + id;
    String nonce = http.post(path + "/lease", "{\"ttl\":60}").json().get("data").get("nonce").asString();

    assertThat(http.post(path + "/stop", "{}").status()).isEqualTo(409);
    assertThat(http.post(path + "/stop", "{}", "wrong").status()).isEqualTo(409);
    assertThat(http.post(path, "{\"config\":{\"image\":\"x\"}}").status()).isEqualTo(409);
    assertThat(http.delete(path + "?force=true").status()).isEqualTo(409);
    assertThat(http.post(path + "/stop", "{}", nonce).status()).isEqualTo(200);
    http.awaitState("lease-b", id, "stopped");

    assertThat(http.post(path + "/lease", "{\"ttl\":120}", nonce).status()).isEqualTo(201);
    assertThat(http.post(path + "/lease", "{\"ttl\":120}", "other").status()).isEqualTo(409);
    assertThat(http.delete(path + "/lease", "other").status()).isEqualTo(409);
    assertThat(http.delete(path + "/lease", nonce).status()).isEqualTo(200);
    assertThat(http.get(path + "/lease").status()).isEqualTo(404);
    assertThat(http.post(path + "/start", "").status()).isEqualTo(200);
  }

  @Test
  void leaseTtlOnCreateReturnsTheNonceAndGuardsTheMachine() {
    SimHttp http = new SimHttp(simulator);
    http.createApp("lease-c");
    JsonNode machine = http.createMachine("lease-c", "\"lease_ttl\":300,\"skip_launch\":true");
    String nonce = machine.get("nonce").asString();
    String path = "/apps/lease-c/machines/" + machine.get("id").asString();
    assertThat(http.post(path + "/start", "").status()).isEqualTo(409);
    assertThat(http.post(path + "/start", "", nonce).status()).isEqualTo(200);
  }

  @Test
  void leaseTtlCanComeFromTheQueryWithNoBodyAsFlyGoSendsIt() {
    SimHttp http = new SimHttp(simulator);
    String id = startedMachine(http, "lease-q");
    String lease = "/apps/lease-q/machines/" + id + "/lease";
    SimHttp.Resp acquired = http.send(http.request(lease + "?ttl=600").POST(HttpRequest.BodyPublishers.noBody())
        .build());
    assertThat(acquired.status()).isEqualTo(201);
    JsonNode data = acquired.json().get("data");
    String nonce = data.get("nonce").asString();
    assertThat(data.get("description").asString()).isEmpty();
    long shown = http.get(lease).json().get("data").get("expires_at").asLong();
    assertThat(shown).isEqualTo(data.get("expires_at").asLong());

    SimHttp.Resp refreshed = http.send(http.request(lease + "?ttl=6000").header("fly-machine-lease-nonce", nonce)
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(refreshed.status()).isEqualTo(201);
    assertThat(refreshed.json().get("data").get("nonce").asString()).isEqualTo(nonce);
    assertThat(refreshed.json().get("data").get("expires_at").asLong()).isGreaterThanOrEqualTo(shown + 5400);

    assertThat(http.post(lease + "?ttl=60", "{\"ttl\":6,\"description\":\"both\"}", nonce).json().get("data")
        .get("description").asString()).isEqualTo("both");
    SimHttp.Resp bad = http.post(lease + "?ttl=soon", "", nonce);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asString()).contains("ttl");
  }

  @Test
  void expiredLeaseNoLongerGuards() {
    SimHttp http = new SimHttp(simulator);
    String id = startedMachine(http, "lease-d");
    String path = "/apps/lease-d/machines/" + id;
    assertThat(http.post(path + "/lease", "{\"ttl\":1}").status()).isEqualTo(201);
    // a 1 s simulated lease lasts 10 ms; a 1 s wait that cannot succeed lasts as long
    assertThat(http.get(path + "/wait?state=destroyed&timeout=1").status()).isEqualTo(408);
    assertThat(http.post(path + "/lease", "{\"ttl\":60}").status()).isEqualTo(201);
  }
}
