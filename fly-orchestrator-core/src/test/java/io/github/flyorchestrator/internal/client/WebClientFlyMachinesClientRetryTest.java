package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requests are retried against a real HTTP server, counted by WireMock. */
class WebClientFlyMachinesClientRetryTest extends WireMockClientSupport {

  private static final RetrySettings FAST =
      new RetrySettings(3, new BackoffSettings(Duration.ofMillis(10), 2.0, Duration.ofMillis(40), 0));

  private final ReactiveFlyMachinesClient client = client(TOKEN, FAST, Duration.ofSeconds(5));

  @Test
  void getIsRetriedOnServiceUnavailableUntilItSucceeds() {
    sequence("/v1/apps/a", List.of(aResponse().withStatus(503), aResponse().withStatus(503),
        okJson("{\"name\":\"a\"}")));

    App app = client.getApp("a").block();

    assertThat(app.name()).isEqualTo("a");
    assertThat(requestCount()).isEqualTo(3);
  }

  @Test
  void getGivesUpAfterMaxRetries() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));

    FlyException e = catchThrowableOfType(FlyException.class, () -> client.getApp("a").block());

    assertThat(e.getHttpStatus()).isEqualTo(500);
    assertThat(requestCount()).isEqualTo(1 + FAST.maxRetries());
  }

  @Test
  void postIsSentExactlyOnce() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));

    FlyException e = catchThrowableOfType(FlyException.class, () ->
        client.createMachine("a", MachineSpec.of(MachineConfig.ofImage("nginx"), null)).block());

    assertThat(e.getHttpStatus()).isEqualTo(503);
    assertThat(requestCount()).isEqualTo(1);
  }

  @Test
  void aRateLimitedPostIsSentAgainBecauseA429HadNoEffect() {
    wireMock.stubFor(post(urlPathEqualTo("/v1/apps/a/machines/m1/start")).inScenario("limited")
        .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(429)).willSetStateTo("allowed"));
    wireMock.stubFor(post(urlPathEqualTo("/v1/apps/a/machines/m1/start")).inScenario("limited")
        .whenScenarioStateIs("allowed").willReturn(okJson("{\"ok\":true}")));

    client.startMachine("a", "m1", null).block(Duration.ofSeconds(5));

    assertThat(requestCount()).isEqualTo(2);
  }

  @Test
  void deleteIsSentExactlyOnce() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)));

    catchThrowableOfType(FlyException.class, () -> client.deleteApp("a").block());

    assertThat(requestCount()).isEqualTo(1);
  }

  @Test
  void notFoundIsNotRetried() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));

    catchThrowableOfType(FlyException.class, () -> client.getApp("a").block());

    assertThat(requestCount()).isEqualTo(1);
  }

  @Test
  void waitEndpointIsNotRetried() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));

    catchThrowableOfType(FlyException.class, () -> client.waitForState("a", "m",
        WaitRequest.forState("started", "v1", Duration.ofSeconds(5))).block());

    assertThat(requestCount()).isEqualTo(1);
  }

  @Test
  void resetConnectionIsRetried() {
    sequence("/v1/apps/a", List.of(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        okJson("{\"name\":\"a\"}")));

    App app = client.getApp("a").block();

    assertThat(app.name()).isEqualTo("a");
    assertThat(requestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterIsHonouredInsteadOfTheBackoff() {
    // The backoff would wait 30 s; the server's Retry-After of 1 s must be used instead.
    RetrySettings slowBackoff =
        new RetrySettings(1, new BackoffSettings(Duration.ofSeconds(30), 2.0, Duration.ofSeconds(30), 0));
    ReactiveFlyMachinesClient patient = client(TOKEN, slowBackoff, Duration.ofSeconds(5));
    sequence("/v1/apps/a", List.of(aResponse().withStatus(429).withHeader("Retry-After", "1"),
        okJson("{\"name\":\"a\"}")));

    App app = patient.getApp("a").block(Duration.ofSeconds(15));

    assertThat(app.name()).isEqualTo("a");
    assertThat(requestCount()).isEqualTo(2);
  }

  @Test
  void waitCallOutlivesTheReadTimeoutByItsLongPoll() {
    // readTimeout 1 s, long-poll 2 s, server answers after 2.5 s: only a response timeout of
    // long-poll + readTimeout (3 s) lets this succeed.
    ReactiveFlyMachinesClient shortRead = client(TOKEN, RetrySettings.NONE, Duration.ofSeconds(1));
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"ok\":true,\"state\":\"started\"}").withFixedDelay(2500)));

    WaitResult result = shortRead.waitForState("a", "m",
        new WaitRequest(List.of("started"), "v1", null, null, Duration.ofSeconds(2))).block();

    assertThat(result.state()).isEqualTo("started");
  }

  @Test
  void settingAMetadataKeyIsRetriedBecauseRepeatingItIsHarmless() {
    wireMock.stubFor(post(urlPathEqualTo("/v1/apps/a/machines/m1/metadata/role")).inScenario("meta")
        .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wireMock.stubFor(post(urlPathEqualTo("/v1/apps/a/machines/m1/metadata/role")).inScenario("meta")
        .whenScenarioStateIs("up").willReturn(aResponse().withStatus(204)));

    client.setMetadata("a", "m1", "role", "worker").block();

    assertThat(requestCount()).isEqualTo(2);
  }

  @Test
  void retriesOverHttpAreCountedByRouteTemplateAndReason() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ReactiveFlyMachinesClient counted = ReactiveFlyMachinesClient.builder().baseUrl(baseUrl()).token(TOKEN)
        .settings(SETTINGS.toBuilder().retry(FAST).build()).meterRegistry(registry).build();
    sequence("/v1/apps/a/machines/m1", List.of(aResponse().withStatus(503),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson("{\"id\":\"m1\",\"state\":\"started\"}")));

    counted.getMachine("a", "m1").block();

    assertThat(registry.get("fly.client.retries").tags("route", "/apps/{app}/machines/{machine}", "reason",
        "http_503").counter().count()).isEqualTo(1.0);
    assertThat(registry.get("fly.client.retries").tag("route", "/apps/{app}/machines/{machine}").counters())
        .hasSize(2);
  }
}
