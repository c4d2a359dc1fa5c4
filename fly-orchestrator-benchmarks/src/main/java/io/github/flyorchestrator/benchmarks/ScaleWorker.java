package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateMachineRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs in its own JVM, started by {@link BenchmarkMain}, so that thread and heap peaks belong to one scale run only:
 * N concurrent create-and-waits, either the orchestrator's {@code createMachineAndWait} (reactive, one JVM, no
 * thread per wait) or the blocking baseline (one platform thread per wait, all threads started before any of them
 * sends its first request, so that the N waits really overlap). Prints one {@code SCALE_RESULT} line.
 *
 * <p>Arguments: {@code reactive|blocking N baseUrl token app timeoutSeconds maxConnections}.
 */
public final class ScaleWorker {

  /** Prefix of the result line. */
  static final String RESULT_PREFIX = "SCALE_RESULT ";

  private ScaleWorker() {
  }

  /**
   * Entry point.
   *
   * @param args mode, N, base URL, token, app, timeout in seconds, the orchestrator client's pool size
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
    MachineConfig config = MachineConfig.ofImage("registry-1.docker.io/library/nginx:alpine");
    AtomicInteger succeeded = new AtomicInteger();
    FailureTally errors = new FailureTally();
    long wallNanos;
    int peakThreads;
    long peakHeap;
    long peakHeapAfterGc;
    try (ResourceSampler sampler = new ResourceSampler()) {
      long start = System.nanoTime();
      if ("reactive".equals(mode)) {
        ReactiveFlyOrchestrator orchestrator =
            ClientFactory.orchestrator(ClientFactory.client(baseUrl, token, maxConnections), true, 1.0);
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
    System.out.println(RESULT_PREFIX + "succeeded=" + succeeded.get() + " wallMs=" + wallNanos / 1_000_000
        + " peakThreads=" + peakThreads + " peakHeapBytes=" + peakHeap + " peakHeapAfterGcBytes=" + peakHeapAfterGc
        + " errors=" + errors.summary());
    System.out.flush();
    System.exit(0);
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
