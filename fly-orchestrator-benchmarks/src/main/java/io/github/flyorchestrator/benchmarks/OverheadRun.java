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
 * Phase 4 through JMH's runner with the GC profiler ({@code -prof gc}), each fork a fresh JVM with its own
 * {@link LoopbackStub}: no simulator, so the server's cost is small and equal for both GETs. The two GETs run by turns
 * in every fork ({@link GetMachineOverheadBenchmark}, {@code alternate}); the ratio's interval is Student's t over
 * the per-fork ratios ({@link RatioInterval}). {@link CreateAndWaitBenchmark} runs after them in fewer forks.
 */
public final class OverheadRun {

  /**
   * How much JMH runs.
   *
   * @param forks JVM forks of the paired GET benchmark
   * @param warmUpIterations warm-up iterations per fork (even, so that measuring starts with the client's turn)
   * @param measurementIterations measured iterations per fork (even: as many for each GET)
   * @param iterationMillis length of one iteration
   * @param createAndWaitForks JVM forks of the create-and-wait benchmark (same iterations)
   */
  public record Plan(int forks, int warmUpIterations, int measurementIterations, int iterationMillis,
      int createAndWaitForks) {

    /** The full run: 10 forks × (4 s warm-up + 8 s measured) of the two GETs by turns, about 3 min in all. */
    public static final Plan FULL = new Plan(10, 8, 16, 500, 2);
    /** {@code --quick}: a few short forks. */
    public static final Plan QUICK = new Plan(3, 4, 6, 500, 1);

    /**
     * @throws IllegalArgumentException when an iteration count is odd or fewer than two forks are asked for
     */
    public Plan {
      if (warmUpIterations % 2 != 0 || measurementIterations < 2 || measurementIterations % 2 != 0 || forks < 2) {
        throw new IllegalArgumentException("iterations must come in pairs and the ratio needs at least two forks");
      }
    }

    /** @return e.g. "12 forks × (8 warm-up + 16 measured iterations of 500 ms, the two GETs by turns)" */
    public String describe() {
      return forks + " forks × (" + warmUpIterations + " warm-up + " + measurementIterations
          + " measured iterations of " + iterationMillis + " ms, the two GETs by turns); create-and-wait "
          + createAndWaitForks + " fork(s) of the same";
    }
  }

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private OverheadRun() {
  }

  /**
   * @param plan forks and iterations
   * @param jmhLog where JMH writes its own output
   * @return the scores and the ratio
   * @throws RunnerException when JMH fails
   */
  public static OverheadResult run(Plan plan, Path jmhLog) throws RunnerException {
    RunResult pairs = runOne(GetMachineOverheadBenchmark.class, plan, plan.forks(), jmhLog);
    Path createAndWaitLog = jmhLog.resolveSibling("jmh-create-and-wait.log");
    RunResult createAndWait = runOne(CreateAndWaitBenchmark.class, plan, plan.createAndWaitForks(), createAndWaitLog);
    return summarise(forkPairs(pairs), score(createAndWait), plan.describe());
  }

  private static RunResult runOne(Class<?> benchmark, Plan plan, int forks, Path jmhLog) throws RunnerException {
    OptionsBuilder options = new OptionsBuilder();
    if (benchmark == GetMachineOverheadBenchmark.class) {
      options.param("contestant", GetMachineOverheadBenchmark.ALTERNATE);
    }
    options.include(benchmark.getName() + ".*")
        .forks(forks)
        .warmupIterations(plan.warmUpIterations())
        .warmupTime(TimeValue.milliseconds(plan.iterationMillis()))
        .measurementIterations(plan.measurementIterations())
        .measurementTime(TimeValue.milliseconds(plan.iterationMillis()))
        .addProfiler(GCProfiler.class)
        .jvmArgs("-Xmx1g")
        .shouldFailOnError(true)
        .output(jmhLog.toString());
    Collection<RunResult> results = new Runner(options.build()).run();
    if (results.size() != 1) {
      throw new IllegalStateException("JMH did not report " + benchmark.getSimpleName() + "; see " + jmhLog);
    }
    return results.iterator().next();
  }

  private static List<ForkPair> forkPairs(RunResult result) {
    List<ForkPair> forks = new ArrayList<>();
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      List<Double> micros = new ArrayList<>();
      List<Double> bytes = new ArrayList<>();
      for (IterationResult iteration : fork.getIterationResults()) {
        micros.add(iteration.getPrimaryResult().getScore());
        Result<?> allocation = secondary(iteration.getSecondaryResults());
        if (allocation != null) {
          bytes.add(allocation.getScore());
        }
      }
      forks.add(ForkPair.of(micros, bytes.size() == micros.size() ? bytes : List.of()));
    }
    return forks;
  }

  /**
   * @param forks the paired GET benchmark's forks
   * @param createAndWait the create-and-wait score
   * @param plan the plan in words
   * @return the two GETs' scores (means over forks, Student's t half-widths over the per-fork means) and the ratio
   */
  static OverheadResult summarise(List<ForkPair> forks, Score createAndWait, String plan) {
    double[] ratios = forks.stream().mapToDouble(ForkPair::ratio).toArray();
    return new OverheadResult(acrossForks(forks, ForkPair::clientMicros, ForkPair::clientBytes),
        acrossForks(forks, ForkPair::rawMicros, ForkPair::rawBytes), createAndWait,
        RatioInterval.ofForkRatios(ratios, RatioInterval.CONFIDENCE), plan);
  }

  private static Score acrossForks(List<ForkPair> forks, ToDoubleFunction<ForkPair> micros,
      ToDoubleFunction<ForkPair> bytes) {
    double[] interval = RatioInterval.meanAndHalfWidth(forks.stream().mapToDouble(micros).toArray(),
        RatioInterval.CONFIDENCE);
    return new Score(interval[0], interval[1], forks.stream().mapToDouble(bytes).average().orElse(Double.NaN));
  }

  private static Score score(RunResult result) {
    Result<?> primary = result.getPrimaryResult();
    Result<?> allocation = secondary(result.getSecondaryResults());
    return new Score(primary.getScore(), primary.getScoreError(),
        allocation == null ? Double.NaN : allocation.getScore());
  }

  private static Result<?> secondary(Map<String, Result> results) {
    for (Map.Entry<String, Result> entry : results.entrySet()) {
      if (entry.getKey().endsWith(ALLOCATION)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
