package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.CallRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.LatencyRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.OverheadResult;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.ScaleRow;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.test.SimulatorTimings;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Runs every benchmark phase in one go and writes {@code target/bench/results.md} and {@code target/bench/results.png}
 * beside this module's jar, then prints the Markdown. Options: {@code --quick} (small sizes, for trying the harness),
 * {@code --skip-scale}, {@code --skip-jmh}, {@code --skip-rollout}, {@code --skip-cold-start}, {@code --out DIR}.
 */
public final class BenchmarkMain {

  /** Fresh-process rounds per cold-start contestant (the median is reported). */
  static final int COLD_START_ROUNDS = 5;

  private BenchmarkMain() {
  }

  /**
   * Entry point.
   *
   * @param args options
   * @throws Exception when a phase fails
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Set<String> flags = Set.of(args);
    boolean quick = flags.contains("--quick");
    Path out = outputDirectory(args);
    Files.createDirectories(out);
    long started = System.nanoTime();
    String token = "bench-" + Long.toHexString(System.nanoTime());
    List<String> notes = new ArrayList<>();
    List<LatencyRow> latency;
    List<CallRow> calls = new ArrayList<>();
    OverheadResult overhead = null;
    try (SimulatorProcess realTime = SimulatorProcess.start(1.0, token);
        SimulatorProcess fast = SimulatorProcess.start(0.1, token)) {
      Contestants realTimeContestants = new Contestants(realTime);
      Contestants fastContestants = new Contestants(fast);
      realTimeContestants.warmUpSimulator();
      fastContestants.warmUpSimulator();
      int latencyMachines = quick ? 40 : 200;
      log("phase 1: detection latency, " + latencyMachines + " machines per strategy");
      latency = new DetectionLatencyRun(realTime, realTimeContestants, latencyMachines).run();
      int callMachines = quick ? 5 : 20;
      log("phase 2: API calls per create-and-wait, " + callMachines + " machines per strategy and ready time; "
          + "90 s and 300 s at time scale 0.1, concurrently with 1 s and 10 s");
      CompletableFuture<List<CallRow>> longWaits = CompletableFuture.supplyAsync(() -> {
        List<CallRow> rows = new ArrayList<>();
        CompletableFuture<List<CallRow>> longest =
            CompletableFuture.supplyAsync(() -> new ApiCallsRun(fast, fastContestants, 300, callMachines).run());
        rows.addAll(new ApiCallsRun(fast, fastContestants, 90, callMachines).run());
        rows.addAll(longest.join());
        return rows;
      });
      calls.addAll(new ApiCallsRun(realTime, realTimeContestants, 1, callMachines).run());
      calls.addAll(new ApiCallsRun(realTime, realTimeContestants, 10, callMachines).run());
      calls.addAll(longWaits.join());
    }
    if (!flags.contains("--skip-jmh")) {
      log("phase 4: per-call overhead with JMH against a loopback stub (log: " + out.resolve("jmh.log") + ")");
      overhead = OverheadRun.run(quick ? OverheadRun.Plan.QUICK : OverheadRun.Plan.FULL, out.resolve("jmh.log"));
    }
    RolloutRun.RolloutRow rollout = null;
    if (!flags.contains("--skip-rollout")) {
      int machines = quick ? 16 : RolloutRun.MACHINES;
      log("phase 5: rollout of " + machines + " machines at Fly's rate limits");
      try {
        rollout = RolloutRun.run(machines);
      } catch (RuntimeException e) {
        notes.add("The rollout phase failed, so its targets read 'not measured': " + e);
      }
    }
    ColdStartRun.ColdStartRow coldStart = null;
    if (!flags.contains("--skip-cold-start")) {
      int rounds = quick ? 1 : COLD_START_ROUNDS;
      log("phase 6: cold start, " + rounds + " rounds of " + ColdStartRun.BURST + " create-and-waits per contestant");
      try {
        coldStart = ColdStartRun.run(rounds, out);
      } catch (RuntimeException e) {
        notes.add("The cold-start phase failed, so its target reads 'not measured': " + e);
      }
    }
    List<ScaleRow> scale = new ArrayList<>();
    if (!flags.contains("--skip-scale")) {
      List<Integer> sizes = quick ? List.of(100, 1_000) : List.of(100, 1_000, 10_000);
      for (int size : sizes) {
        log("phase 3: scale, orchestrator, " + size + " concurrent");
        scale.add(ScaleRun.run(ScaleRun.Variant.ORCHESTRATOR, size));
      }
      int largest = sizes.get(sizes.size() - 1);
      log("phase 3: scale, orchestrator with the default connection pool, " + largest + " concurrent");
      scale.add(ScaleRun.run(ScaleRun.Variant.ORCHESTRATOR_DEFAULT_POOL, largest));
      log("phase 3: scale, orchestrator over HTTP/2 (h2c), " + largest + " concurrent");
      scale.add(ScaleRun.run(ScaleRun.Variant.ORCHESTRATOR_H2C, largest));
      for (int size : sizes) {
        log("phase 3: scale, blocking baseline, " + size + " concurrent");
        ScaleRow row = ScaleRun.run(ScaleRun.Variant.BLOCKING, size);
        scale.add(row);
        if (row.succeeded() < size) {
          notes.add("The blocking baseline stopped at " + size + " concurrent waits: it did not complete them all, "
              + "so larger sizes were not run.");
          break;
        }
      }
    }
    log("done");
    notes.addAll(conditions(quick));
    notes.add("Load average (1, 5, 15 min) of the host when each phase began, including other processes on it: "
        + String.join("; ", LOAD) + ". With 2 cores, a load far above 2 means the client and the simulator waited for "
        + "CPU, which inflates every latency and time in this run.");
    notes.add(String.format(Locale.ROOT, "Run finished %s, took %.1f min.", Instant.now(),
        (System.nanoTime() - started) / 60e9));
    BenchmarkResults results = new BenchmarkResults(MachineDescription.describe(), latency, calls, scale, overhead,
        rollout, coldStart, notes);
    String markdown = ResultsReport.markdown(results, "results.png");
    Files.writeString(out.resolve("results.md"), markdown, StandardCharsets.UTF_8);
    ResultsPlot.write(results, out.resolve("results.png"));
    System.out.println();
    System.out.println(markdown);
    System.out.println("Written: " + out.resolve("results.md") + " and " + out.resolve("results.png"));
    System.exit(0);
  }

  private static List<String> conditions(boolean quick) {
    List<String> notes = new ArrayList<>();
    if (quick) {
      notes.add("--quick run: small sizes, not the benchmark's numbers.");
    }
    notes.add("The simulator runs as a separate JVM on the same host, with Fly's rate limits off (--no-rate-limits) "
        + "in every phase but the rollout: "
        + "no strategy was slowed or failed by 429s. Client and simulator share the host's cores.");
    notes.add("Detection latency: simulator time scale 1, so its event timestamps are wall-clock milliseconds; "
        + "latency = the client's System.currentTimeMillis() when the Mono emitted minus the timestamp of the "
        + "machine's `started` event. Ready times spread evenly over " + DetectionLatencyRun.READY_MIN_MILLIS + "-"
        + DetectionLatencyRun.READY_MAX_MILLIS + " ms after the create; the four strategies ran interleaved (random "
        + "order, starts 10 ms apart) after " + DetectionLatencyRun.WARM_UP_PER_STRATEGY + " unmeasured warm-up "
        + "create-and-waits each. The row marked 'alone' measures (a) again right after, with no other strategy "
        + "running, to show how much of its latency is contention on this 2-core host; the targets "
        + "are checked on the interleaved row.");
    notes.add("Pollers (c) and (d) use the project's client for create and GET (same HTTP stack, same retries) and "
        + "pause before each GET, also before the first one after the create.");
    notes.add("API calls are counted by the simulator (its request journal, one app per create-and-wait). The 90 s "
        + "and 300 s cases run on a second simulator with time scale 0.1 (9 s and 30 s real), both at once and "
        + "concurrently with the 1 s and 10 s cases (counts are per app, so running them side by side does not change "
        + "them); the polling backoffs of (b), (c) and (d) are scaled by the same factor, and the wait endpoint's 60 s "
        + "long-poll is simulated time too, so the counts are those of real 90 s and 300 s waits.");
    notes.add("The project's client is built through its public factory with FlyClientSettings: client-side rate "
        + "limits off (RateLimitSettings.DISABLED, as the simulator's are off; with Fly's limits on, 10,000 creates in "
        + "one app would take hours), and its default pool of " + FlyClientSettings.DEFAULTS.maxConnections()
        + " connections, except in the scale rows marked maxConnections = N.");
    notes.add("Scale: each size runs in a fresh client JVM (-Xmx1g) against a fresh simulator; machines start "
        + ScaleRun.READY_AFTER_MILLIS / 1000 + " s after the create. Threads: ThreadMXBean peak thread count (live "
        + "platform threads, JVM-internal ones included). Heap: used heap sampled every 50 ms (includes garbage not "
        + "yet collected, so it depends on the collector's pacing) and heap left after each GC (the live set).");
    notes.add("The blocking baseline uses RestClient on HttpURLConnection (-Dhttp.maxConnections=N so connections are "
        + "kept alive) and sleeps per the reference schedule, one platform thread per wait; all N threads are started "
        + "and held at a latch before the first request, and the wall time includes starting them.");
    notes.add("JMH: one thread, each fork a fresh JVM with its own loopback stub (a Reactor Netty server on its own "
        + "event loop in the same JVM answering fixed bodies: no simulator). Both GETs fetch the same machine JSON "
        + "and decode it into the same record, over the same HTTP/1.1 transport with a pool each; the client is built "
        + "with client-side rate limits off (a limiter would pace a loop over one machine). Each operation makes "
        + "one GET of each, in alternating order, each timed on its own, so host noise hits both alike; each fork "
        + "gives one ratio (its client time over its raw time) and the ratio's 99.9 % half-width is Student's t over "
        + "the per-fork ratios. Bytes per call (each GET alone, in a fork of its own) are "
        + "-prof gc's gc.alloc.rate.norm: everything the JVM allocated per call, the stub's share included (equal "
        + "for both GETs), so the difference of the two GETs is the client's own.");
    notes.add("CPU per create-and-wait: the client JVM's process CPU time (all threads) during a latency run, "
        + "divided by the create-and-waits of that run; the interleaved run shares one figure among its four "
        + "strategies, the 'alone' row is (a) by itself.");
    notes.add("Rollout: a simulator with Fly's documented rate limits (on from the rollout's start, buckets full; the "
        + "machines were created before with them off) and a client with its default settings, its limiter on; "
        + "rollout concurrency " + RolloutRun.CONCURRENCY + " (flyctl's deploy cap), each machine "
        + SimulatorTimings.defaults().replace().toMillis() + " ms replacing + " + RolloutRun.START.toMillis()
        + " ms starting. Lower bound = max(ceil(N / c) × t, (n − burst) / rate) over buckets shared by the "
        + "machines; Fly scopes every machine action per machine, so the only shared bucket is the app's machine "
        + "list (1 call, burst 3: term 0) and the bound is ceil(N / c) × t. 429s are counted by a WebClient filter "
        + "on the client (every response, retries included).");
    notes.add("Cold start: each round starts a fresh JVM (the project's client, default settings except the warm-up "
        + "on, fly.warm-up=true, and the limiter off as the simulator's) and a fresh node process (" + ColdStartRun.FLY_ADMIN + ", installed with npm into "
        + "the output directory), alternating, against one simulator warmed by " + ColdStartRun.BURST + "-wide "
        + "bursts from the benchmark's JVM; medians over the rounds. Burst time = from the first create sent to "
        + "the last wait returned, client construction excluded for both. fly-admin makes 2 calls per machine "
        + "(create, one wait call, no loop, no read of the machine); the orchestrator makes 3 (create, wait, read).");
    return notes;
  }

  private static final List<String> LOAD = new ArrayList<>();

  /** Prints progress and remembers the host's load average at each phase, as a measure of outside noise. */
  private static void log(String message) {
    String load = MachineDescription.loadAverage();
    LOAD.add(message.replaceFirst("[,(].*", "").trim() + ": " + load);
    System.out.println("[bench " + Instant.now() + "] " + message + " (load average " + load + ")");
  }

  private static Path outputDirectory(String[] args) throws URISyntaxException {
    for (int i = 0; i < args.length - 1; i++) {
      if ("--out".equals(args[i])) {
        return Path.of(args[i + 1]);
      }
    }
    Path code = Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path target = code.getParent();
    if (target != null && target.getFileName() != null && "target".equals(target.getFileName().toString())) {
      return target.resolve("bench");
    }
    if (code.getFileName() != null && "classes".equals(code.getFileName().toString()) && target != null) {
      return target.resolve("bench");
    }
    return Path.of("target", "bench");
  }
}
