package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.Machine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Per-call cost of the project's {@code getMachine} against a raw {@link WebClient} GET of the same machine decoded
 * into the same {@link Machine} record, against a {@link LoopbackStub} (fixed answers, its own event loop), one call
 * at a time. The difference between the two GETs is the client's own work (routing, headers, timeouts, error
 * mapping, retry wrapper, token, decoding).
 *
 * <p>{@link #pair} (what {@link OverheadRun} times) makes one GET of each per operation, in alternating order, and
 * adds each GET's own time to {@link PairTimes}: the two are measured microseconds apart, so a busy host slows both
 * alike and their ratio keeps still where two separately timed benchmarks would not. {@link #getMachine} runs one
 * of them ({@link Contestant}) for JMH's profilers ({@code -prof gc}, {@code -prof jfr}, {@code -prof stack}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GetMachineOverheadBenchmark {

  private static final String APP = "bench-jmh";
  private static final String TOKEN = "jmh-token";

  private LoopbackStub stub;
  private ReactiveFlyMachinesClient client;
  private ConnectionProvider rawPool;
  private WebClient rawWebClient;

  /** The GET {@link #getMachine} makes. */
  @State(Scope.Benchmark)
  public static class Contestant {
    /** {@code client} or {@code raw}. */
    @Param({"client", "raw"})
    public String name;
  }

  /** Each GET's time within {@link #pair}, summed over an iteration (JMH reports them per iteration). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class PairTimes {
    /** Nanoseconds spent in the client's GETs. */
    public long clientNanos;
    /** Nanoseconds spent in the raw WebClient's GETs. */
    public long rawNanos;
    /** Operations, one GET of each. */
    public long pairs;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      clientNanos = 0;
      rawNanos = 0;
      pairs = 0;
    }
  }

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

  /** Stops the stub. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    rawPool.disposeLater().block();
    stub.close();
  }

  /**
   * One GET of each, the client first in even operations and second in odd ones.
   *
   * @param times where each GET's time goes
   * @param sink keeps the machines alive
   */
  @Benchmark
  public void pair(PairTimes times, Blackhole sink) {
    boolean clientFirst = (times.pairs++ & 1) == 0;
    long start = System.nanoTime();
    sink.consume(clientFirst ? clientGet() : rawGet());
    long middle = System.nanoTime();
    sink.consume(clientFirst ? rawGet() : clientGet());
    long end = System.nanoTime();
    times.clientNanos += clientFirst ? middle - start : end - middle;
    times.rawNanos += clientFirst ? end - middle : middle - start;
  }

  /**
   * @param contestant whose GET
   * @return the machine
   */
  @Benchmark
  public Machine getMachine(Contestant contestant) {
    return "client".equals(contestant.name) ? clientGet() : rawGet();
  }

  private Machine clientGet() {
    return client.getMachine(APP, LoopbackStub.MACHINE_ID).block();
  }

  private Machine rawGet() {
    return rawWebClient.get()
        .uri("/apps/{app}/machines/{id}", APP, LoopbackStub.MACHINE_ID)
        .retrieve()
        .bodyToMono(Machine.class)
        .block();
  }
}
