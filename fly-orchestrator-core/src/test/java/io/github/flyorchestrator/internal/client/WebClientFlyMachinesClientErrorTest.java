package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every failure reaches the caller as a FlyException that says what happened. */
class WebClientFlyMachinesClientErrorTest extends WireMockClientSupport {

  private final ReactiveFlyMachinesClient client = client();

  @Test
  void nameTakenBodyIsParsed() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withHeader("fly-request-id", "req-42")
        .withBody("{\"error\":\"machine name web already exists\",\"status\":\"name_taken\"}")));

    FlyException e = catchThrowableOfType(FlyException.class, () ->
        client.createMachine("my-app", MachineSpec.of(MachineConfig.ofImage("nginx"), null)).block());

    assertThat(e.getHttpStatus()).isEqualTo(422);
    assertThat(e.getFlyStatus()).isEqualTo("name_taken");
    assertThat(e.getError()).isEqualTo("machine name web already exists");
    assertThat(e.getRequestId()).isEqualTo("req-42");
    assertThat(e.getMethod()).isEqualTo("POST");
    assertThat(e.getPath()).isEqualTo("/v1/apps/my-app/machines");
    assertThat(e.getMessage()).isEqualTo("Fly API POST /v1/apps/my-app/machines failed: 422 name_taken: "
        + "machine name web already exists (request id req-42)");
  }

  @Test
  void notFoundKeepsPathWithoutQuery() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"machine not found\"}")));

    FlyException e = catchThrowableOfType(FlyException.class,
        () -> client.destroyMachine("a", "m1", true, null).block());

    assertThat(e.hasStatus(404)).isTrue();
    assertThat(e.getFlyStatus()).isNull();
    assertThat(e.getPath()).isEqualTo("/v1/apps/a/machines/m1");
    assertThat(e.getMessage()).isEqualTo("Fly API DELETE /v1/apps/a/machines/m1 failed: 404: machine not found");
  }

  @Test
  void blockingClientThrowsTheSameFlyException() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"app not found\"}")));

    FlyException e = catchThrowableOfType(FlyException.class,
        () -> FlyMachinesClient.blocking(client).getApp("missing"));

    assertThat(e.getHttpStatus()).isEqualTo(404);
    assertThat(e.getError()).isEqualTo("app not found");
  }

  @Test
  void messageFieldIsAcceptedToo() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"unauthorized\"}")));

    FlyException e = catchThrowableOfType(FlyException.class, () -> client.getApp("a").block());

    assertThat(e.getError()).isEqualTo("unauthorized");
  }

  @Test
  void nonJsonErrorBodyBecomesShortSnippet() {
    String html = "<html><body>" + "Bad gateway ".repeat(100) + "</body></html>";
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody(html)));

    FlyException e = catchThrowableOfType(FlyException.class, () -> client.getApp("a").block());

    assertThat(e.getHttpStatus()).isEqualTo(502);
    assertThat(e.getError()).isNull();
    assertThat(e.getMessage()).startsWith("Fly API GET /v1/apps/a failed: 502: <html><body>Bad gateway")
        .hasSizeLessThan(300);
  }

  @Test
  void emptyErrorBodyStillMaps() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));

    FlyException e = catchThrowableOfType(FlyException.class, () -> client.startMachine("a", "m", null).block());

    assertThat(e.getMessage()).isEqualTo("Fly API POST /v1/apps/a/machines/m/start failed: 500");
  }

  @Test
  void malformedJsonInSuccessIsAFlyException() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": \"m1\", \"state\": ")));

    FlyException e = catchThrowableOfType(FlyException.class, () -> client.getMachine("a", "m1").block());

    assertThat(e.getHttpStatus()).isEqualTo(200);
    assertThat(e.getMessage()).contains("GET /v1/apps/a/machines/m1").contains("could not be parsed");
  }

  @Test
  void wrongJsonShapeInSuccessIsAFlyException() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("[1, 2, 3]")));

    FlyException e = catchThrowableOfType(FlyException.class, () -> client.getLease("a", "m1").block());

    assertThat(e.getMessage()).contains("could not be parsed");
  }

  @Test
  void emptySuccessBodyWhereOneIsExpectedIsAFlyException() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

    FlyException e = catchThrowableOfType(FlyException.class, () -> client.getApp("a").block());

    assertThat(e.getMessage()).contains("is empty");
  }

  @Test
  void oversizedBodyIsAnErrorNotAnOutOfMemory() {
    String huge = "[" + "\"x\",".repeat(WebClientFlyMachinesClient.MAX_BODY_BYTES / 4 + 10) + "\"x\"]";
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(huge)));

    FlyException e = catchThrowableOfType(FlyException.class, () -> client.listVolumes("a").block());

    assertThat(e.getMessage()).contains("in-memory limit");
  }

  @Test
  void refusedConnectionHasNoStatusAndSaysSo() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    ReactiveFlyMachinesClient unreachable = ReactiveFlyMachinesClient.builder()
        .baseUrl("http://127.0.0.1:" + freePort).token(TOKEN)
        .settings(FlyClientSettings.builder().connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(2))
            .retry(RetrySettings.NONE).build())
        .build();

    FlyException e = catchThrowableOfType(FlyException.class, () -> unreachable.getApp("a").block());

    assertThat(e.getHttpStatus()).isNull();
    assertThat(e.getCause()).isNotNull();
    assertThat(e.getMessage()).isEqualTo("Fly API GET /v1/apps/a failed: connection refused or unreachable");
  }

  @Test
  void responseTimeoutHasNoStatusAndSaysSo() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{}").withFixedDelay(1500)));
    ReactiveFlyMachinesClient impatient = client(TOKEN, RetrySettings.NONE, Duration.ofMillis(300));

    FlyException e = catchThrowableOfType(FlyException.class, () -> impatient.getApp("a").block());

    assertThat(e.getHttpStatus()).isNull();
    assertThat(e.getMessage()).isEqualTo("Fly API GET /v1/apps/a failed: no response within the response timeout");
  }

  @Test
  void aCreateIsRetriedOnlyWhenItProvablyNeverLeftBecauseTheConnectionWasRefused() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ReactiveFlyMachinesClient unreachable = ReactiveFlyMachinesClient.builder()
        .baseUrl("http://127.0.0.1:" + freePort).token(TOKEN)
        .settings(SETTINGS.toBuilder().readTimeout(Duration.ofSeconds(2))
            .retry(new RetrySettings(2, new BackoffSettings(Duration.ofMillis(1), 1.0, Duration.ofMillis(1), 0)))
            .build())
        .meterRegistry(registry)
        .build();

    FlyException e = catchThrowableOfType(FlyException.class, () ->
        unreachable.createMachine("a", MachineSpec.of(MachineConfig.ofImage("nginx"), null)).block());

    assertThat(e.getMessage()).endsWith("connection refused or unreachable");
    assertThat(registry.get("fly.client.retries").tags("route", "/apps/{app}/machines", "reason",
        "connection_refused").counter().count()).isEqualTo(2.0);
  }
}
