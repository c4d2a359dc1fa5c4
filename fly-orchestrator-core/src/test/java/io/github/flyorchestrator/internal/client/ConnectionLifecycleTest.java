package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.settings.RetrySettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

/** Cancelling frees the pooled connection at once; closing the client releases its pool. */
class ConnectionLifecycleTest extends WireMockClientSupport {

  /** One connection and a short wait for it: a connection held by a cancelled call would make the next call fail. */
  private static ReactiveFlyMachinesClient singleConnectionClient() {
    return client(TOKEN, SETTINGS.toBuilder().readTimeout(Duration.ofSeconds(20)).retry(RetrySettings.NONE)
        .maxConnections(1).pendingAcquireTimeout(Duration.ofSeconds(3)).build());
  }

  /** Released once per request WireMock has received, before it answers (or starts its delay). */
  private static final Semaphore REQUESTS_RECEIVED = new Semaphore(0);

  @BeforeAll
  static void countReceivedRequests() {
    wireMock.stop();
    wireMock = new WireMockServer(options().dynamicPort().extensions(new ServeEventListener() {
      @Override
      public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        REQUESTS_RECEIVED.release();
      }

      @Override
      public String getName() {
        return "count-received-requests";
      }
    }));
    wireMock.start();
  }

  @Test
  void cancellingALongPollWaitReleasesItsConnectionAtOnce() throws InterruptedException {
    wireMock.stubFor(get(urlPathEqualTo("/v1/apps/a/machines/m1/wait"))
        .willReturn(okJson("{\"ok\":true,\"state\":\"started\"}").withFixedDelay(10_000)));
    wireMock.stubFor(get(urlPathEqualTo("/v1/apps/a")).willReturn(okJson("{\"name\":\"a\"}")));
    AtomicBoolean signalled = new AtomicBoolean();
    try (ReactiveFlyMachinesClient client = singleConnectionClient()) {
      Disposable waiting = client.waitForState("a", "m1", new WaitRequest(List.of("started"), "v1", null, null,
          Duration.ofSeconds(60))).doOnEach(signal -> signalled.set(true)).subscribe();
      // The wait call has reached the server and holds the only connection.
      assertThat(REQUESTS_RECEIVED.tryAcquire(5, TimeUnit.SECONDS)).isTrue();

      waiting.dispose();
      App app = client.getApp("a").block(Duration.ofSeconds(8));

      assertThat(app.name()).isEqualTo("a");
      assertThat(signalled).isFalse();
    }
  }

  @Test
  void aClosedClientSendsNothing() {
    wireMock.stubFor(get(urlPathEqualTo("/v1/apps/a")).willReturn(okJson("{\"name\":\"a\"}")));
    ReactiveFlyMachinesClient client = singleConnectionClient();
    assertThat(client.getApp("a").block().name()).isEqualTo("a");

    client.close();

    assertThatThrownBy(() -> client.getApp("a").block(Duration.ofSeconds(5)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThat(wireMock.getAllServeEvents()).hasSize(1);
  }
}
