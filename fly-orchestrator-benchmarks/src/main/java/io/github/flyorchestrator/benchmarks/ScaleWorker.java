package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.HttpVersionPolicy;
import io.github.flyorchestrator.settings.RateLimitSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs in its own JVM, started by {@link BenchmarkMain}, so that thread and heap peaks belong to one scale run only:
 * N concurrent create-and-waits, either the orchestrator's {@code createMachineAndWait} (reactive, one JVM, no
 * thread per wait) or the blocking baseline (one platform thread per wait, all threads started before any of them
 * sends its first request, so that the N waits really overlap). Prints one {@code SCALE_RESULT} line.
 *
 * <p>Besides threads and sampled heap it reports the most TCP connections open to the simulator at once (sampled from
 * {@code /proc/net/tcp}, {@code -1} where there is none) and the live heap: the heap in use right after a full
 * collection, once before the burst (idle client) and once while all waits are pending ({@code gcAtMillis} after the
 * start, before any machine is ready). With {@code -Dfly.scale.histogram=FILE} the class histogram of that moment
 * ({@code jcmd GC.class_histogram}) is written to the file.
 *
 * <p>Arguments: {@code reactive|blocking N baseUrl token app timeoutSeconds maxConnections httpVersion gcAtMillis}.
 */
public final class ScaleWorker {

  /** Prefix of the result line. */
  static final String RESULT_PREFIX = "SCALE_RESULT ";

  private ScaleWorker() {
  }

  /**
   * Entry point.
   *
   * @param args mode, N, base URL, token, app, timeout in seconds, the orchestrator client's pool size, its
   *     {@link HttpVersionPolicy}, when to measure the live heap (ms after the start)
   * @throws Exception on a harness failure
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int n = Integer.parseInt(args[1]);
    URI baseUrl = URI.create(args[2]);
    String token = args[3];
    String app = args[4];
    Duration timeout = Duration.ofSeconds(Long.parseLong(args[5]));
    int maxConnections = Integer.parseInt(args[6]);
    HttpVersionPolicy httpVersion = HttpVersionPolicy.valueOf(args[7]);
    long gcAtMillis = Long.parseLong(args[8]);
    MachineConfig config = MachineConfig.ofImage("registry-1.docker.io/library/nginx:alpine");
    AtomicInteger succeeded = new AtomicInteger();
    FailureTally errors = new FailureTally();
    long wallNanos;
    int peakThreads;
    long peakHeap;
    long peakHeapAfterGc;
    ReactiveFlyOrchestrator orchestrator = "reactive".equals(mode)
        ? ClientFactory.orchestrator(client(baseUrl, token, maxConnections, httpVersion), true, 1.0)
        : null;
    long idleHeap = liveHeapBytes();
    AtomicLong liveHeap = new AtomicLong(-1);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    ConnectionCounter connections = new ConnectionCounter(baseUrl.getPort());
    timer.scheduleAtFixedRate(connections::sample, 0, 500, TimeUnit.MILLISECONDS);
    timer.schedule(() -> liveHeap.set(measureLiveHeap()), gcAtMillis, TimeUnit.MILLISECONDS);
    try (ResourceSampler sampler = new ResourceSampler()) {
      long start = System.nanoTime();
      if (orchestrator != null) {
        Flux.range(0, n)
            .flatMap(i -> orchestrator.createMachineAndWait(
                    CreateMachineRequest.builder(app, config).timeout(timeout).build())
                .doOnNext(machine -> succeeded.incrementAndGet())
                .onErrorResume(error -> {
                  errors.add(error);
                  return Mono.empty();
                }), n)
            .blockLast(timeout.plusSeconds(30));
      } else {
        BlockingPoller poller = new BlockingPoller(baseUrl, token, PollSchedule.reference(1.0), Duration.ofSeconds(60));
        CountDownLatch done = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          try {
            Thread thread = new Thread(() -> {
              try {
                go.await();
                poller.createAndWait(app, config, timeout);
                succeeded.incrementAndGet();
              } catch (Exception | Error e) {
                errors.add(e);
              } finally {
                done.countDown();
              }
            }, "blocking-wait-" + i);
            thread.start();
            threads.add(thread);
          } catch (OutOfMemoryError e) {
            errors.add(e);
            done.countDown();
          }
        }
        go.countDown();
        done.await(timeout.toSeconds() + 30, TimeUnit.SECONDS);
      }
      wallNanos = System.nanoTime() - start;
      peakThreads = sampler.peakPlatformThreads();
      peakHeap = sampler.peakUsedHeapBytes();
      peakHeapAfterGc = sampler.peakHeapAfterGcBytes();
    }
    timer.shutdownNow();
    System.out.println(RESULT_PREFIX + "succeeded=" + succeeded.get() + " wallMs=" + wallNanos / 1_000_000
        + " peakThreads=" + peakThreads + " peakHeapBytes=" + peakHeap + " peakHeapAfterGcBytes=" + peakHeapAfterGc
        + " protocol=" + ("reactive".equals(mode) ? httpVersion.name() : "HTTP1_1")
        + " connections=" + connections.peak() + " liveHeapBytes=" + liveHeap.get() + " idleHeapBytes=" + idleHeap
        + " errors=" + errors.summary());
    System.out.flush();
    System.exit(0);
  }

  private static ReactiveFlyMachinesClient client(URI baseUrl, String token, int maxConnections,
      HttpVersionPolicy httpVersion) {
    FlyClientSettings settings = FlyClientSettings.builder()
        .rateLimit(RateLimitSettings.DISABLED)
        .maxConnections(maxConnections)
        .httpVersion(httpVersion)
        .build();
    return ReactiveFlyMachinesClient.builder().baseUrl(baseUrl).token(token).settings(settings).build();
  }

  /** @return heap in use right after a full collection */
  private static long liveHeapBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The live heap while the waits are pending, and the class histogram of that moment when asked for. */
  private static long measureLiveHeap() {
    long live = liveHeapBytes();
    String histogram = System.getProperty("fly.scale.histogram");
    if (histogram != null) {
      try {
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
            new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Files.writeString(Path.of(histogram), String.valueOf(text));
      } catch (IOException | javax.management.JMException e) {
        System.err.println("no class histogram: " + e);
      }
    }
    return live;
  }

  /** Counts failures by kind; keeps one message of each. */
  private static final class FailureTally {
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicReference<String> first = new AtomicReference<>();

    void add(Throwable error) {
      Throwable root = error;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String kind = error.getClass().getSimpleName()
          + (root == error ? "" : " caused by " + root.getClass().getSimpleName());
      counts.computeIfAbsent(kind, key -> new AtomicInteger()).incrementAndGet();
      first.compareAndSet(null, String.valueOf(root.getMessage()));
    }

    String summary() {
      if (counts.isEmpty()) {
        return "none";
      }
      String message = first.get() == null ? "" : first.get();
      message = message.length() > 160 ? message.substring(0, 160) : message;
      return (counts + " first: " + message).replace('\n', ' ');
    }
  }
}
