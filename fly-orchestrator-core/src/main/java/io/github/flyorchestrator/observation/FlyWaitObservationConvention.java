package io.github.flyorchestrator.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags of the {@code fly.orchestrator.wait} observation. Provide a bean of this type to replace
 * {@link DefaultFlyWaitObservationConvention}.
 */
public interface FlyWaitObservationConvention extends ObservationConvention<FlyWaitObservationContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof FlyWaitObservationContext;
  }
}
