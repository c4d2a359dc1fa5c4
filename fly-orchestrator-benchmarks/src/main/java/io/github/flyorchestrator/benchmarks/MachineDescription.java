package io.github.flyorchestrator.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** One line describing the host: CPU model, cores, memory, OS and Java. */
public final class MachineDescription {

  private MachineDescription() {
  }

  /** @return e.g. "AMD EPYC, 2 cores (nproc), 24 GiB RAM, Linux 6.1, Java 17.0.15 (OpenJDK 64-Bit Server VM)" */
  public static String describe() {
    return cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores (nproc), " + memory() + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
        + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
  }

  /** @return the first three fields of /proc/loadavg, or "unknown" */
  public static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
  }

  private static String memory() {
    return firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(value -> String.format(Locale.ROOT, "%.0f GiB RAM",
            Long.parseLong(value.replace("kB", "").trim()) / (1024.0 * 1024.0)))
        .orElse("unknown RAM");
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream().filter(line -> line.startsWith(key)).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).trim());
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
