package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.HttpVersionPolicy;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimulatorOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

/**
 * The cascade of the 10,000-wait HTTP/2 scale run, in small: cancelling many waits at once sends one
 * {@code RST_STREAM} per wait over the shared connection. Netty's guard against the "rapid reset" attack (200 resets
 * per 30 s by default) then closed the whole connection, and every wait still pending on it failed with a premature
 * close. The simulator now tolerates {@link FlyApiSimulator#MAX_RESETS_PER_WINDOW} resets per window, so the wait
 * that was not cancelled still gets its answer on the same connection.
 */
class Http2MassCancelTest {

  private static final MachineConfig CONFIG = MachineConfig.ofImage("registry-1.docker.io/library/nginx:alpine");
  /** More than Netty's default limit of 200 resets per window. */
  private static final int CANCELLED = 300;

  @Test
  void cancellingManyWaitsOnOneConnectionLeavesTheOtherWaitsOnItAnswered() {
    FlyClientSettings settings = FlyClientSettings.builder().rateLimit(RateLimitSettings.DISABLED)
        .httpVersion(HttpVersionPolicy.H2C).maxConnections(1).build();
    try (FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withRateLimits(false));
        ReactiveFlyMachinesClient client = ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl())
            .token("t").settings(settings).build()) {
      client.createApp(CreateAppRequest.of("h2", "personal")).block(Duration.ofSeconds(10));
      String id = client.createMachine("h2", MachineSpec.builder(CONFIG).skipLaunch(true).build())
          .block(Duration.ofSeconds(10)).id();
      WaitRequest started = WaitRequest.of(List.of("started"), Duration.ofSeconds(60));
      CompletableFuture<WaitResult> kept = client.waitForState("h2", id, started).toFuture();
      List<Disposable> cancelled = IntStream.range(0, CANCELLED)
          .mapToObj(i -> client.waitForState("h2", id, started).subscribe(result -> { }, error -> { }))
          .toList();
      awaitPendingWaits(simulator, id, pending -> pending == CANCELLED + 1);

      cancelled.forEach(Disposable::dispose);
      // With Netty's default the connection closes after 200 resets and the simulator drops every wait.
      awaitPendingWaits(simulator, id, pending -> pending <= 1);
      // Sent on the same connection after the resets, so the simulator has read them all before it starts the machine.
      client.startMachine("h2", id).block(Duration.ofSeconds(10));

      assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> kept.get()).state()).isEqualTo("started");
    }
  }

  /** Until the number of waits the simulator holds on the machine passes the test (fails after 30 s). */
  private static void awaitPendingWaits(FlyApiSimulator simulator, String id, IntPredicate done) {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      while (!done.test(simulator.pendingWaits("h2", id))) {
        Thread.yield();
      }
    });
  }
}
