package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.CallRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.LatencyRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.OverheadResult;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.ScaleRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.Score;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders {@link BenchmarkResults} as Markdown tables plus a target check list. */
public final class ResultsReport {

  /** p99 detection latency target of (a). */
  static final long P99_TARGET_MILLIS = 50;
  /** Platform thread target at 10,000 concurrent orchestrations. */
  static final int THREAD_TARGET = 64;
  /** Live heap (after GC) target at 10,000 concurrent orchestrations. */
  static final long LIVE_HEAP_TARGET_BYTES = 128L * 1024 * 1024;
  /** At most this many connections carry the 10,000 waits over HTTP/2. */
  static final int CONNECTION_TARGET = 64;
  /** Rollout wall time target, as a multiple of the lower bound. */
  static final double ROLLOUT_TARGET = 1.15;
  /** Cold-start target, as a multiple of fly-admin's burst time. */
  static final double COLD_START_TARGET = 1.2;
  /** Overhead target against raw WebClient. */
  static final double OVERHEAD_TARGET = 1.05;
  /** Widest relative 99.9 % half-width of the overhead ratio that counts as resolved. */
  static final double RATIO_RESOLUTION = 0.03;

  private ResultsReport() {
  }

  /**
   * @param results the measurements
   * @param plotFile file name of the plot beside the Markdown file
   * @return the Markdown document
   */
  public static String markdown(BenchmarkResults results, String plotFile) {
    StringBuilder md = new StringBuilder();
    md.append("## Benchmark results\n\n");
    md.append("Machine: ").append(results.machine()).append("\n\n");
    md.append(targets(results)).append('\n');
    md.append("### 1. Detection latency (state change → method returns), ms\n\n");
    md.append("| strategy | machines | p50 | p95 | p99 | max | failed | client CPU per create-and-wait |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (LatencyRow row : results.latency()) {
      LatencySummary s = row.summary();
      md.append("| ").append(row.strategy()).append(" | ")
          .append(s == null ? "0 | - | - | - | -" : s.count() + " | " + s.p50() + " | " + s.p95() + " | " + s.p99()
              + " | " + s.max())
          .append(" | ").append(row.failures()).append(" | ").append(fmt(row.cpuMillisPerOrchestration()))
          .append(" ms |\n");
    }
    md.append("\n### 2. API calls per create-machine-and-wait (mean / max)\n\n");
    md.append("| strategy |");
    List<Integer> readyTimes = results.calls().stream().map(CallRow::readyAfterSeconds).distinct().sorted().toList();
    for (int t : readyTimes) {
      md.append(" ready after ").append(t).append(" s |");
    }
    md.append("\n|---|").append("---:|".repeat(readyTimes.size())).append('\n');
    for (String strategy : Strategies.ALL) {
      md.append("| ").append(strategy).append(" |");
      for (int t : readyTimes) {
        md.append(' ').append(findCalls(results, strategy, t)
            .map(row -> fmt(row.meanCalls()) + " / " + row.maxCalls() + (row.failures() > 0
                ? " (" + row.failures() + " failed)" : ""))
            .orElse("-")).append(" |");
      }
      md.append('\n');
    }
    md.append("| target for (a): 2 + ceil(T / 60 s) |");
    for (int t : readyTimes) {
      md.append(" ≤ ").append(CallBudget.maxCallsWithWaitEndpoint(Duration.ofSeconds(t))).append(" |");
    }
    md.append("\n| ratio (a) / (d), mean calls |");
    for (int t : readyTimes) {
      Optional<CallRow> a = findCalls(results, Strategies.WAIT_ENDPOINT, t);
      Optional<CallRow> d = findCalls(results, Strategies.NAIVE, t);
      md.append(' ').append(a.isPresent() && d.isPresent() && d.get().meanCalls() > 0
          ? fmt(a.get().meanCalls() / d.get().meanCalls()) : "-").append(" |");
    }
    md.append("\n\nSimulator time scale per column: ");
    List<String> scales = new ArrayList<>();
    for (int t : readyTimes) {
      results.calls().stream().filter(row -> row.readyAfterSeconds() == t).findFirst()
          .ifPresent(row -> scales.add(t + " s → " + row.timeScale()));
    }
    md.append(String.join(", ", scales)).append(".\n\n");
    md.append("### 3. Scale: concurrent create-machine-and-wait in one client JVM\n\n");
    md.append("| client | HTTP | concurrent | succeeded | wall beyond ready time | peak connections "
        + "| peak live platform threads | live heap while waiting (after GC) | peak used heap | failures |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (ScaleRow row : results.scale()) {
      md.append("| ").append(row.variant()).append(" | ").append(row.httpVersion()).append(" | ")
          .append(row.concurrent()).append(" | ")
          .append(row.succeeded()).append(" (").append(fmt(100.0 * row.succeeded() / row.concurrent())).append(" %) | ")
          .append(row.wallMillis() < 0 ? "did not finish" : (row.wallMillis() - row.readyAfterMillis()) + " ms")
          .append(" | ").append(row.peakConnections() < 0 ? "-" : row.peakConnections())
          .append(" | ").append(row.peakPlatformThreads() < 0 ? "-" : row.peakPlatformThreads()).append(" | ")
          .append(row.liveHeapBytes() < 0 ? mb(row.peakHeapAfterGcBytes()) : heapFigures(row)).append(" | ")
          .append(mb(row.peakHeapBytes())).append(" | ")
          .append(row.errors().replace('|', '/')).append(" |\n");
    }
    md.append(overheadSection(results.overhead()));
    md.append(rolloutSection(results.rollout()));
    md.append(coldStartSection(results.coldStart()));
    md.append("\n![benchmark plot](").append(plotFile).append(")\n\n### Conditions and limits\n\n");
    for (String note : results.notes()) {
      md.append("- ").append(note).append('\n');
    }
    return md.toString();
  }

  /**
   * The target check list.
   *
   * @param results the measurements
   * @return Markdown list, one line per target, each saying met, missed or not measured
   */
  static String targets(BenchmarkResults results) {
    List<String> lines = new ArrayList<>();
    Optional<LatencySummary> a = latency(results, Strategies.WAIT_ENDPOINT);
    Optional<LatencySummary> b = latency(results, Strategies.POLLING_FALLBACK);
    Optional<LatencySummary> c = latency(results, Strategies.REFERENCE);
    Optional<LatencyRow> aRow = results.latency().stream()
        .filter(row -> row.strategy().equals(Strategies.WAIT_ENDPOINT) && row.summary() != null).findFirst();
    lines.add(check("(a) p99 detection latency ≤ " + P99_TARGET_MILLIS + " ms, interleaved",
        a.map(s -> s.p99() <= P99_TARGET_MILLIS), aRow.map(row -> "p99 " + row.summary().p99() + " ms; client CPU "
            + fmt(row.cpuMillisPerOrchestration()) + " ms per create-and-wait").orElse("")));
    lines.add(check("(b) no worse than (c) (p50 and p99)",
        b.isPresent() && c.isPresent() ? Optional.of(b.get().p50() <= c.get().p50() && b.get().p99() <= c.get().p99())
            : Optional.empty(),
        b.isPresent() && c.isPresent() ? "(b) " + b.get().p50() + "/" + b.get().p99() + " ms vs (c) " + c.get().p50()
            + "/" + c.get().p99() + " ms" : ""));
    for (CallRow row : results.calls()) {
      if (row.strategy().equals(Strategies.WAIT_ENDPOINT)) {
        long budget = CallBudget.maxCallsWithWaitEndpoint(Duration.ofSeconds(row.readyAfterSeconds()));
        lines.add(check("(a) API calls ≤ " + budget + " when ready after " + row.readyAfterSeconds() + " s",
            Optional.of(row.maxCalls() <= budget && row.failures() == 0),
            "max " + row.maxCalls() + ", mean " + fmt(row.meanCalls())));
      }
    }
    Optional<ScaleRow> big = largestRow(results, ScaleRun.Variant.ORCHESTRATOR_H2C);
    lines.add(check("10,000 concurrent orchestrations over HTTP/2 all succeed",
        big.map(r -> r.succeeded() == r.concurrent()), big.map(r -> r.succeeded() + " of " + r.concurrent()).orElse("")));
    lines.add(check("… over at most " + CONNECTION_TARGET + " connections",
        big.map(r -> r.peakConnections() >= 0 && r.peakConnections() <= CONNECTION_TARGET),
        big.map(r -> "peak " + r.peakConnections()).orElse("")));
    lines.add(check("… with fewer than " + THREAD_TARGET + " live platform threads",
        big.map(r -> r.peakPlatformThreads() >= 0 && r.peakPlatformThreads() < THREAD_TARGET),
        big.map(r -> "peak " + r.peakPlatformThreads()).orElse("")));
    lines.add(check("… with at most " + LIVE_HEAP_TARGET_BYTES / (1024 * 1024) + " MB live heap (after GC)",
        big.map(r -> r.liveHeapBytes() >= 0 && r.liveHeapBytes() <= LIVE_HEAP_TARGET_BYTES),
        big.map(ResultsReport::heapFigures).orElse("")));
    largestRow(results, ScaleRun.Variant.ORCHESTRATOR).ifPresent(r -> lines.add("- HTTP/1.1 beside it (no target): "
        + r.succeeded() + " of " + r.concurrent() + " succeed, peak " + r.peakConnections() + " connections, "
        + r.peakPlatformThreads() + " platform threads, " + heapFigures(r)));
    OverheadResult o = results.overhead();
    lines.add(check("getMachine against raw WebClient + decode ≤ " + OVERHEAD_TARGET + " (loopback stub)",
        o == null ? Optional.empty() : Optional.of(o.ratio().ratio() <= OVERHEAD_TARGET),
        o == null ? "" : "ratio " + ratio(o.ratio())));
    lines.add(check("… its 99.9 % interval narrower than ±" + pct(RATIO_RESOLUTION),
        o == null ? Optional.empty() : Optional.of(o.ratio().relativeHalfWidth() <= RATIO_RESOLUTION),
        o == null ? "" : "±" + pct(o.ratio().relativeHalfWidth()) + " over " + o.ratio().forks() + " forks"));
    RolloutRun.RolloutRow r = results.rollout();
    lines.add(check("rollout of " + RolloutRun.MACHINES + " machines at Fly's rate limits: no 429",
        r == null ? Optional.empty() : Optional.of(r.tooManyRequests() == 0 && r.machines() >= RolloutRun.MACHINES
            && r.successful()),
        r == null ? "" : r.tooManyRequests() + " × 429, " + r.machines() + " machines"
            + (r.successful() ? "" : ", not every machine updated")));
    lines.add(check("… wall time ≤ " + ROLLOUT_TARGET + " × the lower bound",
        r == null ? Optional.empty() : Optional.of(r.ratio() <= ROLLOUT_TARGET && r.machines() >= RolloutRun.MACHINES),
        r == null ? "" : r.wallMillis() + " ms vs bound " + r.lowerBoundMillis() + " ms: ratio "
            + String.format(Locale.ROOT, "%.3f", r.ratio())));
    ColdStartRun.ColdStartRow c0 = results.coldStart();
    boolean raced = c0 != null && c0.nodeMillis() > 0;
    lines.add(check("first burst of " + ColdStartRun.BURST + " create-and-waits in a fresh JVM ≤ " + COLD_START_TARGET
            + " × fly-admin",
        raced ? Optional.of(c0.ratio() <= COLD_START_TARGET) : Optional.empty(),
        c0 == null ? "" : raced ? c0.javaFirstMillis() + " ms vs " + c0.nodeMillis() + " ms: ratio "
            + String.format(Locale.ROOT, "%.2f", c0.ratio()) : c0.note()));
    return "### Targets\n\n" + String.join("\n", lines) + "\n";
  }

  private static String overheadSection(OverheadResult o) {
    StringBuilder md = new StringBuilder(
        "\n### 4. Per-call overhead against a raw WebClient GET (JMH, loopback stub)\n\n");
    if (o == null) {
      return md.append("Not measured in this run.\n").toString();
    }
    md.append("| call | µs/call (± 99.9 % CI) | bytes allocated per call (-prof gc) |\n|---|---:|---:|\n");
    row(md, "project client `getMachine`", o.client());
    row(md, "raw `WebClient` GET + decode into `Machine`", o.raw());
    row(md, "orchestrator `createMachineAndWait` (create, wait 200, read)", o.createAndWait());
    md.append("| ratio `getMachine` / raw | ").append(ratio(o.ratio())).append(" | ")
        .append(String.format(Locale.ROOT, "%+.0f", o.client().bytesPerOp() - o.raw().bytesPerOp()))
        .append(" bytes |\n\nJMH: ").append(o.plan()).append(".\n");
    return md.toString();
  }

  private static String rolloutSection(RolloutRun.RolloutRow r) {
    StringBuilder md = new StringBuilder("\n### 5. Rollout at Fly's rate limits\n\n");
    if (r == null) {
      return md.append("Not measured in this run.\n").toString();
    }
    return md.append("| machines | concurrency | per machine (replace + start) | wall time | lower bound | ratio "
            + "| 429s | updated all | responses by status |\n|---:|---:|---:|---:|---:|---:|---:|---|---|\n| ")
        .append(r.machines()).append(" | ").append(r.concurrency()).append(" | ").append(r.perMachine().toMillis())
        .append(" ms | ").append(r.wallMillis()).append(" ms | ").append(r.lowerBoundMillis()).append(" ms | ")
        .append(String.format(Locale.ROOT, "%.3f", r.ratio())).append(" | ").append(r.tooManyRequests()).append(" | ")
        .append(r.successful() ? "yes" : "no").append(" | ").append(r.statuses()).append(" |\n\n")
        .append("Lower bound = max(ceil(N / c) × t, max over shared buckets (n − burst) / rate) = ceil(")
        .append(r.machines()).append(" / ").append(r.concurrency()).append(") × ").append(r.perMachine().toMillis())
        .append(" ms (the app's machine list, 1 call against a burst of 3, adds nothing).\n").toString();
  }

  private static String coldStartSection(ColdStartRun.ColdStartRow c) {
    StringBuilder md = new StringBuilder("\n### 6. Cold start: the first burst of create-and-waits in a fresh "
        + "process\n\n");
    if (c == null) {
      return md.append("Not measured in this run.\n").toString();
    }
    md.append("| contestant | burst | first burst (median of ").append(c.rounds()).append(") | second burst, same "
        + "process |\n|---|---:|---:|---:|\n| project (fresh JVM) | ").append(c.burst()).append(" | ")
        .append(c.javaFirstMillis()).append(" ms | ").append(c.javaSecondMillis()).append(" ms |\n| ")
        .append(ColdStartRun.FLY_ADMIN).append(" on node | ").append(c.burst()).append(" | ")
        .append(c.nodeMillis() > 0 ? c.nodeMillis() + " ms" : "not run").append(" | - |\n\n")
        .append("Where the median JVM's time went: ").append(c.javaPhases()).append(". Building includes the ")
        .append("client's and the orchestrator's warm-up (`fly.warm-up`, off by default, on in this phase: one ")
        .append("create-and-wait against ")
        .append("a loopback server of the JVM).\n");
    if (!c.note().isEmpty()) {
      md.append("\n").append(c.note()).append("\n");
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String label, Score score) {
    md.append("| ").append(label).append(" | ").append(fmt(score.micros())).append(" ± ")
        .append(fmt(score.microsError())).append(" | ").append(String.format(Locale.ROOT, "%.0f", score.bytesPerOp()))
        .append(" |\n");
  }

  private static String ratio(RatioInterval interval) {
    return String.format(Locale.ROOT, "%.3f ± %.3f", interval.ratio(), interval.halfWidth());
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
  }

  private static Optional<ScaleRow> largestRow(BenchmarkResults results, ScaleRun.Variant variant) {
    return results.scale().stream().filter(row -> row.variant().equals(variant.label()) && row.concurrent() == 10_000)
        .findFirst();
  }

  private static String heapFigures(ScaleRow row) {
    long perWait = row.liveHeapBytesPerWait();
    return mb(row.liveHeapBytes()) + " live while waiting, " + mb(row.idleHeapBytes()) + " before"
        + (perWait < 0 ? "" : ", " + String.format(Locale.ROOT, "%.1f KB", perWait / 1024.0) + " per wait");
  }

  private static String check(String target, Optional<Boolean> met, String measured) {
    String verdict = met.map(ok -> ok ? "**met**" : "**missed**").orElse("not measured");
    return "- " + target + ": " + verdict + (measured.isEmpty() ? "" : " (" + measured + ")");
  }

  private static Optional<LatencySummary> latency(BenchmarkResults results, String strategy) {
    return results.latency().stream().filter(row -> row.strategy().equals(strategy) && row.summary() != null)
        .map(LatencyRow::summary).findFirst();
  }

  private static Optional<CallRow> findCalls(BenchmarkResults results, String strategy, int readyAfter) {
    return results.calls().stream()
        .filter(row -> row.strategy().equals(strategy) && row.readyAfterSeconds() == readyAfter).findFirst();
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "-" : String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
  }
}
