package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.param.CreateMachineRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cost of one {@code createMachineAndWait} through the orchestrator against a {@link LoopbackStub}: the create, one
 * wait call answered 200 at once and one read, one orchestration at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CreateAndWaitBenchmark {

  private static final String APP = "bench-jmh";

  private LoopbackStub stub;
  private ReactiveFlyMachinesClient client;
  private ReactiveFlyOrchestrator orchestrator;

  /** Starts the stub and builds the orchestrator. */
  @Setup(Level.Trial)
  public void setUp() {
    stub = LoopbackStub.start();
    client = ClientFactory.client(stub.baseUrl(), "jmh-token");
    orchestrator = ClientFactory.orchestrator(client, true, 1.0);
  }

  /** Stops the stub. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    stub.close();
  }

  /** @return the started machine */
  @Benchmark
  public Machine createMachineAndWait() {
    return orchestrator.createMachineAndWait(CreateMachineRequest.builder(APP, Contestants.CONFIG)
        .timeout(Duration.ofSeconds(30)).build()).block();
  }
}
