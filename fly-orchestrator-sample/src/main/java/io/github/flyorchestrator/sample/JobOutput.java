package io.github.flyorchestrator.sample;

import io.github.flyorchestrator.param.MachineStateListener;
import java.io.PrintStream;
import java.time.Duration;

/** How the sample's jobs print progress: one line per observed state change, with the time since the job began. */
final class JobOutput {

  private JobOutput() {
  }

  static MachineStateListener stateLines(PrintStream out, long jobStartNanos) {
    return (machineId, state, elapsed) -> out.printf("  %7s  machine %s is %s%n", seconds(since(jobStartNanos)),
        machineId, state);
  }

  static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  static String seconds(Duration duration) {
    return String.format("%.1fs", duration.toMillis() / 1000.0);
  }
}
