package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.internal.util.HumanDuration;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a soak measured and what it means: throughput, errors by type, latency percentiles per workflow, and the
 * leak verdict from the heap after a full collection and the live thread count, taken after the warm-up and at the
 * end. Rendered as Markdown for {@code target/soak/results.md}.
 *
 * @param duration how long the workflows ran (warm-up included)
 * @param loops concurrent create/update/destroy loops
 * @param seed the seed of the fault schedule
 * @param faultsInjected faults the simulator was told to inject
 * @param latenciesMillis successful workflows' latencies, per workflow name
 * @param errors failed workflows, per "workflow: error type"
 * @param baseline the JVM after the warm-up
 * @param end the JVM at the end
 */
public record SoakReport(Duration duration, int loops, long seed, int faultsInjected,
    Map<String, List<Long>> latenciesMillis, Map<String, Integer> errors, JvmSnapshot baseline, JvmSnapshot end) {

  /** Heap growth that still counts as none: 10 % of the baseline, and never less than this. */
  static final long HEAP_SLACK_BYTES = 16L * 1024 * 1024;
  /** Thread growth that still counts as none (a pool thread started late, the sampler). */
  static final int THREAD_SLACK = 2;

  /** Copies the maps, sorted by name. */
  public SoakReport {
    latenciesMillis = Collections.unmodifiableMap(new TreeMap<>(latenciesMillis));
    errors = Collections.unmodifiableMap(new TreeMap<>(errors));
  }

  /**
   * The JVM's resources at one moment.
   *
   * @param heapAfterGcBytes heap in use right after a full collection
   * @param liveThreads live platform threads, the soak's own loop threads not counted
   */
  public record JvmSnapshot(long heapAfterGcBytes, int liveThreads) {
  }

  /** @return successful workflows of every kind */
  public long successes() {
    return latenciesMillis.values().stream().mapToLong(List::size).sum();
  }

  /** @return failed workflows of every kind */
  public long failures() {
    return errors.values().stream().mapToLong(Integer::longValue).sum();
  }

  /** @return successful workflows per minute */
  public double throughputPerMinute() {
    double minutes = duration.toMillis() / 60_000.0;
    return minutes > 0 ? successes() / minutes : 0;
  }

  /** @return whether the heap after GC and the thread count stayed within their slack from the baseline */
  public boolean noGrowth() {
    long heapSlack = Math.max(HEAP_SLACK_BYTES, baseline.heapAfterGcBytes() / 10);
    return end.heapAfterGcBytes() - baseline.heapAfterGcBytes() <= heapSlack
        && end.liveThreads() - baseline.liveThreads() <= THREAD_SLACK;
  }

  /** @return the verdict line */
  public String verdict() {
    return noGrowth()
        ? "no growth: heap after GC and threads at the end are within the slack of the baseline (no leak seen)"
        : "GROWTH: heap after GC or threads grew beyond the slack of the baseline (possible leak)";
  }

  /** @return the report as Markdown */
  public String markdown() {
    StringBuilder md = new StringBuilder("# Soak results\n\n");
    md.append(String.format(Locale.ROOT, "%s, %d concurrent create/update/destroy loops, fault seed %d, %d faults "
        + "injected; simulator rate limits and the client's rate limits on.%n%n", HumanDuration.format(duration),
        loops, seed, faultsInjected));
    md.append(String.format(Locale.ROOT, "Throughput: %.1f workflows/min (%d succeeded, %d failed).%n%n",
        throughputPerMinute(), successes(), failures()));
    md.append("| workflow | ok | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
    latenciesMillis.forEach((workflow, samples) -> {
      if (samples.isEmpty()) {
        md.append("| ").append(workflow).append(" | 0 | - | - | - | - |\n");
      } else {
        LatencySummary summary = LatencySummary.of(samples);
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", workflow, summary.count(),
            summary.p50(), summary.p95(), summary.p99(), summary.max()));
      }
    });
    md.append("\n| error | count |\n|---|---:|\n");
    if (errors.isEmpty()) {
      md.append("| none | 0 |\n");
    }
    errors.forEach((type, count) -> md.append("| ").append(type).append(" | ").append(count).append(" |\n"));
    md.append("\n| JVM | after warm-up | end |\n|---|---:|---:|\n");
    md.append(String.format(Locale.ROOT, "| heap after GC | %.1f MiB | %.1f MiB |%n",
        mebibytes(baseline.heapAfterGcBytes()), mebibytes(end.heapAfterGcBytes())));
    md.append(String.format(Locale.ROOT, "| live threads | %d | %d |%n", baseline.liveThreads(), end.liveThreads()));
    md.append("\nVerdict: ").append(verdict()).append('\n');
    return md.toString();
  }

  private static double mebibytes(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
