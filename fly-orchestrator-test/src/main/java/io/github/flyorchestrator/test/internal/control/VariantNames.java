package io.github.flyorchestrator.test.internal.control;

import io.github.flyorchestrator.test.ApiVariants;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@link ApiVariants} dimensions under the names the standalone simulator takes them by: the command line's
 * {@code --variant EventIds=WITHOUT_IDS} and the control route's {@code {"EventIds":"WITHOUT_IDS"}}. A dimension is
 * named after its enum type, a value after its constant; both are read case-insensitively.
 */
public final class VariantNames {

  private static final List<Dimension<?>> DIMENSIONS = List.of(
      new Dimension<>(ApiVariants.EventIds.class, ApiVariants::eventIds, ApiVariants::withEventIds),
      new Dimension<>(ApiVariants.CurrentVersionMismatch.class, ApiVariants::currentVersionMismatch,
          ApiVariants::withCurrentVersionMismatch),
      new Dimension<>(ApiVariants.MissingLeaseNonce.class, ApiVariants::missingLeaseNonce,
          ApiVariants::withMissingLeaseNonce),
      new Dimension<>(ApiVariants.StartWhenStarted.class, ApiVariants::startWhenStarted,
          ApiVariants::withStartWhenStarted),
      new Dimension<>(ApiVariants.RetryAfterOn429.class, ApiVariants::retryAfterOn429,
          ApiVariants::withRetryAfterOn429),
      new Dimension<>(ApiVariants.TokenCheck.class, ApiVariants::tokenCheck, ApiVariants::withTokenCheck),
      new Dimension<>(ApiVariants.ByteEncoding.class, ApiVariants::byteEncoding, ApiVariants::withByteEncoding),
      new Dimension<>(ApiVariants.DuplicateCertificate.class, ApiVariants::duplicateCertificate,
          ApiVariants::withDuplicateCertificate));

  private VariantNames() {
  }

  /** @return the dimension names in declaration order, e.g. {@code EventIds} */
  private static List<String> dimensions() {
    return DIMENSIONS.stream().map(Dimension::name).toList();
  }

  /**
   * @return one line per dimension: its name and its values, the default's marked {@code (default)}
   */
  public static List<String> usageLines() {
    ApiVariants defaults = ApiVariants.defaults();
    return DIMENSIONS.stream().map(dimension -> String.format("  %-23s %s", dimension.name(),
        Arrays.stream(dimension.type().getEnumConstants()).map(value -> value.name()
            + (value == dimension.getter().apply(defaults) ? " (default)" : "")).collect(Collectors.joining(", "))))
        .toList();
  }

  /**
   * @param variants the current choices
   * @param setting {@code Dimension=VALUE}
   * @return {@code variants} with that dimension set
   * @throws IllegalArgumentException when the setting has no {@code =}, or names an unknown dimension or value
   */
  public static ApiVariants withSetting(ApiVariants variants, String setting) {
    int equals = setting.indexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException("a variant is Dimension=VALUE, was " + setting);
    }
    return with(variants, setting.substring(0, equals), setting.substring(equals + 1));
  }

  /**
   * @param variants the current choices
   * @param dimension a dimension name, any case
   * @param value one of its values, any case
   * @return {@code variants} with that dimension set
   * @throws IllegalArgumentException for an unknown dimension or value
   */
  public static ApiVariants with(ApiVariants variants, String dimension, String value) {
    String wanted = dimension.trim();
    for (Dimension<?> candidate : DIMENSIONS) {
      if (candidate.name().equalsIgnoreCase(wanted)) {
        return candidate.set(variants, value);
      }
    }
    throw new IllegalArgumentException("unknown variant dimension " + wanted + "; one of "
        + String.join(", ", dimensions()));
  }

  /**
   * @param variants the choices
   * @return each dimension's name with the name of its chosen value, in declaration order
   */
  public static Map<String, String> describe(ApiVariants variants) {
    Map<String, String> described = new LinkedHashMap<>();
    for (Dimension<?> dimension : DIMENSIONS) {
      described.put(dimension.name(), dimension.get(variants));
    }
    return described;
  }

  /** One dimension: its enum type, how to read it from and how to set it on {@link ApiVariants}. */
  private record Dimension<E extends Enum<E>>(Class<E> type, Function<ApiVariants, E> getter,
      BiFunction<ApiVariants, E, ApiVariants> setter) {

    String name() {
      return type.getSimpleName();
    }

    String get(ApiVariants variants) {
      return getter.apply(variants).name();
    }

    ApiVariants set(ApiVariants variants, String value) {
      return setter.apply(variants, ControlBodies.constant(type, value));
    }
  }
}
