package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.HttpVersionPolicy;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.SimulatorOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * The client speaks HTTP/2 without TLS (h2c) to the simulator when told to, HTTP/1.1 over plain http otherwise, and
 * under HTTP/2 concurrent long-poll waits share a connection. The simulator's journal shows the version: Netty marks a
 * request that came as an HTTP/2 stream with its stream id.
 */
class Http2AgainstSimulatorTest {

  private static final String STREAM_ID = "x-http2-stream-id";
  private static final MachineConfig CONFIG = MachineConfig.ofImage("registry-1.docker.io/library/nginx:alpine");

  /** Machines start in a simulated 200 ms, a wait call's timeout is real time. */
  private static FlyApiSimulator simulator() {
    return FlyApiSimulator.start(SimulatorOptions.defaults().withRateLimits(false));
  }

  private static ReactiveFlyMachinesClient client(FlyApiSimulator simulator, HttpVersionPolicy policy) {
    FlyClientSettings settings = FlyClientSettings.builder().rateLimit(RateLimitSettings.DISABLED)
        .httpVersion(policy).build();
    return ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl()).token("t").settings(settings).build();
  }

  @Test
  void aCreateAndWaitOverH2cReachesTheSimulatorAsHttp2() {
    try (FlyApiSimulator simulator = simulator();
        ReactiveFlyMachinesClient client = client(simulator, HttpVersionPolicy.H2C)) {
      client.createApp(CreateAppRequest.of("h2", "personal")).block(Duration.ofSeconds(10));
      ReactiveFlyOrchestrator orchestrator = ReactiveFlyOrchestrator.builder(client).build();

      Machine machine = orchestrator.createMachineAndWait(CreateMachineRequest.builder("h2", CONFIG)
          .timeout(Duration.ofSeconds(30)).build()).block(Duration.ofSeconds(30));

      assertThat(machine.state()).isEqualTo("started");
      assertThat(simulator.journal().requests(SimRoute.MACHINES_WAIT)).isNotEmpty();
      assertThat(simulator.journal().requests()).allMatch(request -> request.header(STREAM_ID) != null);
    }
  }

  @Test
  void overPlainHttpTheDefaultPolicySpeaksHttp11() {
    try (FlyApiSimulator simulator = simulator();
        ReactiveFlyMachinesClient client = client(simulator, FlyClientSettings.DEFAULTS.httpVersion())) {

      client.createApp(CreateAppRequest.of("h1", "personal")).block(Duration.ofSeconds(10));

      assertThat(simulator.journal().requests()).hasSize(1).allMatch(request -> request.header(STREAM_ID) == null);
    }
  }

  @Test
  void concurrentWaitsOverH2cShareOneConnection() {
    int waits = 200;
    try (FlyApiSimulator simulator = simulator();
        ReactiveFlyMachinesClient client = client(simulator, HttpVersionPolicy.H2C)) {
      client.createApp(CreateAppRequest.of("h2", "personal")).block(Duration.ofSeconds(10));
      String id = client.createMachine("h2", MachineSpec.builder(CONFIG).skipLaunch(true).build())
          .block(Duration.ofSeconds(10)).id();

      CompletableFuture<List<String>> answers = Flux.range(0, waits)
          .flatMap(i -> client.waitForState("h2", id, WaitRequest.of(List.of("started"), Duration.ofSeconds(60)))
              .map(result -> result.state()), waits)
          .collectList().toFuture();
      assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
        while (simulator.pendingWaits("h2", id) < waits) {
          Thread.yield();
        }
      });
      client.startMachine("h2", id).block(Duration.ofSeconds(10));

      assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> answers.get())).hasSize(waits);
      // Every connection numbers its streams from the same first id: distinct ids mean one connection.
      List<String> streamIds = simulator.journal().requests(SimRoute.MACHINES_WAIT).stream()
          .map((RecordedRequest request) -> request.header(STREAM_ID)).toList();
      assertThat(streamIds).hasSize(waits).doesNotContainNull().doesNotHaveDuplicates();
    }
  }
}
