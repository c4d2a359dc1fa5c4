package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.OverheadResult;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.MachineSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/** Phase 4: {@link GetMachineOverheadBenchmark} through JMH's runner, one fork, against a running simulator. */
public final class OverheadRun {

  /** JMH warm-up iterations of 2 s. */
  static final int WARM_UP_ITERATIONS = 6;
  /** JMH measurement iterations of 2 s. */
  static final int MEASUREMENT_ITERATIONS = 8;
  /** How long the simulator is warmed before JMH starts. */
  static final Duration SIMULATOR_WARM_UP = Duration.ofSeconds(10);

  private OverheadRun() {
  }

  /**
   * Both kinds of GET, alternately, from this JVM for {@link #SIMULATOR_WARM_UP}: JMH runs the two benchmarks one
   * after the other, and without this the second would meet a simulator JVM that the first had warmed.
   */
  private static void warmSimulator(ReactiveFlyMachinesClient client, SimulatorProcess simulator, String app,
      String machineId) {
    WebClient raw = WebClient.builder().baseUrl(simulator.baseUrl() + "/v1")
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + simulator.token()).build();
    long end = System.nanoTime() + SIMULATOR_WARM_UP.toNanos();
    Flux.range(0, Integer.MAX_VALUE)
        .takeWhile(i -> System.nanoTime() < end)
        .flatMap(i -> i % 2 == 0
            ? client.getMachine(app, machineId)
            : raw.get().uri("/apps/{app}/machines/{id}", app, machineId).retrieve().bodyToMono(Machine.class), 4)
        .blockLast();
  }

  /**
   * @param simulator the simulator (rate limits off)
   * @param jmhLog where JMH writes its own output
   * @return the two scores
   * @throws RunnerException when JMH fails
   */
  public static OverheadResult run(SimulatorProcess simulator, Path jmhLog) throws RunnerException {
    String app = "jmh";
    ReactiveFlyMachinesClient client = ClientFactory.client(simulator.baseUrl(), simulator.token());
    client.createApp(CreateAppRequest.of(app, "personal")).block();
    Machine machine = client.createMachine(app, MachineSpec.of(Contestants.CONFIG, null)).block();
    warmSimulator(client, simulator, app, machine.id());
    Options options = new OptionsBuilder()
        .include(GetMachineOverheadBenchmark.class.getName() + ".*")
        .param("baseUrl", simulator.baseUrl().toString())
        .param("token", simulator.token())
        .param("app", app)
        .param("machineId", machine.id())
        .forks(1)
        .warmupIterations(WARM_UP_ITERATIONS)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(MEASUREMENT_ITERATIONS)
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
