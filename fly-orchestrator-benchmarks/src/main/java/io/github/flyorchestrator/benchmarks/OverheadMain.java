package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.OverheadResult;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.Score;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs phase 4 ({@link OverheadRun}) by itself and prints its figures:
 * {@code java -cp benchmarks.jar io.github.flyorchestrator.benchmarks.OverheadMain [--quick | forks warm-up measured
 * iteration-ms create-and-wait-forks]}.
 */
public final class OverheadMain {

  private OverheadMain() {
  }

  /**
   * @param args {@code --quick}, five numbers for a {@link OverheadRun.Plan}, or nothing for the full plan
   * @throws Exception when JMH fails
   */
  public static void main(String[] args) throws Exception {
    OverheadRun.Plan plan = OverheadRun.Plan.FULL;
    if (args.length == 1 && "--quick".equals(args[0])) {
      plan = OverheadRun.Plan.QUICK;
    } else if (args.length == 5) {
      plan = new OverheadRun.Plan(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
          Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    }
    Path out = Files.createTempDirectory("overhead");
    long started = System.nanoTime();
    OverheadResult result = OverheadRun.run(plan, out.resolve("jmh.log"));
    System.out.println("plan: " + result.plan() + " (JMH log in " + out + ")");
    print("client getMachine", result.client());
    print("raw WebClient GET", result.raw());
    print("createMachineAndWait", result.createAndWait());
    RatioInterval ratio = result.ratio();
    System.out.printf(Locale.ROOT, "ratio %.3f ± %.3f (±%.1f %% at 99.9 %%, %d forks); %+.0f bytes per GET; %d s%n",
        ratio.ratio(), ratio.halfWidth(), 100 * ratio.relativeHalfWidth(), ratio.forks(),
        result.client().bytesPerOp() - result.raw().bytesPerOp(), (System.nanoTime() - started) / 1_000_000_000L);
  }

  private static void print(String label, Score score) {
    System.out.printf(Locale.ROOT, "%-22s %9.1f ± %7.1f µs  %8.0f B/op%n", label, score.micros(),
        score.microsError(), score.bytesPerOp());
  }
}
