package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.CallRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.LatencyRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.OverheadResult;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.ScaleRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsReportTest {

  private static BenchmarkResults results(long p99OfA, long maxCallsAt90, int peakThreads, double clientMicros) {
    return new BenchmarkResults("test host",
        List.of(new LatencyRow(Strategies.WAIT_ENDPOINT, new LatencySummary(200, 10, 20, p99OfA, p99OfA), 0),
            new LatencyRow(Strategies.POLLING_FALLBACK, new LatencySummary(200, 400, 900, 1000, 1100), 0),
            new LatencyRow(Strategies.REFERENCE, new LatencySummary(200, 500, 950, 1200, 1300), 0)),
        List.of(new CallRow(Strategies.WAIT_ENDPOINT, 90, 0.1, 20, maxCallsAt90, maxCallsAt90, 0),
            new CallRow(Strategies.NAIVE, 90, 0.1, 20, 90, 91, 0)),
        List.of(new ScaleRow(ScaleRun.Variant.ORCHESTRATOR.label(), 10_000, 10_000, 10_000, 25_000, peakThreads,
            300L << 20, 100L << 20, "none")),
        new OverheadResult(new Score(clientMicros, 1, 4000), new Score(100, 1, 3000), new Score(400, 5, 20000), "plan"), List.of("a note"));
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
        .contains("(a) p99 detection latency ≤ 50 ms: **missed** (p99 51 ms)")
        .contains("(a) API calls ≤ 4 when ready after 90 s: **missed** (max 5")
        .contains("fewer than 64 live platform threads: **missed** (peak 64)")
        .contains("getMachine against raw WebClient + decode ≤ 1.05 (loopback stub): **missed** (ratio 1.060 ± 0.015)");
  }

  @Test
  void markdownShowsTheRatioOfCallsToTheNaivePoller() {
    String markdown = ResultsReport.markdown(results(10, 4, 20, 100), "results.png");
    assertThat(markdown).contains("| ratio (a) / (d), mean calls | 0.04 |").contains("![benchmark plot](results.png)");
  }
}
