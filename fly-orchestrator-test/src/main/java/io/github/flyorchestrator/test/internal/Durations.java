package io.github.flyorchestrator.test.internal;

import java.time.Duration;

/** Durations as people write them in messages: {@code 250ms}, {@code 5s}, {@code 1m30s}, {@code 2h}. */
public final class Durations {

  private Durations() {
  }

  /**
   * @param duration a duration
   * @return it in the largest units that keep it exact, millisecond precision
   */
  public static String human(Duration duration) {
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder(millis < 0 ? "-" : "");
    long rest = Math.abs(millis);
    rest = part(out, rest, 3_600_000, "h");
    rest = part(out, rest, 60_000, "m");
    rest = part(out, rest, 1_000, "s");
    part(out, rest, 1, "ms");
    return out.toString();
  }

  private static long part(StringBuilder out, long millis, long unit, String suffix) {
    if (millis >= unit) {
      out.append(millis / unit).append(suffix);
    }
    return millis % unit;
  }
}
