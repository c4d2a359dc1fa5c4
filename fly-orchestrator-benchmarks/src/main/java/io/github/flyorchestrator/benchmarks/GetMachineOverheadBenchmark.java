package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.Machine;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Per-call cost of the project's {@code getMachine} against a raw {@link WebClient} GET of the same machine decoded
 * into the same {@link Machine} record: both over Reactor Netty to the simulator process, one call at a time. The
 * difference is the client's own work (routing, headers, per-request timeout, error mapping, retry wrapper).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GetMachineOverheadBenchmark {

  /** Simulator root URL. */
  @Param("http://127.0.0.1:4280")
  public String baseUrl;

  /** API token the simulator accepts. */
  @Param("token")
  public String token;

  /** App of the machine. */
  @Param("bench-jmh")
  public String app;

  /** Machine id to read. */
  @Param("machine")
  public String machineId;

  private ReactiveFlyMachinesClient client;
  private WebClient rawWebClient;

  /** Builds both clients. */
  @Setup
  public void setUp() {
    client = ClientFactory.client(URI.create(baseUrl), token);
    rawWebClient = WebClient.builder()
        .baseUrl(baseUrl + "/v1")
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .build();
  }

  /** @return the machine, through the project's client */
  @Benchmark
  public Machine orchestratorClientGetMachine() {
    return client.getMachine(app, machineId).block();
  }

  /** @return the machine, through a plain WebClient */
  @Benchmark
  public Machine rawWebClientGetMachine() {
    return rawWebClient.get()
        .uri("/apps/{app}/machines/{id}", app, machineId)
        .retrieve()
        .bodyToMono(Machine.class)
        .block();
  }
}
