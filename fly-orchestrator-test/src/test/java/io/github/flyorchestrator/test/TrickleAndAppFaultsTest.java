package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The trickled body fault, and faults queued for one app only. */
class TrickleAndAppFaultsTest {

  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults()
      .withScheduler(scheduler).withToken("secret-token-value"));
  private final SimHttp http = new SimHttp(simulator, "secret-token-value");

  @AfterEach
  void stop() {
    simulator.close();
    scheduler.dispose();
  }

  @Test
  void trickleSendsStatusAndFirstChunkAtOnceAndTheRestOnlyAsTimePasses() throws Exception {
    http.createApp("t-app");
    String expected = http.get("/apps/t-app").body();
    simulator.faults().next(SimRoute.APPS_SHOW, 1, Fault.trickle(Duration.ofSeconds(1)));

    HttpResponse<InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v1/apps/t-app"))
            .header("authorization", "Bearer secret-token-value").GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValueAsLong("content-length")).hasValue(expected.length());
    InputStream body = response.body();
    byte[] first = body.readNBytes(Fault.TRICKLE_CHUNK_BYTES);
    CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    int pauses = (expected.length() + Fault.TRICKLE_CHUNK_BYTES - 1) / Fault.TRICKLE_CHUNK_BYTES - 1;
    scheduler.advanceTimeBy(Duration.ofSeconds(pauses - 1));
    assertThat(rest).isNotDone();
    scheduler.advanceTimeBy(Duration.ofSeconds(1));

    assertThat(new String(first, StandardCharsets.UTF_8) + rest.get()).isEqualTo(expected);
  }

  @Test
  void trickleNeedsAPositivePause() {
    assertThatThrownBy(() -> Fault.trickle(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void faultsForOneAppLeaveOtherAppsAlone() {
    http.createApp("a-one");
    http.createApp("a-two");
    simulator.faults().nextForApp(SimRoute.APPS_SHOW, "a-one", 1, Fault.status(503));
    simulator.faults().nextForApp(SimRoute.APPS_CREATE, "a-three", 1, Fault.status(500));

    assertThat(http.get("/apps/a-two").status()).isEqualTo(200);
    assertThat(http.post("/apps", "{\"name\":\"a-four\",\"org_slug\":\"acme\"}").status()).isEqualTo(201);
    assertThat(simulator.faults().pending(SimRoute.APPS_SHOW, "a-one")).isEqualTo(1);
    assertThat(http.get("/apps/a-one").status()).isEqualTo(503);
    assertThat(http.get("/apps/a-one").status()).isEqualTo(200);
    assertThat(http.post("/apps", "{\"name\":\"a-three\",\"org_slug\":\"acme\"}").status()).isEqualTo(500);
    assertThat(simulator.faults().pending(SimRoute.APPS_SHOW, "a-one")).isZero();
    assertThat(simulator.faults().pending(SimRoute.APPS_CREATE, "a-three")).isZero();

    simulator.faults().nextForApp(SimRoute.APPS_SHOW, "a-two", 3, Fault.status(500));
    simulator.faults().clear("a-two");
    assertThat(http.get("/apps/a-two").status()).isEqualTo(200);
  }
}
