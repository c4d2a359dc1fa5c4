package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.HttpVersionPolicy;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

/** The warm-up runs the client's whole pipeline against its own loopback server, never the configured API. */
class ClientWarmUpTest extends WireMockClientSupport {

  @Test
  void theCannedAnswersGoThroughTheWholePipelineAndDecode() {
    assertThat(ClientWarmUp.run(SETTINGS, HttpClient.create())).isTrue();
  }

  @Test
  void theWarmUpAlsoCompletesWhenTheClientSpeaksH2c() {
    FlyClientSettings h2c = SETTINGS.toBuilder().httpVersion(HttpVersionPolicy.H2C).build();

    assertThat(ClientWarmUp.run(h2c, HttpClient.create())).isTrue();
  }

  @Test
  void buildingClientsWithTheWarmUpOnSendsNothingToTheApi() {
    FlyClientSettings warm = SETTINGS.toBuilder().warmUp(true).build();
    for (int i = 0; i < 2; i++) {
      try (ReactiveFlyMachinesClient client = client(TOKEN, warm)) {
        assertThat(client).isNotNull();
      }
    }

    assertThat(requestCount()).isZero();
  }

  @Test
  void onlyTheFirstClientOfTheJvmRunsIt() {
    ClientWarmUp.runOnce(SETTINGS, HttpClient.create());

    assertThat(ClientWarmUp.runOnce(SETTINGS, HttpClient.create())).isFalse();
  }
}
