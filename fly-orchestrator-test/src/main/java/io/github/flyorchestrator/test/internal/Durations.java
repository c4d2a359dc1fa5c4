package io.github.flyorchestrator.test.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: {@code 250ms}, {@code 5s}, {@code 1m30s}, {@code 2h}. */
public final class Durations {

  private static final Pattern WHOLE = Pattern.compile("(?:\\d{1,9}(?:h|m|s|ms))+");
  private static final Pattern PART = Pattern.compile("(\\d{1,9})(h|ms|m|s)");

  private Durations() {
  }

  /**
   * Reads the form {@link #human(Duration)} writes: one or more whole numbers (up to nine digits) with a unit each
   * ({@code h}, {@code m}, {@code s}, {@code ms}), e.g. {@code 500ms}, {@code 2s}, {@code 1m30s}.
   *
   * @param text the duration as a person writes it
   * @return the duration
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static Duration parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (!WHOLE.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("not a duration: '" + text + "' (write e.g. 500ms, 2s, 1m30s, 2h)");
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(trimmed);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      total = total.plus(switch (part.group(2)) {
        case "h" -> Duration.ofHours(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "s" -> Duration.ofSeconds(amount);
        default -> Duration.ofMillis(amount);
      });
    }
    return total;
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
