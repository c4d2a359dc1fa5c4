package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.Machine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Per-call cost of the project's {@code getMachine} against a raw {@link WebClient} GET of the same machine decoded
 * into the same {@link Machine} record, against a {@link LoopbackStub} (fixed answers, its own event loop), one call
 * at a time. The difference between the two GETs is the client's own work (routing, headers, timeouts, error
 * mapping, retry wrapper, token filter, decoding).
 *
 * <p>With {@code contestant = alternate} (what {@link OverheadRun} uses) the two GETs take turns by iteration inside
 * one fork: even iterations (counting warm-up ones) call the client, odd ones the raw WebClient. Each pair of
 * neighbouring iterations then shares the fork's JIT state and the host's load of the moment, and the ratio of the
 * fork's two means cancels most of what disturbs both alike. {@code client} or {@code raw} runs only one of them, for
 * profiling ({@code -prof gc}, {@code -prof jfr}, {@code -prof stack}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GetMachineOverheadBenchmark {

  /** Runs both GETs by turns (the paired measurement). */
  public static final String ALTERNATE = "alternate";

  private static final String APP = "bench-jmh";
  private static final String TOKEN = "jmh-token";

  /** {@value #ALTERNATE}, {@code client} or {@code raw}. */
  @Param({ALTERNATE, "client", "raw"})
  public String contestant;

  private LoopbackStub stub;
  private ReactiveFlyMachinesClient client;
  private ConnectionProvider rawPool;
  private WebClient rawWebClient;
  private long iteration;
  private boolean clientTurn;

  /** Starts the stub and builds both clients. */
  @Setup(Level.Trial)
  public void setUp() {
    stub = LoopbackStub.start();
    client = ClientFactory.client(stub.baseUrl(), TOKEN);
    rawPool = ConnectionProvider.create("raw-webclient");
    rawWebClient = rawWebClient(stub, rawPool);
  }

  /**
   * The raw contestant: the same transport as the project's client over plain HTTP (HTTP/1.1, a pool of its own on
   * Reactor Netty's shared event loops), the same headers, and nothing else.
   */
  static WebClient rawWebClient(LoopbackStub stub, ConnectionProvider pool) {
    HttpClient http = HttpClient.create(pool).protocol(HttpProtocol.HTTP11);
    return WebClient.builder()
        .clientConnector(new ReactorClientHttpConnector(http))
        .baseUrl(stub.baseUrl() + "/v1")
        .defaultHeader("Authorization", "Bearer " + TOKEN)
        .defaultHeader("Accept", "application/json")
        .build();
  }

  /** Chooses whose turn the next iteration is. */
  @Setup(Level.Iteration)
  public void nextIteration() {
    clientTurn = switch (contestant) {
      case ALTERNATE -> iteration % 2 == 0;
      case "client" -> true;
      default -> false;
    };
    iteration++;
  }

  /** Stops the stub. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    rawPool.disposeLater().block();
    stub.close();
  }

  /** @return the machine, through the project's client or a plain WebClient (see {@link #contestant}) */
  @Benchmark
  public Machine getMachine() {
    if (clientTurn) {
      return client.getMachine(APP, LoopbackStub.MACHINE_ID).block();
    }
    return rawWebClient.get()
        .uri("/apps/{app}/machines/{id}", APP, LoopbackStub.MACHINE_ID)
        .retrieve()
        .bodyToMono(Machine.class)
        .block();
  }
}
