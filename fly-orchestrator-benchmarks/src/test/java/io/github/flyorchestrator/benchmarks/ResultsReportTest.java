package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.CallRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.LatencyRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.OverheadResult;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.ScaleRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.Score;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsReportTest {

  private static BenchmarkResults results(long p99OfA, long maxCallsAt90, int peakThreads, double clientMicros) {
    return new BenchmarkResults("test host",
        List.of(new LatencyRow(Strategies.WAIT_ENDPOINT, new LatencySummary(200, 10, 20, p99OfA, p99OfA), 0, 1.5),
            new LatencyRow(Strategies.POLLING_FALLBACK, new LatencySummary(200, 400, 900, 1000, 1100), 0, 1.5),
            new LatencyRow(Strategies.REFERENCE, new LatencySummary(200, 500, 950, 1200, 1300), 0, 1.5)),
        List.of(new CallRow(Strategies.WAIT_ENDPOINT, 90, 0.1, 20, maxCallsAt90, maxCallsAt90, 0),
            new CallRow(Strategies.NAIVE, 90, 0.1, 20, 90, 91, 0)),
        List.of(new ScaleRow(ScaleRun.Variant.ORCHESTRATOR.label(), 10_000, 10_000, 10_000, 25_000, 40,
            300L << 20, 400L << 20, "none", "HTTP1_1", 10_000, 400L << 20, 20L << 20),
            new ScaleRow(ScaleRun.Variant.ORCHESTRATOR_H2C.label(), 10_000, 10_000, 10_000, 25_000, peakThreads,
                300L << 20, 100L << 20, "none", "H2C", peakThreads, 100L << 20, 20L << 20)),
        new OverheadResult(new Score(clientMicros, 1, 4000), new Score(100, 1, 3000), new Score(400, 5, 20000),
            new RatioInterval(clientMicros / 100, 0.014 * clientMicros / 100, 12), "plan"),
        rollout(0, 18_000), coldStart(600, 500), List.of("a note"));
  }

  private static RolloutRun.RolloutRow rollout(long tooManyRequests, long wallMillis) {
    return new RolloutRun.RolloutRow(60, 8, Duration.ofMillis(2200), wallMillis, 17_600, tooManyRequests, true,
        "{200=300}");
  }

  private static ColdStartRun.ColdStartRow coldStart(long javaMillis, long nodeMillis) {
    return new ColdStartRun.ColdStartRow(50, 5, javaMillis, 300, "phases", nodeMillis, "");
  }

  @Test
  void targetsWithinLimitsAreMet() {
    String targets = ResultsReport.targets(results(50, 4, 63, 105));
    assertThat(targets).doesNotContain("missed").doesNotContain("not measured");
  }

  @Test
  void eachTargetBeyondItsLimitIsReportedMissedWithTheMeasuredValue() {
    String targets = ResultsReport.targets(results(51, 5, 64, 106));
    assertThat(targets)
        .contains("(a) p99 detection latency ≤ 50 ms, interleaved: **missed** (p99 51 ms; client CPU 1.50 ms per")
        .contains("(a) API calls ≤ 4 when ready after 90 s: **missed** (max 5")
        .contains("fewer than 64 live platform threads: **missed** (peak 64)")
        .contains("over at most 64 connections: **met** (peak 64)")
        .contains("getMachine against raw WebClient + decode ≤ 1.05 (loopback stub): **missed** "
            + "(ratio 1.060 ± 0.015)");
  }

  @Test
  void theHttp2RowCarriesTheScaleTargetsAndHttp11IsReportedBesideIt() {
    String targets = ResultsReport.targets(results(50, 4, 65, 105));
    assertThat(targets)
        .contains("over at most 64 connections: **missed** (peak 65)")
        .contains("at most 128 MB live heap (after GC): **met** (100 MB live while waiting, 20 MB before, 8.2 KB per wait)")
        .contains("- HTTP/1.1 beside it (no target): 10000 of 10000 succeed, peak 10000 connections");
  }

  @Test
  void theRolloutIsMissedByOne429OrByAWallTimeBeyondTheBound() {
    BenchmarkResults base = results(10, 4, 20, 100);
    BenchmarkResults limited = new BenchmarkResults(base.machine(), base.latency(), base.calls(), base.scale(),
        base.overhead(), rollout(1, 20_300), base.coldStart(), base.notes());
    assertThat(ResultsReport.targets(base)).contains("at Fly's rate limits: no 429: **met** (0 × 429, 60 machines)")
        .contains("× the lower bound: **met** (18000 ms vs bound 17600 ms: ratio 1.023)");
    assertThat(ResultsReport.targets(limited)).contains("no 429: **missed** (1 × 429")
        .contains("× the lower bound: **missed** (20300 ms vs bound 17600 ms: ratio 1.153)");
  }

  @Test
  void theColdStartIsNotMeasuredWithoutFlyAdminAndSaysWhy() {
    BenchmarkResults base = results(10, 4, 20, 100);
    BenchmarkResults withoutNode = new BenchmarkResults(base.machine(), base.latency(), base.calls(), base.scale(),
        base.overhead(), base.rollout(), new ColdStartRun.ColdStartRow(50, 5, 600, 300, "phases", -1,
            "fly-admin not run: npm is not on this machine"), base.notes());
    assertThat(ResultsReport.targets(base)).contains("≤ 1.2 × fly-admin: **met** (600 ms vs 500 ms: ratio 1.20)");
    assertThat(ResultsReport.targets(withoutNode))
        .contains("≤ 1.2 × fly-admin: not measured (fly-admin not run: npm is not on this machine)");
  }

  @Test
  void theOverheadRatioIsUnresolvedWhenItsIntervalIsWiderThanThreePercent() {
    BenchmarkResults base = results(10, 4, 20, 100);
    BenchmarkResults noisy = new BenchmarkResults(base.machine(), base.latency(), base.calls(), base.scale(),
        new OverheadResult(new Score(100, 3, 4000), new Score(100, 3, 3000), new Score(400, 5, 20000),
            new RatioInterval(1.0, 0.042, 12), "plan"),
        base.rollout(), base.coldStart(), base.notes());
    assertThat(ResultsReport.targets(base)).contains("narrower than ±3.0 %: **met** (±1.4 % over 12 forks)");
    assertThat(ResultsReport.targets(noisy)).contains("narrower than ±3.0 %: **missed** (±4.2 % over 12 forks)");
  }

  @Test
  void markdownShowsTheRatioOfCallsToTheNaivePoller() {
    String markdown = ResultsReport.markdown(results(10, 4, 20, 100), "results.png");
    assertThat(markdown).contains("| ratio (a) / (d), mean calls | 0.04 |").contains("![benchmark plot](results.png)");
  }
}
