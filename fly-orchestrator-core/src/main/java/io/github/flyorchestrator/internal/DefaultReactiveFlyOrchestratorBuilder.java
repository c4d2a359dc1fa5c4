package io.github.flyorchestrator.internal;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.observation.FlyWaitObservationConvention;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Builds a {@link DefaultReactiveFlyOrchestrator}: {@link OrchestratorSettings#DEFAULTS}, no observations, the default
 * observation convention and {@link Schedulers#parallel()} unless told otherwise.
 */
public final class DefaultReactiveFlyOrchestratorBuilder implements ReactiveFlyOrchestrator.Builder {

  private final ReactiveFlyMachinesClient client;
  private OrchestratorSettings settings = OrchestratorSettings.DEFAULTS;
  private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;
  private FlyWaitObservationConvention observationConvention;
  private Scheduler scheduler = Schedulers.parallel();

  /**
   * Starts a builder.
   *
   * @param client the Machines API client the orchestrator calls
   */
  public DefaultReactiveFlyOrchestratorBuilder(ReactiveFlyMachinesClient client) {
    this.client = Objects.requireNonNull(client, "client must not be null");
  }

  @Override
  public ReactiveFlyOrchestrator.Builder settings(OrchestratorSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    return this;
  }

  @Override
  public ReactiveFlyOrchestrator.Builder observationRegistry(ObservationRegistry observationRegistry) {
    this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry must not be null");
    return this;
  }

  @Override
  public ReactiveFlyOrchestrator.Builder observationConvention(FlyWaitObservationConvention observationConvention) {
    this.observationConvention = Objects.requireNonNull(observationConvention,
        "observationConvention must not be null");
    return this;
  }

  @Override
  public ReactiveFlyOrchestrator.Builder scheduler(Scheduler scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
    return this;
  }

  @Override
  public ReactiveFlyOrchestrator build() {
    OrchestratorWarmUp.runOnce(settings);
    return new DefaultReactiveFlyOrchestrator(client, settings, observationRegistry, observationConvention,
        scheduler);
  }
}
