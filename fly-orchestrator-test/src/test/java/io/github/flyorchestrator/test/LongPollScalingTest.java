package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** Many concurrent long-poll waits are held without a thread each and all answer when the machine starts. */
class LongPollScalingTest {

  private static final int WAITS = 2000;

  @Test
  void thousandsOfConcurrentWaitsHoldNoThreads() {
    try (FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withRateLimits(false))) {
      SimHttp http = new SimHttp(simulator);
      http.createApp("scale");
      String id = http.createMachine("scale", "\"skip_launch\":true").get("id").asString();
      ConnectionProvider pool = ConnectionProvider.builder("waits").maxConnections(WAITS)
          .pendingAcquireMaxCount(-1).build();
      HttpClient client = HttpClient.create(pool).baseUrl(simulator.baseUrl())
          .headers(h -> h.add("authorization", "Bearer t"));
      int threadsBefore = Thread.activeCount();
      try {
        var responses = Flux.range(0, WAITS)
            .flatMap(i -> client.get().uri("/v1/apps/scale/machines/" + id + "/wait?state=started&timeout=60")
                .responseSingle((response, body) -> body.asString()
                    .map(text -> response.status().code() + " " + text)), WAITS)
            .collectList()
            .toFuture();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
          while (simulator.pendingWaits("scale", id) < WAITS) {
            Thread.yield();
          }
        });
        assertThat(Thread.activeCount() - threadsBefore).isLessThan(100);
        assertThat(http.post("/apps/scale/machines/" + id + "/start", "").status()).isEqualTo(200);
        List<String> results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> responses.get());
        assertThat(results).hasSize(WAITS).allMatch(r -> r.startsWith("200 ") && r.contains("\"state\":\"started\""));
        assertThat(simulator.pendingWaits("scale", id)).isZero();
      } finally {
        pool.disposeLater().block(Duration.ofSeconds(10));
      }
    }
  }
}
