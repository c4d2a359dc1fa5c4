package io.github.flyorchestrator.internal;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.internal.client.ClientWarmUp;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs one create-and-wait of a throwaway orchestrator when the first orchestrator of a JVM is built, so that the first
 * real ones do not load and initialise the create, the wait engine and the workflow bookkeeping: against the client
 * warm-up's loopback server ({@link ClientWarmUp#runWorkflowOnce}), only when the client's warm-up ran
 * ({@code fly.warm-up} on), with no observations (nothing is recorded) and the same settings as the orchestrator
 * being built. Best effort, like the client's warm-up.
 */
final class OrchestratorWarmUp {

  private OrchestratorWarmUp() {
  }

  /**
   * @param settings the settings of the orchestrator being built
   */
  static void runOnce(OrchestratorSettings settings) {
    ClientWarmUp.runWorkflowOnce(workflow(settings));
  }

  /**
   * @param settings the orchestrator's settings
   * @return one create-and-wait of a throwaway orchestrator with no observations over the given client
   */
  static Function<ReactiveFlyMachinesClient, Mono<?>> workflow(OrchestratorSettings settings) {
    return client -> new DefaultReactiveFlyOrchestrator(client, settings, ObservationRegistry.NOOP, null,
        Schedulers.parallel())
        .createMachineAndWait(CreateMachineRequest.builder("warm-up", MachineConfig.ofImage("nginx:alpine"))
            .timeout(Duration.ofSeconds(30)).build());
  }
}
