package io.github.flyorchestrator.observation;

import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation.HighCardinalityKeyNames;
import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.Objects;

/**
 * The default names and tags of the {@code fly.orchestrator.wait} observation: name {@value #NAME} (or the one given
 * to the constructor), contextual name {@code fly wait <operation>}, low cardinality {@code operation},
 * {@code outcome} and {@code error}, high cardinality {@code app}, {@code machine.id}, {@code attempts} and
 * {@code reason}. Values that are not known are {@code none}.
 *
 * <p>Extend it to change one tag and keep the others, as with Spring's
 * {@code DefaultClientRequestObservationConvention}: each tag has its own {@code protected} method, e.g.
 * <pre>{@code
 * class TeamConvention extends DefaultFlyWaitObservationConvention {
 *   TeamConvention() {
 *     super("acme.fly.wait");
 *   }
 *
 *   protected KeyValue app(FlyWaitObservationContext context) {
 *     return KeyValue.of("app", context.getApp() == null ? "none" : context.getApp().replaceAll("-pr-\\d+$", ""));
 *   }
 * }
 * }</pre>
 */
public class DefaultFlyWaitObservationConvention implements FlyWaitObservationConvention {

  /** The default observation name. */
  public static final String NAME = "fly.orchestrator.wait";

  /** The value of a tag whose value is not known. */
  protected static final String NONE = "none";

  private final String name;

  /** A convention with the default name {@value #NAME}. */
  public DefaultFlyWaitObservationConvention() {
    this(NAME);
  }

  /**
   * A convention with its own observation name; the tags stay the default ones.
   *
   * @param name the observation name, e.g. {@code acme.fly.wait}
   * @throws NullPointerException when {@code name} is {@code null}
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public DefaultFlyWaitObservationConvention(String name) {
    Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    this.name = name;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getContextualName(FlyWaitObservationContext context) {
    return "fly wait " + context.getOperation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(FlyWaitObservationContext context) {
    return KeyValues.of(operation(context), outcome(context), error(context));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(FlyWaitObservationContext context) {
    return KeyValues.of(app(context), machineId(context), attempts(context), reason(context));
  }

  /**
   * The {@code operation} tag.
   *
   * @param context the wait
   * @return the operation name, e.g. {@code start_and_wait}
   */
  protected KeyValue operation(FlyWaitObservationContext context) {
    return LowCardinalityKeyNames.OPERATION.withValue(context.getOperation());
  }

  /**
   * The {@code outcome} tag.
   *
   * @param context the wait
   * @return {@code success}, {@code timeout}, {@code error}, {@code cancelled}, or {@code none} while it runs
   */
  protected KeyValue outcome(FlyWaitObservationContext context) {
    FlyWaitObservationContext.Outcome outcome = context.getOutcome();
    return LowCardinalityKeyNames.OUTCOME.withValue(outcome != null ? outcome.value() : NONE);
  }

  /**
   * The {@code error} tag: the simple name of the error's class (its full name for a class without a simple name),
   * or {@code none}.
   *
   * @param context the wait
   * @return e.g. {@code FlyTimeoutException}, or {@code none}
   */
  protected KeyValue error(FlyWaitObservationContext context) {
    Throwable error = context.getError();
    if (error == null) {
      return LowCardinalityKeyNames.ERROR.withValue(NONE);
    }
    String simpleName = error.getClass().getSimpleName();
    return LowCardinalityKeyNames.ERROR.withValue(simpleName.isEmpty() ? error.getClass().getName() : simpleName);
  }

  /**
   * The {@code app} tag.
   *
   * @param context the wait
   * @return the app name, or {@code none} (e.g. for {@code pollUntil})
   */
  protected KeyValue app(FlyWaitObservationContext context) {
    return HighCardinalityKeyNames.APP.withValue(orNone(context.getApp()));
  }

  /**
   * The {@code machine.id} tag.
   *
   * @param context the wait
   * @return the machine id, or {@code none} before it is known
   */
  protected KeyValue machineId(FlyWaitObservationContext context) {
    return HighCardinalityKeyNames.MACHINE_ID.withValue(orNone(context.getMachineId()));
  }

  /**
   * The {@code attempts} tag.
   *
   * @param context the wait
   * @return the checks, reads and wait calls made so far
   */
  protected KeyValue attempts(FlyWaitObservationContext context) {
    return HighCardinalityKeyNames.ATTEMPTS.withValue(Integer.toString(context.getAttempts()));
  }

  /**
   * The {@code reason} tag.
   *
   * @param context the wait
   * @return the last observed state (e.g. {@code started}, {@code http 404}), or {@code none}
   */
  protected KeyValue reason(FlyWaitObservationContext context) {
    return HighCardinalityKeyNames.REASON.withValue(orNone(context.getReason()));
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }
}
