package io.github.flyorchestrator.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;

/**
 * The whole stack as a Spring user gets it (auto-configured beans, Boot's WebClient.Builder, the real HTTP client)
 * against WireMock stubs shaped like the Machines API.
 */
class FlyOrchestratorWireMockIntegrationTests {

  private static final String TOKEN = "integration-token-93ab";
  private static final String MACHINE = """
      {"id":"148e21e9c95789","name":"quiet-pine","state":"%s","region":"ams",
       "instance_id":"01JABCDEFGHJKMNPQRSTVWXYZ0","version":"01JABCDEFGHJKMNPQRSTVWXYZ0",
       "private_ip":"fdaa:0:1::3","config":{"image":"flyio/hellofly:latest"},
       "created_at":"2026-11-25T10:00:00Z","updated_at":"2026-11-25T10:00:01Z","events":[]}""";

  private WireMockServer wireMock;
  private TestObservationRegistry observations;
  private ApplicationContextRunner runner;

  @BeforeEach
  void start() {
    wireMock = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    wireMock.start();
    observations = TestObservationRegistry.create();
    runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, WebClientAutoConfiguration.class,
            WebClientObservationAutoConfiguration.class, FlyOrchestratorAutoConfiguration.class))
        .withBean(ObservationRegistry.class, () -> observations)
        .withPropertyValues("fly.token=" + TOKEN, "fly.base-url=" + wireMock.baseUrl(),
            "fly.orchestrator.backoff.initial-delay=10ms", "fly.orchestrator.backoff.max-delay=20ms");
  }

  @AfterEach
  void stop() {
    wireMock.stop();
  }

  @Test
  void anUnresolvedTokenPlaceholderStopsStartupSoThePlaceholderTextIsNeverSent() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

    runner.withPropertyValues("fly.token=${FLY_API_TOKEN}").run(context -> assertThat(context).hasFailed());

    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void createAppAndWaitPollsThrough404sUntilTheAppIsReadable() {
    wireMock.stubFor(post("/v1/apps").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"app1\",\"created_at\":1}")));
    wireMock.stubFor(get("/v1/apps/my-app").inScenario("app").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(notFound()).willSetStateTo("one"));
    wireMock.stubFor(get("/v1/apps/my-app").inScenario("app").whenScenarioStateIs("one")
        .willReturn(notFound()).willSetStateTo("ready"));
    wireMock.stubFor(get("/v1/apps/my-app").inScenario("app").whenScenarioStateIs("ready")
        .willReturn(json(200, "{\"id\":\"app1\",\"name\":\"my-app\",\"status\":\"pending\","
            + "\"organization\":{\"slug\":\"personal\"}}")));

    runner.run(context -> {
      App app = context.getBean(FlyOrchestrator.class).createAppAndWait("my-app", "personal", Duration.ofSeconds(10));
      assertThat(app.name()).isEqualTo("my-app");
      assertThat(app.status()).isEqualTo("pending");
    });
    wireMock.verify(postRequestedFor(urlPathEqualTo("/v1/apps"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withRequestBody(equalToJson("{\"name\":\"my-app\",\"org_slug\":\"personal\"}")));
    wireMock.verify(3, getRequestedFor(urlPathEqualTo("/v1/apps/my-app")));
    TestObservationRegistryAssert.assertThat(observations).hasObservationWithNameEqualTo("fly.orchestrator.wait")
        .that().hasLowCardinalityKeyValue("operation", "create_app_and_wait")
        .hasLowCardinalityKeyValue("outcome", "success").hasHighCardinalityKeyValue("attempts", "3");
  }

  @Test
  void createMachineAndWaitReissuesTheWaitAfter408AndNestsHttpObservations() {
    wireMock.stubFor(post("/v1/apps/my-app/machines").willReturn(json(200, MACHINE.formatted("created"))));
    String waitPath = "/v1/apps/my-app/machines/148e21e9c95789/wait";
    wireMock.stubFor(get(urlPathEqualTo(waitPath)).inScenario("wait").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(408, "{\"error\":\"machine failed to reach desired state, started, currently starting\"}"))
        .willSetStateTo("started"));
    wireMock.stubFor(get(urlPathEqualTo(waitPath)).inScenario("wait").whenScenarioStateIs("started")
        .willReturn(json(200, "{\"ok\":true,\"state\":\"started\",\"version\":\"01JABCDEFGHJKMNPQRSTVWXYZ0\"}"))
        .willSetStateTo("done"));
    // the 408 is the endpoint's own "not yet": the next wait call follows with no read in between
    wireMock.stubFor(get("/v1/apps/my-app/machines/148e21e9c95789").inScenario("wait").whenScenarioStateIs("done")
        .willReturn(json(200, MACHINE.formatted("started"))));

    runner.run(context -> {
      Machine machine = context.getBean(FlyOrchestrator.class).createMachineAndWait(
          CreateMachineRequest.builder("my-app", MachineConfig.ofImage("flyio/hellofly:latest")).region("ams")
              .timeout(Duration.ofSeconds(90)).build());
      assertThat(machine.state()).isEqualTo("started");
      assertThat(machine.id()).isEqualTo("148e21e9c95789");
    });

    wireMock.verify(postRequestedFor(urlPathEqualTo("/v1/apps/my-app/machines"))
        .withRequestBody(equalToJson("{\"config\":{\"image\":\"flyio/hellofly:latest\"},\"region\":\"ams\"}", true,
            true)));
    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> waits =
        wireMock.findAll(getRequestedFor(urlPathEqualTo(waitPath)));
    assertThat(waits).hasSize(2).allSatisfy(request -> {
      assertThat(request.queryParameter("version").firstValue()).isEqualTo("01JABCDEFGHJKMNPQRSTVWXYZ0");
      assertThat(Integer.parseInt(request.queryParameter("timeout").firstValue())).isBetween(1, 60);
      assertThat(String.join(",", request.queryParameter("state").values())).contains("started");
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    });
    TestObservationRegistryAssert.assertThat(observations).hasHandledContextsThatSatisfy(contexts -> {
      Observation.Context wait = contexts.stream()
          .filter(c -> "fly.orchestrator.wait".equals(c.getName())).findFirst().orElseThrow();
      List<Observation.Context> http = contexts.stream()
          .filter(c -> "http.client.requests".equals(c.getName())).toList();
      assertThat(http).as("create, two wait calls, the read after the wait").hasSize(4);
      assertThat(http).allSatisfy(c -> {
        assertThat(c.getParentObservation()).isNotNull();
        assertThat(c.getParentObservation().getContextView()).isSameAs(wait);
      });
    });
  }

  @Test
  void bootWebClientCustomizersApplyToTheFlyClient() {
    wireMock.stubFor(get("/v1/apps/my-app").willReturn(json(200, "{\"name\":\"my-app\",\"status\":\"deployed\"}")));
    wireMock.stubFor(post("/v1/apps").willReturn(aResponse().withStatus(201)));
    runner.withBean(WebClientCustomizer.class, () -> builder -> builder.defaultHeader("X-Team", "payments"))
        .run(context -> context.getBean(FlyOrchestrator.class).createAppAndWait("my-app", "personal"));
    wireMock.verify(getRequestedFor(urlPathEqualTo("/v1/apps/my-app")).withHeader("X-Team", equalTo("payments")));
  }

  @Test
  void flyWebClientCustomizersApplyToTheFlyClient() {
    wireMock.stubFor(get("/v1/apps/my-app").willReturn(json(200, "{\"name\":\"my-app\",\"status\":\"deployed\"}")));
    wireMock.stubFor(post("/v1/apps").willReturn(aResponse().withStatus(201)));
    runner.withBean(FlyWebClientCustomizer.class, () -> builder -> builder.defaultHeader("X-Fly-Only", "yes"))
        .run(context -> context.getBean(FlyOrchestrator.class).createAppAndWait("my-app", "personal"));
    wireMock.verify(getRequestedFor(urlPathEqualTo("/v1/apps/my-app")).withHeader("X-Fly-Only", equalTo("yes")));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder notFound() {
    return json(404, "{\"error\":\"app not found\"}");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withHeader("fly-request-id", "req-" + status).withBody(body);
  }
}
