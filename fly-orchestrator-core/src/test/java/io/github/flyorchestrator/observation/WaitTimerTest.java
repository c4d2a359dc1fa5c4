package io.github.flyorchestrator.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.PollResult;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.param.PollOptions;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What Actuator users see: with a meter observation handler (as Boot registers one), each wait becomes a
 * {@code fly.orchestrator.wait} timer tagged by operation and outcome.
 */
class WaitTimerTest {

  @Test
  void eachWaitIsTimedByOperationAndOutcome() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    OrchestratorSettings settings = OrchestratorSettings.builder().defaultTimeout(Duration.ofSeconds(5))
        .backoff(new BackoffSettings(Duration.ofMillis(10), 1.5, Duration.ofMillis(20), 0)).build();
    ReactiveFlyOrchestrator orchestrator = ReactiveFlyOrchestrator.builder(
            new ScriptedFlyMachinesClient(Schedulers.parallel()))
        .settings(settings).observationRegistry(observations).build();

    orchestrator.pollUntil(() -> Mono.just(PollResult.done("ok")), PollOptions.of(Duration.ofSeconds(1), "warm_up"))
        .block();
    assertThatThrownBy(() -> orchestrator.pollUntil(() -> Mono.just(PollResult.<String>pending("cold")),
        PollOptions.of(Duration.ofMillis(100), "warm_up")).block()).isInstanceOf(FlyTimeoutException.class);

    Timer success = meters.find("fly.orchestrator.wait").tag("operation", "warm_up").tag("outcome", "success")
        .tag("error", "none").timer();
    Timer timeout = meters.find("fly.orchestrator.wait").tag("operation", "warm_up").tag("outcome", "timeout")
        .tag("error", "FlyTimeoutException").timer();
    assertThat(success).isNotNull();
    assertThat(success.count()).isEqualTo(1);
    assertThat(timeout).isNotNull();
    assertThat(timeout.count()).isEqualTo(1);
    assertThat(meters.find("fly.orchestrator.wait").timers()).allSatisfy(timer -> assertThat(timer.getId().getTags())
        .noneMatch(tag -> tag.getKey().equals("app") || tag.getKey().equals("attempts")));
  }
}
