package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.flyorchestrator.settings.FlyClientOptions;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.web.reactive.function.client.WebClient;

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

  /** Client options of these tests: no rate limiting (it is tested on its own, in virtual time). */
  static final FlyClientOptions OPTIONS = FlyClientOptions.DEFAULTS.withRateLimit(RateLimitSettings.DISABLED);

  /** A client with no retries and a 5 s read timeout. */
  static WebClientFlyMachinesClient client() {
    return client(TOKEN, RetrySettings.NONE, Duration.ofSeconds(5));
  }

  static WebClientFlyMachinesClient client(String token, RetrySettings retry, Duration readTimeout) {
    return WebClientFlyMachinesClient.create(WebClient.builder(),
        new FlyClientSettings(baseUrl(), token, Duration.ofSeconds(2), readTimeout, retry), OPTIONS);
  }
}
