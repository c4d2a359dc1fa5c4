package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.OverheadResult;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.Score;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Phase 4 through JMH's runner, each fork a fresh JVM with its own {@link LoopbackStub}: no simulator, so the server's
 * cost is small and equal for both GETs. The ratio comes from {@link GetMachineOverheadBenchmark#pair} (one GET of
 * each per operation, each timed on its own) in {@code forks} forks, its interval from Student's t over the per-fork
 * ratios ({@link RatioInterval}); bytes per call ({@code -prof gc}) from {@link GetMachineOverheadBenchmark#getMachine}
 * for each GET and from {@link CreateAndWaitBenchmark}, in {@code profiledForks} forks each.
 */
public final class OverheadRun {

  /**
   * How much JMH runs.
   *
   * @param forks JVM forks of the paired GETs
   * @param warmUpIterations warm-up iterations per fork
   * @param measurementIterations measured iterations per fork
   * @param iterationMillis length of one iteration
   * @param profiledForks JVM forks of each profiled benchmark (bytes per call; same iterations)
   */
  public record Plan(int forks, int warmUpIterations, int measurementIterations, int iterationMillis,
      int profiledForks) {

    /**
     * The full run: 16 forks × (4 s warm-up + 6 s measured) of paired GETs, about 4 min in all; 10 forks gave ±2.4 %
     * and ±3.5 % in two runs on a quiet 2-core host, too close to the ±3 % target.
     */
    public static final Plan FULL = new Plan(16, 8, 12, 500, 1);
    /** {@code --quick}: a few short forks. */
    public static final Plan QUICK = new Plan(3, 4, 6, 500, 1);

    /**
     * @throws IllegalArgumentException when fewer than two forks or no measured iteration are asked for
     */
    public Plan {
      if (forks < 2 || measurementIterations < 1 || profiledForks < 1) {
        throw new IllegalArgumentException("the ratio needs at least two forks and every run a measured iteration");
      }
    }

    /** @return e.g. "10 forks × (8 warm-up + 12 measured iterations of 500 ms) of paired GETs; ..." */
    public String describe() {
      return forks + " forks × (" + warmUpIterations + " warm-up + " + measurementIterations
          + " measured iterations of " + iterationMillis + " ms) of paired GETs; bytes per call from "
          + profiledForks + " fork(s) of each GET alone and of create-and-wait with -prof gc";
    }
  }

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private OverheadRun() {
  }

  /**
   * @param plan forks and iterations
   * @param jmhLog where JMH writes its own output (the profiled runs beside it)
   * @return the scores and the ratio
   * @throws RunnerException when JMH fails
   */
  public static OverheadResult run(Plan plan, Path jmhLog) throws RunnerException {
    String benchmark = GetMachineOverheadBenchmark.class.getName();
    Collection<RunResult> pairs = runJmh(benchmark + ".pair$", plan, plan.forks(), false, jmhLog);
    Collection<RunResult> alone = runJmh(benchmark + ".getMachine$", plan, plan.profiledForks(), true,
        jmhLog.resolveSibling("jmh-getmachine-gc.log"));
    Collection<RunResult> createAndWait = runJmh(CreateAndWaitBenchmark.class.getName() + ".*", plan,
        plan.profiledForks(), true, jmhLog.resolveSibling("jmh-create-and-wait.log"));
    double clientBytes = Double.NaN;
    double rawBytes = Double.NaN;
    for (RunResult result : alone) {
      double bytes = score(result).bytesPerOp();
      if ("client".equals(result.getParams().getParam("name"))) {
        clientBytes = bytes;
      } else {
        rawBytes = bytes;
      }
    }
    return summarise(forkPairs(only(pairs, jmhLog)), clientBytes, rawBytes, score(only(createAndWait, jmhLog)),
        plan.describe());
  }

  private static Collection<RunResult> runJmh(String include, Plan plan, int forks, boolean gc, Path jmhLog)
      throws RunnerException {
    OptionsBuilder options = new OptionsBuilder();
    if (gc) {
      options.addProfiler(GCProfiler.class);
    }
    options.include(include)
        .forks(forks)
        .warmupIterations(plan.warmUpIterations())
        .warmupTime(TimeValue.milliseconds(plan.iterationMillis()))
        .measurementIterations(plan.measurementIterations())
        .measurementTime(TimeValue.milliseconds(plan.iterationMillis()))
        .jvmArgs("-Xmx1g")
        .shouldFailOnError(true)
        .output(jmhLog.toString());
    return new Runner(options.build()).run();
  }

  private static RunResult only(Collection<RunResult> results, Path jmhLog) {
    if (results.size() != 1) {
      throw new IllegalStateException("JMH reported " + results.size() + " results instead of one; see " + jmhLog);
    }
    return results.iterator().next();
  }

  private static List<ForkPair> forkPairs(RunResult result) {
    List<ForkPair> forks = new ArrayList<>();
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      double clientNanos = 0;
      double rawNanos = 0;
      double pairs = 0;
      for (IterationResult iteration : fork.getIterationResults()) {
        Map<String, Result> counters = iteration.getSecondaryResults();
        clientNanos += secondary(counters, "clientNanos");
        rawNanos += secondary(counters, "rawNanos");
        pairs += secondary(counters, "pairs");
      }
      forks.add(ForkPair.of(clientNanos, rawNanos, pairs));
    }
    return forks;
  }

  /**
   * @param forks the paired GETs' forks
   * @param clientBytes bytes per client GET
   * @param rawBytes bytes per raw GET
   * @param createAndWait the create-and-wait score
   * @param plan the plan in words
   * @return the two GETs' scores (means over forks, Student's t half-widths over the per-fork means) and the ratio
   */
  static OverheadResult summarise(List<ForkPair> forks, double clientBytes, double rawBytes, Score createAndWait,
      String plan) {
    double[] ratios = forks.stream().mapToDouble(ForkPair::ratio).toArray();
    return new OverheadResult(acrossForks(forks, ForkPair::clientMicros, clientBytes),
        acrossForks(forks, ForkPair::rawMicros, rawBytes), createAndWait,
        RatioInterval.ofForkRatios(ratios, RatioInterval.CONFIDENCE), plan);
  }

  private static Score acrossForks(List<ForkPair> forks, ToDoubleFunction<ForkPair> micros, double bytes) {
    double[] interval = RatioInterval.meanAndHalfWidth(forks.stream().mapToDouble(micros).toArray(),
        RatioInterval.CONFIDENCE);
    return new Score(interval[0], interval[1], bytes);
  }

  private static Score score(RunResult result) {
    Result<?> primary = result.getPrimaryResult();
    return new Score(primary.getScore(), primary.getScoreError(),
        secondary(result.getSecondaryResults(), ALLOCATION));
  }

  private static double secondary(Map<String, Result> results, String label) {
    for (Map.Entry<String, Result> entry : results.entrySet()) {
      if (entry.getKey().endsWith(label)) {
        return entry.getValue().getScore();
      }
    }
    return Double.NaN;
  }
}
