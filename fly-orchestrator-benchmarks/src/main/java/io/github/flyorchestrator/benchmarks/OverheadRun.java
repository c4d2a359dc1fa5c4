package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.OverheadResult;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.Score;
import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Phase 4: {@link GetMachineOverheadBenchmark} through JMH's runner with the GC profiler ({@code -prof gc}), each
 * fork a fresh JVM with its own {@link LoopbackStub}: no simulator, so the server's cost is small and equal for both
 * GETs.
 */
public final class OverheadRun {

  /**
   * How much JMH runs.
   *
   * @param forks JVM forks per benchmark
   * @param warmUpIterations warm-up iterations per fork
   * @param measurementIterations measured iterations per fork
   * @param iterationSeconds length of one iteration
   */
  public record Plan(int forks, int warmUpIterations, int measurementIterations, int iterationSeconds) {

    /** The full run: 4 forks × 10 measured seconds per benchmark (about 3.5 min for the three). */
    public static final Plan FULL = new Plan(4, 6, 10, 1);
    /** {@code --quick}: one short fork. */
    public static final Plan QUICK = new Plan(1, 2, 3, 1);

    /** @return e.g. "4 forks × (6 × 1 s warm-up + 10 × 1 s measurement)" */
    public String describe() {
      return forks + " forks × (" + warmUpIterations + " × " + iterationSeconds + " s warm-up + "
          + measurementIterations + " × " + iterationSeconds + " s measurement)";
    }
  }

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private OverheadRun() {
  }

  /**
   * @param plan forks and iterations
   * @param jmhLog where JMH writes its own output
   * @return the three scores
   * @throws RunnerException when JMH fails
   */
  public static OverheadResult run(Plan plan, Path jmhLog) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(GetMachineOverheadBenchmark.class.getName() + ".*")
        .forks(plan.forks())
        .warmupIterations(plan.warmUpIterations())
        .warmupTime(TimeValue.seconds(plan.iterationSeconds()))
        .measurementIterations(plan.measurementIterations())
        .measurementTime(TimeValue.seconds(plan.iterationSeconds()))
        .addProfiler(GCProfiler.class)
        .jvmArgs("-Xmx1g")
        .shouldFailOnError(true)
        .output(jmhLog.toString())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Score client = null;
    Score raw = null;
    Score createAndWait = null;
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      Score score = score(result);
      if (label.endsWith("orchestratorClientGetMachine")) {
        client = score;
      } else if (label.endsWith("rawWebClientGetMachine")) {
        raw = score;
      } else if (label.endsWith("orchestratorCreateMachineAndWait")) {
        createAndWait = score;
      }
    }
    if (client == null || raw == null || createAndWait == null) {
      throw new IllegalStateException("JMH did not report all three benchmarks; see " + jmhLog);
    }
    return new OverheadResult(client, raw, createAndWait, plan.describe());
  }

  private static Score score(RunResult result) {
    Result<?> primary = result.getPrimaryResult();
    double bytes = Double.NaN;
    for (var entry : result.getSecondaryResults().entrySet()) {
      if (entry.getKey().endsWith(ALLOCATION)) {
        bytes = entry.getValue().getScore();
      }
    }
    return new Score(primary.getScore(), primary.getScoreError(), bytes);
  }
}
