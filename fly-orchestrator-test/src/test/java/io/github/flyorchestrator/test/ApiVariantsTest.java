package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.test.ApiVariants.CurrentVersionMismatch;
import io.github.flyorchestrator.test.ApiVariants.EventIds;
import io.github.flyorchestrator.test.ApiVariants.MissingLeaseNonce;
import io.github.flyorchestrator.test.ApiVariants.RetryAfterOn429;
import io.github.flyorchestrator.test.ApiVariants.StartWhenStarted;
import io.github.flyorchestrator.test.ApiVariants.TokenCheck;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;

/** Every value of every {@link ApiVariants} dimension, and what the simulator answers under it. */
@WithFlyApiSimulator(timeScale = 0.01, rateLimits = false)
class ApiVariantsTest {

  FlyApiSimulator simulator;
  SimHttp http;

  @BeforeEach
  void client() {
    http = new SimHttp(simulator);
    simulator.variants(ApiVariants.defaults());
  }

  private String startedMachine(String app) {
    http.createApp(app);
    String id = http.createMachine(app, null).get("id").asString();
    http.awaitState(app, id, "started");
    return id;
  }

  @Test
  void withIdsEventsCarryIdsAndTheWaitHonoursFromEventId() {
    simulator.variants(ApiVariants.defaults().withEventIds(EventIds.WITH_IDS));
    String id = startedMachine("v-ids");
    String path = "/apps/v-ids/machines/" + id;
    assertThat(http.get(path).json().get("events").findValues("id")).hasSize(3);
    assertThat(http.get(path + "/events").json().findValues("id")).hasSize(3);
    JsonNode waited = http.get(path + "/wait?state=started&timeout=1").json();
    String eventId = waited.get("event_id").asString();
    assertThat(eventId).isEqualTo(http.get(path + "/events").json().get(0).get("id").asString());
    assertThat(http.get(path + "/wait?state=started&timeout=1&from_event_id=" + eventId).status()).isEqualTo(408);
  }

  @Test
  void withoutIdsEventsCarryNoIdsAndTheWaitIgnoresFromEventId() {
    String id = startedMachine("v-noids");
    String path = "/apps/v-noids/machines/" + id;
    String eventId = http.get(path + "/wait?state=started&timeout=1").json().get("event_id").asString();
    simulator.variants(ApiVariants.defaults().withEventIds(EventIds.WITHOUT_IDS));

    JsonNode events = http.get(path).json().get("events");
    assertThat(events.size()).isEqualTo(3);
    assertThat(events.findValues("id")).isEmpty();
    assertThat(events.findValuesAsString("type")).containsExactly("start", "start", "launch");
    assertThat(http.get(path + "/events").json().findValues("id")).isEmpty();
    assertThat(http.get("/apps/v-noids/machines").json().findValues("id")).containsOnly(
        SimHttp.JSON.getNodeFactory().stringNode(id));
    SimHttp.Resp waited = http.get(path + "/wait?state=started&timeout=1&from_event_id=" + eventId);
    assertThat(waited.status()).isEqualTo(200);
    assertThat(waited.json().has("event_id")).isFalse();
    assertThat(waited.json().get("state").asString()).isEqualTo("started");
  }

  private SimHttp.Resp updateWithVersion(String app, String version) {
    return http.post("/apps/" + app + "/machines/" + startedMachine(app),
        "{\"config\":{\"image\":\"nginx:2\"},\"current_version\":\"" + version + "\"}");
  }

  @Test
  void aCurrentVersionMismatchIsIgnoredOrRejectedWith400Or412() {
    String stale = "01AAAAAAAAAAAAAAAAAAAAAAAA";
    simulator.variants(ApiVariants.defaults().withCurrentVersionMismatch(CurrentVersionMismatch.IGNORED));
    SimHttp.Resp ignored = updateWithVersion("v-cv-ignored", stale);
    assertThat(ignored.status()).isEqualTo(200);
    assertThat(ignored.json().get("config").get("image").asString()).isEqualTo("nginx:2");

    simulator.variants(ApiVariants.defaults().withCurrentVersionMismatch(CurrentVersionMismatch.REJECTED_400));
    SimHttp.Resp rejected400 = updateWithVersion("v-cv-400", stale);
    assertThat(rejected400.status()).isEqualTo(400);
    assertThat(rejected400.json().get("error").asString())
        .isEqualTo("invalid_argument: current_version does not match the machine version");

    simulator.variants(ApiVariants.defaults().withCurrentVersionMismatch(CurrentVersionMismatch.REJECTED_412));
    SimHttp.Resp rejected412 = updateWithVersion("v-cv-412", stale);
    assertThat(rejected412.status()).isEqualTo(412);
    assertThat(rejected412.json().get("error").asString())
        .isEqualTo("failed_precondition: current_version does not match the machine version");
  }

  @ParameterizedTest
  @EnumSource(CurrentVersionMismatch.class)
  void aMatchingCurrentVersionAlwaysUpdates(CurrentVersionMismatch choice) {
    simulator.variants(ApiVariants.defaults().withCurrentVersionMismatch(choice));
    String app = "v-cv-match-" + choice.ordinal();
    http.createApp(app);
    JsonNode machine = http.createMachine(app, "\"skip_launch\":true");
    SimHttp.Resp updated = http.post("/apps/" + app + "/machines/" + machine.get("id").asString(),
        "{\"config\":{\"image\":\"nginx:2\"},\"current_version\":\"" + machine.get("version").asString() + "\"}");
    assertThat(updated.status()).isEqualTo(200);
  }

  @Test
  void aMutationOfALeasedMachineWithoutTheNonceGets409Or412AndAWrongNonceAlways409() {
    String id = startedMachine("v-nonce");
    String path = "/apps/v-nonce/machines/" + id;
    http.post(path + "/lease", "{\"ttl\":300}");

    simulator.variants(ApiVariants.defaults().withMissingLeaseNonce(MissingLeaseNonce.REJECTED_409));
    SimHttp.Resp conflict = http.post(path + "/cordon", "");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().get("error").asString()).isEqualTo("lease currently held");

    simulator.variants(ApiVariants.defaults().withMissingLeaseNonce(MissingLeaseNonce.REJECTED_412));
    SimHttp.Resp precondition = http.post(path + "/cordon", "");
    assertThat(precondition.status()).isEqualTo(412);
    assertThat(precondition.json().get("error").asString())
        .isEqualTo("failed_precondition: machine is leased, send the fly-machine-lease-nonce header");
    assertThat(http.post(path, "{\"config\":{\"image\":\"x\"}}").status()).isEqualTo(412);
    assertThat(http.post(path + "/cordon", "", "someone-elses").status()).isEqualTo(409);
  }

  @Test
  void startOnAStartedMachineAndStopOnAStoppedOneAreNoOpsOrRejectedWith412() {
    String id = startedMachine("v-start");
    String path = "/apps/v-start/machines/" + id;
    simulator.variants(ApiVariants.defaults().withStartWhenStarted(StartWhenStarted.NO_OP));
    int eventsBefore = http.get(path + "/events").json().size();
    assertThat(http.post(path + "/start", "").status()).isEqualTo(200);
    assertThat(http.get(path + "/events").json().size()).isEqualTo(eventsBefore);

    simulator.variants(ApiVariants.defaults().withStartWhenStarted(StartWhenStarted.REJECTED_412));
    SimHttp.Resp start = http.post(path + "/start", "");
    assertThat(start.status()).isEqualTo(412);
    assertThat(start.json().get("error").asString())
        .isEqualTo("unable to start machine from current state: started");

    http.post(path + "/stop", "{}");
    http.awaitState("v-start", id, "stopped");
    SimHttp.Resp stop = http.post(path + "/stop", "{}");
    assertThat(stop.status()).isEqualTo(412);
    assertThat(stop.json().get("error").asString()).isEqualTo("unable to stop machine from current state: stopped");
    simulator.variants(ApiVariants.defaults().withStartWhenStarted(StartWhenStarted.NO_OP));
    assertThat(http.post(path + "/stop", "{}").status()).isEqualTo(200);
    assertThat(simulator.machineState("v-start", id)).isEqualTo("stopped");
  }

  @Test
  void retryAfterIsSentWithTheSecondsUntilTheLimitLetsARequestThroughOrNotAtAll() {
    VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
    try (FlyApiSimulator limited = FlyApiSimulator.start(SimulatorOptions.defaults().withScheduler(scheduler)
        .withVariants(ApiVariants.defaults().withRetryAfterOn429(RetryAfterOn429.SENT)))) {
      SimHttp client = new SimHttp(limited);
      client.createApp("v-429");
      String path = "/apps/v-429/machines/" + client.createMachine("v-429", "\"skip_launch\":true")
          .get("id").asString();
      for (int i = 0; i < 3; i++) {
        assertThat(client.post(path + "/cordon", "").status()).isEqualTo(200);
      }
      SimHttp.Resp sent = client.post(path + "/cordon", "");
      assertThat(sent.status()).isEqualTo(429);
      assertThat(sent.header("retry-after")).isEqualTo("1");
      limited.faults().next(SimRoute.APPS_LIST, 1, Fault.status(429));
      assertThat(client.get("/apps").header("retry-after")).isEqualTo("1");
      limited.faults().next(SimRoute.APPS_LIST, 1, Fault.status(429).withHeader("Retry-After", "7"));
      assertThat(client.get("/apps").header("retry-after")).isEqualTo("7");

      limited.variants(limited.variants().withRetryAfterOn429(RetryAfterOn429.ABSENT));
      SimHttp.Resp absent = client.post(path + "/cordon", "");
      assertThat(absent.status()).isEqualTo(429);
      assertThat(absent.header("retry-after")).isNull();
      limited.faults().next(SimRoute.APPS_LIST, 1, Fault.status(429));
      assertThat(client.get("/apps").header("retry-after")).isNull();
    } finally {
      scheduler.dispose();
    }
  }

  private int status(String authorization) {
    SimHttp anonymous = new SimHttp(simulator, null);
    return anonymous.send(anonymous.request("/apps").header("authorization", authorization).GET().build()).status();
  }

  @Test
  void lenientTokensAcceptAMacaroonSentAsBearer() {
    simulator.variants(ApiVariants.defaults().withTokenCheck(TokenCheck.LENIENT));
    assertThat(status("Bearer fm2_abc")).isEqualTo(200);
    assertThat(status("FlyV1 fm2_abc")).isEqualTo(200);
    assertThat(status("Bearer plain-token")).isEqualTo(200);
  }

  @Test
  void strictTokensRefuseAMacaroonSentAsBearerAsFlyDoes() {
    simulator.variants(ApiVariants.defaults().withTokenCheck(TokenCheck.STRICT));
    for (String refused : List.of("Bearer fm2_abc", "Bearer fm1r_abc", "bearer fm1a_abc", "Bearer user,fm2_abc")) {
      SimHttp anonymous = new SimHttp(simulator, null);
      SimHttp.Resp resp = anonymous.send(anonymous.request("/apps").header("authorization", refused).GET().build());
      assertThat(resp.status()).as(refused).isEqualTo(401);
      assertThat(resp.json().get("error").asString()).isEqualTo("verify: invalid token: no tokens found in header");
    }
    assertThat(status("FlyV1 fm2_abc")).isEqualTo(200);
    assertThat(status("FlyV1 fm1r_a,fm2_b")).isEqualTo(200);
    assertThat(status("Bearer plain-token")).isEqualTo(200);
    assertThat(status("Bearer ")).isEqualTo(401);
  }

  @Test
  void optionsCarryTheStartingVariantsAndTheSimulatorSwitchesAtRuntime() {
    ApiVariants strict = ApiVariants.defaults().withTokenCheck(TokenCheck.STRICT);
    try (FlyApiSimulator started = FlyApiSimulator.start(SimulatorOptions.defaults().withVariants(strict))) {
      assertThat(started.variants()).isEqualTo(strict);
      SimHttp anonymous = new SimHttp(started, null);
      assertThat(anonymous.send(anonymous.request("/apps").header("authorization", "Bearer fm2_x").GET().build())
          .status()).isEqualTo(401);
      started.variants(ApiVariants.defaults());
      started.reset();
      assertThat(started.variants()).isEqualTo(ApiVariants.defaults());
      assertThat(anonymous.send(anonymous.request("/apps").header("authorization", "Bearer fm2_x").GET().build())
          .status()).isEqualTo(200);
    }
    assertThat(SimulatorOptions.defaults().variants()).isEqualTo(ApiVariants.defaults());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.flyorchestrator.test.ApiVariants#coverage")
  void aRestartedMachineIsStartedAgainUnderEveryCoverageCombination(ApiVariants variants) {
    simulator.variants(variants);
    String app = "v-cover-" + ApiVariants.coverage().indexOf(variants);
    String id = startedMachine(app);
    String path = "/apps/" + app + "/machines/" + id;
    assertThat(http.post(path + "/restart", "").status()).isEqualTo(200);
    JsonNode waited = http.awaitState(app, id, "started");
    assertThat(waited.has("event_id")).isEqualTo(variants.eventIds() == EventIds.WITH_IDS);
    assertThat(http.get(path + "/events").json().findValuesAsString("type")).contains("restart");
  }

  @Test
  void defaultsAreTheLongStandingBehaviour() {
    assertThat(ApiVariants.defaults()).isEqualTo(new ApiVariants(EventIds.WITH_IDS,
        CurrentVersionMismatch.REJECTED_400, MissingLeaseNonce.REJECTED_409, StartWhenStarted.NO_OP,
        RetryAfterOn429.ABSENT, TokenCheck.LENIENT, ApiVariants.ByteEncoding.INTEGER_ARRAYS,
        ApiVariants.DuplicateCertificate.REJECTED_422));
  }

  private static <E extends Enum<E>> Set<E> used(Function<ApiVariants, E> dimension) {
    return ApiVariants.coverage().stream().map(dimension).collect(Collectors.toSet());
  }

  @Test
  void coverageUsesEveryValueOfEveryDimensionInThreeCombinations() {
    List<ApiVariants> coverage = ApiVariants.coverage();
    assertThat(coverage).hasSize(3).doesNotHaveDuplicates();
    assertThat(coverage.get(0)).isEqualTo(ApiVariants.defaults());
    assertThat(used(ApiVariants::eventIds)).containsExactlyInAnyOrder(EventIds.values());
    assertThat(used(ApiVariants::currentVersionMismatch)).containsExactlyInAnyOrder(CurrentVersionMismatch.values());
    assertThat(used(ApiVariants::missingLeaseNonce)).containsExactlyInAnyOrder(MissingLeaseNonce.values());
    assertThat(used(ApiVariants::startWhenStarted)).containsExactlyInAnyOrder(StartWhenStarted.values());
    assertThat(used(ApiVariants::retryAfterOn429)).containsExactlyInAnyOrder(RetryAfterOn429.values());
    assertThat(used(ApiVariants::tokenCheck)).containsExactlyInAnyOrder(TokenCheck.values());
    assertThat(used(ApiVariants::byteEncoding)).containsExactlyInAnyOrder(ApiVariants.ByteEncoding.values());
    assertThat(used(ApiVariants::duplicateCertificate))
        .containsExactlyInAnyOrder(ApiVariants.DuplicateCertificate.values());
    assertThat(Arrays.stream(ApiVariants.class.getRecordComponents()).map(c -> c.getType()))
        .as("a new dimension must be added to this test").hasSize(8);
  }

  @Test
  void describesItselfShortlyForTestNames() {
    assertThat(ApiVariants.defaults()).hasToString(
        "ids=with, version-mismatch=400, no-nonce=409, start-started=no-op, retry-after=absent, token=lenient, "
            + "bytes=integers, duplicate-certificate=422");
    assertThat(ApiVariants.coverage().get(1)).hasToString(
        "ids=without, version-mismatch=ignored, no-nonce=412, start-started=412, retry-after=sent, token=strict, "
            + "bytes=base64, duplicate-certificate=existing");
  }
}
