package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;

/** The control routes under {@code /_control/}, in process, over HTTP as a client in another language uses them. */
class ControlRoutesTest {

  private static final String TOKEN = "control-test-token";

  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withScheduler(scheduler)
      .withRateLimits(false).withToken(TOKEN).withControlRoutes(true));
  private final SimHttp http = new SimHttp(simulator, TOKEN);

  @AfterEach
  void stop() {
    simulator.close();
    scheduler.dispose();
  }

  @Test
  void controlRoutesAreOffByDefaultAndAnswer404LikeAnyUnknownPath() {
    try (FlyApiSimulator plain = FlyApiSimulator.start()) {
      SimHttp.Resp journal = send(plain, "GET", "/_control/journal", null);
      SimHttp.Resp unknown = send(plain, "GET", "/nowhere", null);
      assertThat(journal.status()).isEqualTo(404);
      assertThat(journal.body()).isEqualTo(unknown.body())
          .isEqualTo("{\"error\":\"not found\",\"status\":\"unknown\"}");
      assertThat(send(plain, "POST", "/_control/reset", "").status()).isEqualTo(404);
    }
  }

  @Test
  void theJournalListsApiRequestsInOrderWithTheTokenRedactedAndWithoutControlRequests() {
    http.createApp("journal-app");
    http.get("/apps/journal-app");
    send("PUT", "/_control/variants", "{}");

    SimHttp.Resp journal = send("GET", "/_control/journal", null);

    assertThat(journal.status()).isEqualTo(200);
    assertThat(journal.header("content-type")).startsWith("application/json");
    assertThat(journal.body()).doesNotContain(TOKEN);
    JsonNode requests = journal.json();
    assertThat(requests).hasSize(2);
    JsonNode create = requests.get(0);
    assertThat(create.get("route").asString()).isEqualTo("APPS_CREATE");
    assertThat(create.get("method").asString()).isEqualTo("POST");
    assertThat(create.get("path").asString()).isEqualTo("/v1/apps");
    assertThat(create.get("body").asString()).contains("\"app_name\":\"journal-app\"");
    assertThat(create.get("headers").get("authorization").get(0).asString()).isEqualTo("Bearer [redacted]");
    assertThat(create.get("request_id").asString()).isEqualTo(simulator.journal().requests().get(0).requestId());
    assertThat(requests.get(1).get("route").asString()).isEqualTo("APPS_SHOW");
    assertThat(send("GET", "/_control/journal?route=apps_show", null).json()).hasSize(1);
    assertThat(send("GET", "/_control/journal?route=MACHINES_WAIT", null).json()).isEmpty();
    assertThat(send("GET", "/_control/journal?route=NOPE", null).status()).isEqualTo(400);
  }

  @Test
  void anUnmatchedApiPathIsJournaledWithANullRoute() {
    http.get("/nowhere");
    JsonNode entry = send("GET", "/_control/journal", null).json().get(0);
    assertThat(entry.get("route").isNull()).isTrue();
    assertThat(entry.get("path").asString()).isEqualTo("/v1/nowhere");
  }

  @Test
  void aStartDurationSetForAnAppDecidesHowLongItsMachinesTakeToStart() {
    http.createApp("slow-app");
    assertThat(send("PUT", "/_control/apps/slow-app/start-duration", "{\"seconds\":2}").body())
        .isEqualTo("{\"ok\":true}");
    String id = http.createMachine("slow-app", null).get("id").asString();

    scheduler.advanceTimeBy(SimulatorTimings.defaults().launch());
    assertThat(simulator.machineState("slow-app", id)).isEqualTo("starting");
    scheduler.advanceTimeBy(Duration.ofMillis(1999));
    assertThat(simulator.machineState("slow-app", id)).isEqualTo("starting");
    scheduler.advanceTimeBy(Duration.ofMillis(1));
    assertThat(simulator.machineState("slow-app", id)).isEqualTo("started");
  }

  @Test
  void aStartDurationTakesAHumanDurationAndCanBeClearedAgain() {
    http.createApp("timed-app");
    assertThat(send("PUT", "/_control/apps/timed-app/start-duration", "{\"duration\":\"1m\"}").status())
        .isEqualTo(200);
    assertThat(send("DELETE", "/_control/apps/timed-app/start-duration", null).status()).isEqualTo(200);
    String id = http.createMachine("timed-app", null).get("id").asString();

    scheduler.advanceTimeBy(SimulatorTimings.defaults().launch().plus(SimulatorTimings.defaults().start()));
    assertThat(simulator.machineState("timed-app", id)).isEqualTo("started");
  }

  @Test
  void aStartDurationForAnUnknownAppOrWithoutAValueIsRefused() {
    SimHttp.Resp unknownApp = send("PUT", "/_control/apps/ghost/start-duration", "{\"seconds\":2}");
    assertThat(unknownApp.status()).isEqualTo(404);
    assertThat(unknownApp.json().get("error").asString()).isEqualTo("app not found");
    http.createApp("strict-app");
    SimHttp.Resp noValue = send("PUT", "/_control/apps/strict-app/start-duration", "{}");
    assertThat(noValue.status()).isEqualTo(400);
    assertThat(noValue.json().get("error").asString()).contains("\"seconds\"");
    assertThat(send("PUT", "/_control/apps/strict-app/start-duration", "{\"seconds\":-1}").status())
        .isEqualTo(400);
    assertThat(send("PUT", "/_control/apps/strict-app/start-duration", "{\"duration\":\"soon\"}").status())
        .isEqualTo(400);
    assertThat(send("PUT", "/_control/apps/strict-app/start-duration", "not json").status()).isEqualTo(400);
  }

  @Test
  void variantsAreReadAndSetByDimensionAndValueName() {
    assertThat(send("GET", "/_control/variants", null).body()).isEqualTo("{\"EventIds\":\"WITH_IDS\","
        + "\"CurrentVersionMismatch\":\"REJECTED_400\",\"MissingLeaseNonce\":\"REJECTED_409\","
        + "\"StartWhenStarted\":\"NO_OP\",\"RetryAfterOn429\":\"ABSENT\",\"TokenCheck\":\"LENIENT\","
        + "\"ByteEncoding\":\"INTEGER_ARRAYS\",\"DuplicateCertificate\":\"REJECTED_422\"}");

    SimHttp.Resp set = send("PUT", "/_control/variants", "{\"EventIds\":\"without_ids\",\"tokencheck\":\"STRICT\"}");

    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().get("EventIds").asString()).isEqualTo("WITHOUT_IDS");
    assertThat(simulator.variants()).isEqualTo(ApiVariants.defaults()
        .withEventIds(ApiVariants.EventIds.WITHOUT_IDS).withTokenCheck(ApiVariants.TokenCheck.STRICT));
    SimHttp.Resp unknown = send("PUT", "/_control/variants", "{\"Ids\":\"WITH_IDS\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("error").asString()).contains("EventIds");
    assertThat(send("PUT", "/_control/variants", "{\"EventIds\":1}").status()).isEqualTo(400);
  }

  @Test
  void healthChecksSetForAnAppShowOnItsMachines() {
    http.createApp("checked-app");
    assertThat(send("PUT", "/_control/apps/checked-app/health-checks",
        "{\"mode\":\"passing_after\",\"duration\":\"10s\",\"names\":[\"alive\"]}").status()).isEqualTo(200);
    String id = http.createMachine("checked-app", null).get("id").asString();
    scheduler.advanceTimeBy(SimulatorTimings.defaults().launch().plus(SimulatorTimings.defaults().start()));

    JsonNode check = http.get("/apps/checked-app/machines/" + id).json().get("checks").get(0);
    assertThat(check.get("name").asString()).isEqualTo("alive");
    assertThat(check.get("status").asString()).isEqualTo("critical");
    scheduler.advanceTimeBy(Duration.ofSeconds(10));
    assertThat(http.get("/apps/checked-app/machines/" + id).json().get("checks").get(0).get("status").asString())
        .isEqualTo("passing");

    assertThat(send("PUT", "/_control/apps/checked-app/health-checks", "{\"mode\":\"none\"}").status())
        .isEqualTo(200);
    assertThat(http.get("/apps/checked-app/machines/" + id).json().has("checks")).isFalse();
    assertThat(send("PUT", "/_control/apps/checked-app/health-checks", "{\"mode\":\"flapping\"}").status())
        .isEqualTo(400);
    assertThat(send("PUT", "/_control/apps/checked-app/health-checks", "{\"mode\":\"sometimes\"}").status())
        .isEqualTo(400);
  }

  @Test
  void failingLaunchesEndAnAppsMachinesFailed() {
    http.createApp("doomed-app");
    assertThat(send("PUT", "/_control/apps/doomed-app/fail-launches", "{\"fail\":true}").status()).isEqualTo(200);
    String id = http.createMachine("doomed-app", null).get("id").asString();
    scheduler.advanceTimeBy(SimulatorTimings.defaults().launch().plus(SimulatorTimings.defaults().start()));
    assertThat(simulator.machineState("doomed-app", id)).isEqualTo("failed");
    assertThat(send("PUT", "/_control/apps/doomed-app/fail-launches", "{\"fail\":\"yes\"}").status())
        .isEqualTo(400);
  }

  @Test
  void faultsAreQueuedForARouteForOneAppOrForAnyRoute() {
    SimHttp.Resp queued = send("POST", "/_control/faults", "{\"route\":\"APPS_LIST\",\"status\":503,\"times\":2,"
        + "\"headers\":{\"retry-after\":\"3\"}}");
    assertThat(queued.body()).isEqualTo("{\"queued\":2}");
    SimHttp.Resp first = http.get("/apps");
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.header("retry-after")).isEqualTo("3");
    assertThat(http.get("/apps").status()).isEqualTo(503);
    assertThat(http.get("/apps").status()).isEqualTo(200);

    http.createApp("faulty-app");
    http.createApp("other-app");
    send("POST", "/_control/faults", "{\"route\":\"APPS_SHOW\",\"app\":\"faulty-app\",\"kind\":\"after_effect\","
        + "\"status\":408}");
    assertThat(http.get("/apps/other-app").status()).isEqualTo(200);
    assertThat(http.get("/apps/faulty-app").status()).isEqualTo(408);

    send("POST", "/_control/faults", "{\"kind\":\"MALFORMED_JSON\"}");
    assertThat(http.get("/apps/other-app").body()).isEqualTo("{\"id\": \"0123456789abcd\", \"state\": \"sta");
    assertThat(http.get("/apps/other-app").status()).isEqualTo(200);
  }

  @Test
  void aFaultThatDoesNotFitIsRefusedWithTheReason() {
    assertThat(error(send("POST", "/_control/faults", "{\"route\":\"NOPE\",\"status\":503}")))
        .startsWith("SimRoute has no value NOPE");
    assertThat(error(send("POST", "/_control/faults", "{\"kind\":\"explode\"}"))).contains("DROP_CONNECTION");
    assertThat(error(send("POST", "/_control/faults", "{\"route\":\"APPS_LIST\"}"))).contains("status");
    assertThat(error(send("POST", "/_control/faults", "{\"app\":\"a\",\"status\":503}"))).contains("needs a route");
    assertThat(error(send("POST", "/_control/faults", "{\"status\":503,\"times\":0}"))).contains("times");
    assertThat(error(send("POST", "/_control/faults", "{\"kind\":\"after_effect\",\"status\":200}")))
        .contains("400..599");
    assertThat(simulator.faults().pending(SimRoute.APPS_LIST)).isZero();
  }

  @Test
  void resetForgetsAppsFaultsAndTheJournalButKeepsTheVariants() {
    http.createApp("gone-app");
    send("PUT", "/_control/variants", "{\"EventIds\":\"WITHOUT_IDS\"}");
    send("POST", "/_control/faults", "{\"route\":\"APPS_LIST\",\"status\":503}");

    assertThat(send("POST", "/_control/reset", null).body()).isEqualTo("{\"ok\":true}");

    assertThat(send("GET", "/_control/journal", null).json()).isEmpty();
    assertThat(http.get("/apps/gone-app").status()).isEqualTo(404);
    assertThat(http.get("/apps").status()).isEqualTo(200);
    assertThat(simulator.variants().eventIds()).isEqualTo(ApiVariants.EventIds.WITHOUT_IDS);
  }

  @Test
  void anUnknownControlPathOrMethodAnswers404WithThePath() {
    SimHttp.Resp unknown = send("GET", "/_control/nothing", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").asString()).isEqualTo("no control route GET /_control/nothing");
    assertThat(send("DELETE", "/_control/journal", null).status()).isEqualTo(404);
    assertThat(send("GET", "/_control", null).status()).isEqualTo(404);
  }

  private SimHttp.Resp send(String method, String path, String body) {
    return send(simulator, method, path, body);
  }

  private static SimHttp.Resp send(FlyApiSimulator target, String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return new SimHttp(target).send(request);
  }

  @Test
  void certificateIssuanceAndPageSizeAreSetOverHttp() {
    http.createApp("certs");
    assertThat(send("PUT", "/_control/certificates", "{\"issuance\":\"never\"}").status()).isEqualTo(200);
    assertThat(send("PUT", "/_control/certificates", "{\"issuance\":\"immediately\",\"app\":\"certs\","
        + "\"hostname\":\"now.example.com\"}").status()).isEqualTo(200);
    assertThat(http.post("/apps/certs/certificates/acme", "{\"hostname\":\"now.example.com\"}").json()
        .get("status").asString()).isEqualTo("active");
    assertThat(http.post("/apps/certs/certificates/acme", "{\"hostname\":\"later.example.com\"}").json()
        .get("status").asString()).isEqualTo("pending_validation");
    assertThat(send("PUT", "/_control/certificates", "{\"issuance\":\"30s\",\"app\":\"certs\"}").status())
        .isEqualTo(200);
    scheduler.advanceTimeBy(java.time.Duration.ofSeconds(30));
    assertThat(http.get("/apps/certs/certificates/later.example.com").json().get("status").asString())
        .isEqualTo("active");
    assertThat(error(send("PUT", "/_control/certificates", "{\"issuance\":\"soon\"}"))).isNotBlank();
    assertThat(error(send("PUT", "/_control/certificates", "{\"issuance\":\"never\",\"hostname\":\"a.b.c\"}")))
        .contains("app");

    assertThat(send("PUT", "/_control/page-size", "{\"size\":1}").status()).isEqualTo(200);
    assertThat(http.get("/apps/certs/certificates").json().get("certificates")).hasSize(1);
    assertThat(error(send("PUT", "/_control/page-size", "{\"size\":0}"))).contains("at least 1");
  }

  private static String error(SimHttp.Resp response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("error").asString();
  }
}
