package io.github.flyorchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.param.PollOptions;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The public way to build clients and orchestrators: builders and blocking factories, no nullable argument. */
class BuildersTest {

  @Test
  void theReadmesExampleBuildsAClientAndAnOrchestratorFromATokenAlone() {
    SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
    ObservationRegistry observationRegistry = ObservationRegistry.create();

    ReactiveFlyMachinesClient client = ReactiveFlyMachinesClient.builder()
        .token("fm2_readme-example")
        .settings(FlyClientSettings.builder()
            .retry(RetrySettings.builder().maxRetries(5).build())
            .maxConnections(10_000)
            .build())
        .meterRegistry(meterRegistry)
        .build();
    ReactiveFlyOrchestrator reactive = ReactiveFlyOrchestrator.builder(client)
        .settings(OrchestratorSettings.builder().defaultTimeout(Duration.ofMinutes(2)).build())
        .observationRegistry(observationRegistry)
        .build();
    FlyOrchestrator fly = FlyOrchestrator.blocking(reactive);
    FlyMachinesClient blockingClient = FlyMachinesClient.blocking(client);

    assertThat(fly).isNotNull();
    assertThat(blockingClient).isNotNull();
    client.close();
    assertThatThrownBy(() -> blockingClient.getApp("my-app")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void closingTheBlockingClientClosesTheBuiltClientItAdapts() {
    ReactiveFlyMachinesClient reactive = ReactiveFlyMachinesClient.builder().baseUrl("http://127.0.0.1:9")
        .token("a-token").build();
    FlyMachinesClient blocking = FlyMachinesClient.blocking(reactive);

    blocking.close();

    StepVerifier.create(reactive.getApp("my-app"))
        .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("closed"))
        .verify();
  }

  @Test
  void aClientWithoutATokenIsRefusedWhenItIsBuilt() {
    ReactiveFlyMachinesClient.Builder builder = ReactiveFlyMachinesClient.builder().baseUrl("http://127.0.0.1:4280");

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("token");
  }

  @Test
  void theOrchestratorPausesAsItsSettingsSayOnTheSchedulerItIsGiven() {
    VirtualTimeScheduler clock = VirtualTimeScheduler.create();
    BackoffSettings oneTwoFour = new BackoffSettings(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10), 0);
    ReactiveFlyOrchestrator orchestrator = ReactiveFlyOrchestrator.builder(new ScriptedFlyMachinesClient(clock))
        .settings(OrchestratorSettings.builder().backoff(oneTwoFour).build())
        .scheduler(clock)
        .build();
    List<Long> checkedAt = new ArrayList<>();

    StepVerifier.withVirtualTime(() -> orchestrator.pollUntil(() -> Mono.fromSupplier(() -> {
          checkedAt.add(clock.now(TimeUnit.MILLISECONDS));
          return checkedAt.size() < 4 ? PollResult.<String>pending("not yet") : PollResult.done("ok");
        }), PollOptions.of(Duration.ofMinutes(1))), () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(7))
        .expectNext("ok")
        .verifyComplete();

    assertThat(checkedAt).containsExactly(0L, 1000L, 3000L, 7000L);
  }

  @Test
  void theOrchestratorObservesEachWorkflowInTheRegistryItIsGiven() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    ReactiveFlyOrchestrator orchestrator = ReactiveFlyOrchestrator.builder(new ScriptedFlyMachinesClient(null))
        .observationRegistry(registry)
        .build();

    orchestrator.pollUntil(() -> Mono.just(PollResult.done("ok")), PollOptions.of(Duration.ofSeconds(1), "warm_up"))
        .block();

    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("fly.orchestrator.wait")
        .that().hasLowCardinalityKeyValue("operation", "warm_up");
  }
}
