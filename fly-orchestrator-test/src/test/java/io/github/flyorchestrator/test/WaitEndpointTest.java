package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Semantics of {@code GET .../wait}. */
@WithFlyApiSimulator(timeScale = 0.01, rateLimits = false)
class WaitEndpointTest {

  static FlyApiSimulator simulator;
  static SimHttp http;

  @BeforeAll
  static void app() {
    http = new SimHttp(simulator);
    http.createApp("wait-app");
  }

  private static String createdNotLaunched() {
    return http.createMachine("wait-app", "\"skip_launch\":true").get("id").asString();
  }

  private static String waitPath(String id, String query) {
    return "/apps/wait-app/machines/" + id + "/wait?" + query;
  }

  @Test
  void answersAtOnceWhenAlreadyInState() {
    String id = http.createMachine("wait-app", null).get("id").asString();
    http.awaitState("wait-app", id, "started");
    SimHttp.Resp resp = http.get(waitPath(id, "state=started&timeout=1"));
    assertThat(resp.status()).isEqualTo(200);
    JsonNode body = resp.json();
    assertThat(body.get("ok").asBoolean()).isTrue();
    assertThat(body.get("state").asString()).isEqualTo("started");
    assertThat(body.get("version").asString()).hasSize(26);
    assertThat(body.get("event_id").asString()).hasSize(26);
  }

  @Test
  void answersWhenTheTransitionHappens() {
    String id = createdNotLaunched();
    CompletableFuture<SimHttp.Resp> pending = http.getAsync(waitPath(id, "state=started&timeout=60"));
    // the wait is registered before the start is requested
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      while (simulator.pendingWaits("wait-app", id) == 0) {
        Thread.onSpinWait();
      }
    });
    assertThat(pending).isNotDone();
    assertThat(http.post("/apps/wait-app/machines/" + id + "/start", "").status()).isEqualTo(200);
    SimHttp.Resp resp = pending.join();
    assertThat(resp.status()).isEqualTo(200);
    assertThat(resp.json().get("state").asString()).isEqualTo("started");
  }

  @Test
  void expiresWith408AndTheCurrentState() {
    String id = createdNotLaunched();
    SimHttp.Resp resp = http.get(waitPath(id, "state=started&timeout=1"));
    assertThat(resp.status()).isEqualTo(408);
    assertThat(resp.json().get("error").asString())
        .isEqualTo("machine failed to reach desired state, started, currently created");
    assertThat(simulator.pendingWaits("wait-app", id)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "61", "-1"})
  void rejectsTimeoutsOutsideOneToSixtySeconds(String timeout) {
    String id = createdNotLaunched();
    SimHttp.Resp resp = http.get(waitPath(id, "state=started&timeout=" + timeout));
    assertThat(resp.status()).isEqualTo(400);
    assertThat(resp.json().get("error").asString()).isEqualTo(
        "invalid_argument: invalid WaitMachineRequest.Timeout: value must be inside range [1s, 1m0s]");
  }

  @Test
  void rejectsUnknownState() {
    String id = createdNotLaunched();
    assertThat(http.get(waitPath(id, "state=running&timeout=1")).status()).isEqualTo(400);
  }

  @Test
  void acceptsSeveralStatesRepeatedOrCommaSeparated() {
    String id = http.createMachine("wait-app", null).get("id").asString();
    http.awaitState("wait-app", id, "started");
    assertThat(http.get(waitPath(id, "state=stopped&state=started&timeout=1")).status()).isEqualTo(200);
    assertThat(http.get(waitPath(id, "state=stopped,started&timeout=1")).json().get("state").asString())
        .isEqualTo("started");
    SimHttp.Resp expired = http.get(waitPath(id, "state=stopped,suspended&timeout=1"));
    assertThat(expired.status()).isEqualTo(408);
    assertThat(expired.json().get("error").asString()).contains("stopped, suspended").endsWith("currently started");
  }

  @Test
  void settledMeansAPersistentStateWithNothingPending() {
    String id = http.createMachine("wait-app", null).get("id").asString();
    // created with a launch pending is not settled; the wait ends once the machine has started
    JsonNode settled = http.awaitState("wait-app", id, "settled");
    assertThat(settled.get("state").asString()).isEqualTo("started");
    http.post("/apps/wait-app/machines/" + id + "/stop", "{}");
    assertThat(http.awaitState("wait-app", id, "settled").get("state").asString()).isEqualTo("stopped");
  }

  @Test
  void waitsForTheGivenVersionAndRejectsUnknownOnes() {
    JsonNode machine = http.createMachine("wait-app", null);
    String id = machine.get("id").asString();
    String version = machine.get("version").asString();
    SimHttp.Resp resp = http.get(waitPath(id, "state=started&timeout=60&version=" + version));
    assertThat(resp.status()).isEqualTo(200);
    assertThat(resp.json().get("version").asString()).isEqualTo(version);
    assertThat(http.get(waitPath(id, "state=started&timeout=60&instance_id=" + version)).status()).isEqualTo(200);
    assertThat(http.get(waitPath(id, "state=started&timeout=1&version=01ZZZZZZZZZZZZZZZZZZZZZZZZ")).status())
        .isEqualTo(400);
  }

  @Test
  void answers404ForUnknownMachineOrApp() {
    assertThat(http.get("/apps/wait-app/machines/00000000000000/wait?state=started").status()).isEqualTo(404);
    assertThat(http.get("/apps/nope/machines/00000000000000/wait?state=started").status()).isEqualTo(404);
  }

  @Test
  void pendingWaitAnswers404WhenTheAppIsDeleted() {
    SimHttp local = new SimHttp(simulator);
    local.createApp("wait-gone");
    String id = local.createMachine("wait-gone", "\"skip_launch\":true").get("id").asString();
    CompletableFuture<SimHttp.Resp> pending =
        local.getAsync("/apps/wait-gone/machines/" + id + "/wait?state=started&timeout=60");
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      while (simulator.pendingWaits("wait-gone", id) == 0) {
        Thread.yield();
      }
    });
    assertThat(local.delete("/apps/wait-gone").status()).isEqualTo(202);
    assertThat(pending.join().status()).isEqualTo(404);
  }

  @Test
  void fromEventIdWaitsForALaterEvent() {
    String id = http.createMachine("wait-app", null).get("id").asString();
    JsonNode started = http.awaitState("wait-app", id, "started");
    String eventId = started.get("event_id").asString();
    SimHttp.Resp same = http.get(waitPath(id, "state=started&timeout=1&from_event_id=" + eventId));
    assertThat(same.status()).isEqualTo(408);
    http.post("/apps/wait-app/machines/" + id + "/restart", "");
    SimHttp.Resp later = http.get(waitPath(id, "state=started&timeout=60&from_event_id=" + eventId));
    assertThat(later.status()).isEqualTo(200);
    assertThat(later.json().get("event_id").asString()).isNotEqualTo(eventId);
  }

  @Test
  void defaultsToStartedAndSixtySeconds() {
    String id = http.createMachine("wait-app", null).get("id").asString();
    SimHttp.Resp resp = http.get("/apps/wait-app/machines/" + id + "/wait");
    assertThat(resp.status()).isEqualTo(200);
    assertThat(resp.json().get("state").asString()).isEqualTo("started");
  }
}
