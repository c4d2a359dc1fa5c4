package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs in a fresh JVM, started by {@link ColdStartRun}: builds the client and orchestrator (default settings but
 * the warm-up on and the limiter off like the simulator's), runs one burst of N concurrent {@code createMachineAndWait}, then a second
 * burst in the same JVM for comparison. Records per phase the wall time since the JVM started, classes loaded, JIT
 * compile time and process CPU time, and prints one {@code COLD_RESULT} line.
 *
 * <p>Arguments: {@code baseUrl token firstApp secondApp n [option...]}: with {@code timeline} a {@link BurstTimeline}
 * filter records when each call of a burst went out and came back, and the result line ends with its summaries;
 * with {@code prewarm} one create-and-wait in the first app runs before the client counts as built (the bound that
 * no warm-up inside the library can beat: the whole pipeline ran once, against the network).
 */
public final class ColdStartWorker {

  /** Prefix of the result line. */
  static final String RESULT_PREFIX = "COLD_RESULT ";

  private ColdStartWorker() {
  }

  /**
   * Entry point.
   *
   * @param args base URL, token, app of the first burst, app of the second, burst size
   */
  public static void main(String[] args) {
    Phases phases = new Phases();
    phases.mark("main");
    URI baseUrl = URI.create(args[0]);
    String token = args[1];
    int n = Integer.parseInt(args[4]);
    List<String> options = List.of(args).subList(5, args.length);
    BurstTimeline timeline = options.contains("timeline") ? new BurstTimeline() : null;
    // The warm-up is what a process that must answer a burst right after start-up turns on (off by default).
    FlyClientSettings settings = FlyClientSettings.builder().rateLimit(RateLimitSettings.DISABLED).warmUp(true).build();
    ReactiveFlyMachinesClient.Builder builder = ReactiveFlyMachinesClient.builder().baseUrl(baseUrl).token(token)
        .settings(settings);
    ReactiveFlyMachinesClient client = (timeline == null ? builder
        : builder.webClientBuilder(WebClient.builder().filter(timeline))).build();
    ReactiveFlyOrchestrator orchestrator = ClientFactory.orchestrator(client, true, 1.0);
    if (options.contains("prewarm")) {
      burst(orchestrator, args[2], 1);
    }
    phases.mark("built");
    String timelines = "";
    if (timeline != null) {
      timeline.restart();
    }
    int first = burst(orchestrator, args[2], n);
    phases.mark("first");
    if (timeline != null) {
      timelines += " timeline.first=[" + timeline.summary() + "]";
      timeline.restart();
    }
    int second = burst(orchestrator, args[3], n);
    phases.mark("second");
    if (timeline != null) {
      timelines += " timeline.second=[" + timeline.summary() + "]";
    }
    System.out.println(RESULT_PREFIX + "firstSucceeded=" + first + " secondSucceeded=" + second + " "
        + phases.line() + timelines);
    System.out.flush();
    System.exit(0);
  }

  private static int burst(ReactiveFlyOrchestrator orchestrator, String app, int n) {
    AtomicInteger succeeded = new AtomicInteger();
    Flux.range(0, n)
        .flatMap(i -> orchestrator.createMachineAndWait(CreateMachineRequest.builder(app, Contestants.CONFIG)
                .timeout(Duration.ofSeconds(60)).build())
            .doOnNext(machine -> succeeded.incrementAndGet())
            .onErrorResume(error -> Mono.empty()), n)
        .blockLast(Duration.ofSeconds(90));
    return succeeded.get();
  }

  /** Wall time since JVM start, loaded classes, JIT time and CPU time at named points. */
  private static final class Phases {
    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final List<String> fields = new ArrayList<>();

    void mark(String name) {
      long cpuNanos = DetectionLatencyRun.processCpuNanos();
      fields.add(String.format(Locale.ROOT, "%s.atMs=%d %s.classes=%d %s.jitMs=%d %s.cpuMs=%d", name,
          System.currentTimeMillis() - jvmStartMillis, name, classes.getTotalLoadedClassCount(), name,
          jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1, name,
          cpuNanos / 1_000_000));
    }

    String line() {
      return String.join(" ", fields);
    }
  }
}
