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
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Per-call cost of the project's {@code getMachine} against a raw {@link WebClient} GET of the same machine decoded
 * into the same {@link Machine} record, and of one {@code createMachineAndWait}, all against a {@link LoopbackStub}
 * in the benchmark's own JVM (fixed answers, no simulator), one call at a time. The difference between the two GETs
 * is the client's own work (routing, headers, per-request timeout, error mapping, retry wrapper, observation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GetMachineOverheadBenchmark {

  private static final String APP = "bench-jmh";
  private static final String TOKEN = "jmh-token";

  private LoopbackStub stub;
  private ReactiveFlyMachinesClient client;
  private ReactiveFlyOrchestrator orchestrator;
  private WebClient rawWebClient;

  /** Starts the stub and builds both clients. */
  @Setup(Level.Trial)
  public void setUp() {
    stub = LoopbackStub.start();
    client = ClientFactory.client(stub.baseUrl(), TOKEN);
    orchestrator = ClientFactory.orchestrator(client, true, 1.0);
    rawWebClient = WebClient.builder()
        .baseUrl(stub.baseUrl() + "/v1")
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
        .build();
  }

  /** Stops the stub. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    stub.close();
  }

  /** @return the machine, through the project's client */
  @Benchmark
  public Machine orchestratorClientGetMachine() {
    return client.getMachine(APP, LoopbackStub.MACHINE_ID).block();
  }

  /** @return the machine, through a plain WebClient */
  @Benchmark
  public Machine rawWebClientGetMachine() {
    return rawWebClient.get()
        .uri("/apps/{app}/machines/{id}", APP, LoopbackStub.MACHINE_ID)
        .retrieve()
        .bodyToMono(Machine.class)
        .block();
  }

  /** @return the started machine: create, one wait call answered 200, one read */
  @Benchmark
  public Machine orchestratorCreateMachineAndWait() {
    return orchestrator.createMachineAndWait(CreateMachineRequest.builder(APP, Contestants.CONFIG)
        .timeout(Duration.ofSeconds(30)).build()).block();
  }
}
