package io.github.flyorchestrator.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Runs the soak ({@link SoakRun}) against a simulator process with Fly's rate limits on, writes
 * {@code target/soak/results.md} and prints it. Options: {@code --duration 10m} (default; {@code 1m}, {@code 90s}
 * or an ISO-8601 duration), {@code --loops 4}, {@code --seed 42}, {@code --out DIR}. Exits with status 1 when the
 * verdict is growth.
 */
public final class SoakMain {

  private SoakMain() {
  }

  /**
   * Entry point.
   *
   * @param args options
   * @throws Exception when the soak cannot run or the results cannot be written
   */
  public static void main(String[] args) throws Exception {
    Duration duration = parseDuration(option(args, "--duration", "10m"));
    int loops = Integer.parseInt(option(args, "--loops", "4"));
    long seed = Long.parseLong(option(args, "--seed", "42"));
    Path out = Path.of(option(args, "--out", Files.isDirectory(Path.of("fly-orchestrator-benchmarks"))
        ? "fly-orchestrator-benchmarks/target/soak" : "target/soak"));
    SoakReport report;
    try (SimulatorProcess simulator = SimulatorProcess.start(0.1, "soak-token", true)) {
      report = new SoakRun(simulator, duration, loops, seed).run();
    }
    String markdown = report.markdown();
    Files.createDirectories(out);
    Files.writeString(out.resolve("results.md"), markdown, StandardCharsets.UTF_8);
    System.out.println(markdown);
    System.out.println("Written to " + out.resolve("results.md"));
    System.exit(report.noGrowth() ? 0 : 1);
  }

  static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  /**
   * Reads a duration as people write it.
   *
   * @param text e.g. {@code 10m}, {@code 90s}, {@code 1h}, or ISO-8601 {@code PT10M}
   * @return the duration
   * @throws IllegalArgumentException when it is none of these or not positive
   */
  static Duration parseDuration(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    Duration duration;
    if (value.startsWith("pt")) {
      duration = Duration.parse(value);
    } else if (value.matches("\\d+[smh]")) {
      long amount = Long.parseLong(value.substring(0, value.length() - 1));
      duration = switch (value.charAt(value.length() - 1)) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
    } else {
      throw new IllegalArgumentException("--duration must look like 10m, 90s, 1h or PT10M, was " + text);
    }
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("--duration must be positive, was " + text);
    }
    return duration;
  }
}
