package io.github.flyorchestrator.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
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
