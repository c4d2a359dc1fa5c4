package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The client makes each request wait for its rate-limit permit; the limiter's clock is virtual here. */
class RateLimitedClientTest extends WireMockClientSupport {

  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.getOrSet();

  private final ReactiveFlyMachinesClient client = new WebClientFlyMachinesClientBuilder()
      .nanoTime(() -> Schedulers.parallel().now(TimeUnit.NANOSECONDS))
      .baseUrl(baseUrl()).token(TOKEN)
      .settings(SETTINGS.toBuilder().retry(RetrySettings.NONE).rateLimit(RateLimitSettings.DEFAULTS).build())
      .build();

  @AfterEach
  void resetScheduler() {
    client.close();
    VirtualTimeScheduler.reset();
  }

  @Test
  void aThirdStartOfTheSameMachineIsSentOnlyOnceItsSlotHasCome() throws Exception {
    wireMock.stubFor(post(urlPathMatching("/v1/apps/a/machines/.*/start")).willReturn(aResponse().withStatus(200)));
    client.startMachine("a", "m1", null).block(Duration.ofSeconds(5));
    client.startMachine("a", "m1", null).block(Duration.ofSeconds(5));
    client.startMachine("a", "m2", null).block(Duration.ofSeconds(5));

    CompletableFuture<Void> third = client.startMachine("a", "m1", null).toFuture();
    scheduler.advanceTimeBy(Duration.ofMillis(999));
    assertThat(third).isNotDone();
    assertThat(requestCount()).isEqualTo(3);

    scheduler.advanceTimeBy(Duration.ofMillis(1));
    third.get(5, TimeUnit.SECONDS);
    assertThat(requestCount()).isEqualTo(4);
  }
}
