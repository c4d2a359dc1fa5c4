package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One WireMock server on a dynamic port per test class, reset before every test. */
abstract class WireMockClientSupport {

  static final String TOKEN = "plain-secret-token-123";

  static WireMockServer wireMock;

  @BeforeAll
  static void startWireMock() {
    wireMock = new WireMockServer(options().dynamicPort());
    wireMock.start();
  }

  @AfterAll
  static void stopWireMock() {
    wireMock.stop();
  }

  @BeforeEach
  void resetWireMock() {
    wireMock.resetAll();
  }

  /** Stubs GET {@code path} to answer the given responses in turn, the last one from then on. */
  static void sequence(String path, List<ResponseDefinitionBuilder> responses) {
    String state = STARTED;
    for (int i = 0; i < responses.size(); i++) {
      String next = i == responses.size() - 1 ? state : "step-" + (i + 1);
      wireMock.stubFor(get(urlPathEqualTo(path)).inScenario("seq").whenScenarioStateIs(state)
          .willReturn(responses.get(i)).willSetStateTo(next));
      state = next;
    }
  }

  /** @return how many requests WireMock received */
  static int requestCount() {
    return wireMock.findAll(anyRequestedFor(anyUrl())).size();
  }

  static URI baseUrl() {
    return URI.create(wireMock.baseUrl());
  }

  /** Client settings of these tests: a 2 s connect timeout, no rate limiting (tested on its own, in virtual time). */
  static final FlyClientSettings SETTINGS = FlyClientSettings.builder()
      .connectTimeout(Duration.ofSeconds(2))
      .rateLimit(RateLimitSettings.DISABLED)
      .build();

  /** A client with no retries and a 5 s read timeout. */
  static ReactiveFlyMachinesClient client() {
    return client(TOKEN, RetrySettings.NONE, Duration.ofSeconds(5));
  }

  static ReactiveFlyMachinesClient client(String token, RetrySettings retry, Duration readTimeout) {
    return client(token, SETTINGS.toBuilder().retry(retry).readTimeout(readTimeout).build());
  }

  static ReactiveFlyMachinesClient client(String token, FlyClientSettings settings) {
    return ReactiveFlyMachinesClient.builder().baseUrl(baseUrl()).token(token).settings(settings).build();
  }
}
