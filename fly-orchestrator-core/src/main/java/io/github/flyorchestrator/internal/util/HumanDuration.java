package io.github.flyorchestrator.internal.util;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Writes a duration the way a person reads it in a message: {@code 250ms}, {@code 5s}, {@code 1.5s},
 * {@code 1m30s}, {@code 2h5m}; never ISO-8601's {@code PT1M30S}. Whole hours, minutes and seconds are written as
 * such; a remainder below one second is a decimal fraction of the seconds; anything below a millisecond is dropped
 * unless the whole duration is shorter than one (then it is {@code <1ms}).
 */
public final class HumanDuration {

  private static final long MILLIS_PER_SECOND = 1_000;
  private static final long SECONDS_PER_MINUTE = 60;
  private static final long SECONDS_PER_HOUR = 3_600;

  private HumanDuration() {
  }

  /**
   * Formats a duration for a message.
   *
   * @param duration the duration, or {@code null}
   * @return e.g. {@code 5s}, {@code 1m30s}, {@code 250ms}, {@code 0s}; {@code null} for {@code null} (so that a
   *     validation message can name a missing value)
   */
  public static String format(Duration duration) {
    if (duration == null) {
      return "null";
    }
    if (duration.isNegative()) {
      return "-" + format(duration.negated());
    }
    if (duration.isZero()) {
      return "0s";
    }
    long totalMillis = duration.toMillis();
    if (totalMillis == 0) {
      return "<1ms";
    }
    if (totalMillis < MILLIS_PER_SECOND) {
      return totalMillis + "ms";
    }
    long seconds = duration.getSeconds();
    long millis = totalMillis % MILLIS_PER_SECOND;
    StringBuilder text = new StringBuilder();
    long hours = seconds / SECONDS_PER_HOUR;
    long minutes = seconds % SECONDS_PER_HOUR / SECONDS_PER_MINUTE;
    long restSeconds = seconds % SECONDS_PER_MINUTE;
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0) {
      text.append(minutes).append('m');
    }
    if (restSeconds > 0 || millis > 0) {
      BigDecimal secondsWithFraction = BigDecimal.valueOf(restSeconds * MILLIS_PER_SECOND + millis, 3)
          .stripTrailingZeros();
      text.append(secondsWithFraction.toPlainString()).append('s');
    }
    return text.toString();
  }
}
