package io.github.flyorchestrator.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags of the {@code fly.orchestrator.wait} observation. Provide a bean of this type (or pass it to the
 * orchestrator's builder) to replace {@link DefaultFlyWaitObservationConvention}; to change only the name or one tag,
 * extend that class: it takes the name in its constructor and has one {@code protected} method per tag.
 */
public interface FlyWaitObservationConvention extends ObservationConvention<FlyWaitObservationContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof FlyWaitObservationContext;
  }
}
