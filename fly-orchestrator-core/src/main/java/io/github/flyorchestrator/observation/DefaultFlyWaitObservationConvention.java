package io.github.flyorchestrator.observation;

import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation.HighCardinalityKeyNames;
import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags: observation {@value #NAME}, contextual name {@code fly wait <operation>}, low
 * cardinality {@code operation} and {@code outcome}, high cardinality {@code app}, {@code machine.id},
 * {@code attempts} and {@code reason}. Values that are not known are {@code none}.
 */
public class DefaultFlyWaitObservationConvention implements FlyWaitObservationConvention {

  /** The observation name. */
  public static final String NAME = "fly.orchestrator.wait";

  private static final String NONE = "none";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(FlyWaitObservationContext context) {
    return "fly wait " + context.getOperation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(FlyWaitObservationContext context) {
    var outcome = context.getOutcome();
    return KeyValues.of(
        LowCardinalityKeyNames.OPERATION.withValue(context.getOperation()),
        LowCardinalityKeyNames.OUTCOME.withValue(outcome != null ? outcome.value() : NONE));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(FlyWaitObservationContext context) {
    return KeyValues.of(
        HighCardinalityKeyNames.APP.withValue(orNone(context.getApp())),
        HighCardinalityKeyNames.MACHINE_ID.withValue(orNone(context.getMachineId())),
        HighCardinalityKeyNames.ATTEMPTS.withValue(Integer.toString(context.getAttempts())),
        HighCardinalityKeyNames.REASON.withValue(orNone(context.getReason())));
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }
}
