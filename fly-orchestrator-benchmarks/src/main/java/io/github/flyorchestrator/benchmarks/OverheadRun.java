package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.OverheadResult;
import io.github.flyorchestrator.model.CreateAppRequest;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineCreateRequest;
import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Phase 4: {@link GetMachineOverheadBenchmark} through JMH's runner, one fork, against a running simulator. */
public final class OverheadRun {

  private OverheadRun() {
  }

  /**
   * @param simulator the simulator (rate limits off)
   * @param jmhLog where JMH writes its own output
   * @return the two scores
   * @throws RunnerException when JMH fails
   */
  public static OverheadResult run(SimulatorProcess simulator, Path jmhLog) throws RunnerException {
    String app = "jmh";
    var client = ClientFactory.client(simulator.baseUrl(), simulator.token());
    client.createApp(CreateAppRequest.of(app, "personal")).block();
    Machine machine = client.createMachine(app, MachineCreateRequest.of(Contestants.CONFIG, null)).block();
    Options options = new OptionsBuilder()
        .include(GetMachineOverheadBenchmark.class.getName() + ".*")
        .param("baseUrl", simulator.baseUrl().toString())
        .param("token", simulator.token())
        .param("app", app)
        .param("machineId", machine.id())
        .forks(1)
        .warmupIterations(4)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(6)
        .measurementTime(TimeValue.seconds(2))
        .jvmArgs("-Xmx1g")
        .shouldFailOnError(true)
        .output(jmhLog.toString())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    double clientScore = Double.NaN;
    double clientError = Double.NaN;
    double rawScore = Double.NaN;
    double rawError = Double.NaN;
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      if (label.endsWith("orchestratorClientGetMachine")) {
        clientScore = result.getPrimaryResult().getScore();
        clientError = result.getPrimaryResult().getScoreError();
      } else if (label.endsWith("rawWebClientGetMachine")) {
        rawScore = result.getPrimaryResult().getScore();
        rawError = result.getPrimaryResult().getScoreError();
      }
    }
    return new OverheadResult(clientScore, clientError, rawScore, rawError);
  }
}
