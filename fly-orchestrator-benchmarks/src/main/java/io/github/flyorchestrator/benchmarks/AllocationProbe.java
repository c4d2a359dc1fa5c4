package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.param.CreateMachineRequest;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Bytes allocated per GET (and per create-and-wait) by the whole JVM (all threads: caller, event loops, stub), counted over a fixed number of
 * calls rather than over time, so that a busy host slows it down without changing its figure:
 * {@code java -XX:-DoEscapeAnalysis -cp benchmarks.jar io.github.flyorchestrator.benchmarks.AllocationProbe [calls]}.
 * Without escape analysis every allocation the code makes is counted from the first compiled call on, which makes
 * two versions of the client comparable after a short warm-up; JMH's {@code -prof gc} gives the figure with it.
 */
public final class AllocationProbe {

  private AllocationProbe() {
  }

  /**
   * @param args the number of measured calls per GET (default 2,000; as many warm-up calls before)
   */
  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    try (LoopbackStub stub = LoopbackStub.start()) {
      ReactiveFlyMachinesClient client = ClientFactory.client(stub.baseUrl(), "probe-token");
      ConnectionProvider pool = ConnectionProvider.create("raw-webclient");
      WebClient raw = GetMachineOverheadBenchmark.rawWebClient(stub, pool);
      Supplier<Object> clientGet = () -> client.getMachine("bench-jmh", LoopbackStub.MACHINE_ID).block();
      Supplier<Object> rawGet = () -> raw.get().uri("/apps/{app}/machines/{id}", "bench-jmh", LoopbackStub.MACHINE_ID)
          .retrieve().bodyToMono(io.github.flyorchestrator.model.Machine.class).block();
      ReactiveFlyOrchestrator orchestrator = ClientFactory.orchestrator(client, true, 1.0);
      Supplier<Object> createAndWait = () -> orchestrator.createMachineAndWait(CreateMachineRequest
          .builder("bench-jmh", Contestants.CONFIG).timeout(Duration.ofSeconds(30)).build()).block();
      for (int round = 0; round < 2; round++) {
        double clientBytes = bytesPerCall(clientGet, calls);
        double rawBytes = bytesPerCall(rawGet, calls);
        double orchestrationBytes = bytesPerCall(createAndWait, calls / 3);
        System.out.printf(Locale.ROOT, "round %d: client %.0f B/GET, raw %.0f B/GET, difference %+.0f; "
            + "create-and-wait %.0f B%n", round, clientBytes, rawBytes, clientBytes - rawBytes, orchestrationBytes);
      }
      client.close();
      pool.disposeLater().block();
    }
  }

  private static double bytesPerCall(Supplier<Object> call, int calls) {
    for (int i = 0; i < calls; i++) {
      call.get();
    }
    long before = allocatedBytes();
    for (int i = 0; i < calls; i++) {
      call.get();
    }
    return (allocatedBytes() - before) / (double) calls;
  }

  private static long allocatedBytes() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
  }
}
