package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.LatencyRow;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineEvent;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Phase 1: detection latency, from the simulator's {@code started} event (its wall-clock timestamp, time scale 1) to
 * the moment the strategy's Mono emits, in this JVM. Every strategy gets the same ready times, spread evenly over
 * {@link #READY_MIN_MILLIS}..{@link #READY_MAX_MILLIS} (one app per ready time), and all four run interleaved in
 * random order with staggered starts so that they share the same conditions.
 */
public final class DetectionLatencyRun {

  /** Shortest ready time. */
  static final long READY_MIN_MILLIS = 1_000;
  /** Longest ready time. */
  static final long READY_MAX_MILLIS = 6_000;
  /** Distinct ready times. */
  static final int READY_TIMES = 20;
  /** Unmeasured create-and-waits per strategy before the measurement. */
  static final int WARM_UP_PER_STRATEGY = 10;

  private final SimulatorProcess simulator;
  private final Contestants contestants;
  private final int machinesPerStrategy;

  /**
   * @param simulator a simulator with time scale 1
   * @param contestants strategies on that simulator
   * @param machinesPerStrategy machines each strategy creates (a multiple of {@link #READY_TIMES})
   */
  public DetectionLatencyRun(SimulatorProcess simulator, Contestants contestants, int machinesPerStrategy) {
    if (simulator.timeScale() != 1.0) {
      throw new IllegalArgumentException("latency needs the simulator's event timestamps in wall-clock time");
    }
    this.simulator = simulator;
    this.contestants = contestants;
    this.machinesPerStrategy = machinesPerStrategy;
  }

  /**
   * Measures all strategies interleaved, then {@code (a)} once more on its own.
   *
   * @return one row per strategy, then the row of (a) alone
   */
  public List<LatencyRow> run() {
    List<String> apps = new ArrayList<>();
    for (int k = 0; k < READY_TIMES; k++) {
      apps.add("lat-" + k);
    }
    contestants.createApps(apps);
    warmUp();
    for (int k = 0; k < READY_TIMES; k++) {
      long spacing = (READY_MAX_MILLIS - READY_MIN_MILLIS) / (READY_TIMES - 1);
      simulator.readyAfter(apps.get(k), READY_MIN_MILLIS + k * spacing);
    }
    List<LatencyRow> rows = new ArrayList<>(measureAll(apps, contestants.strategies(), ""));
    rows.addAll(measureAll(apps, contestants.strategies().subList(0, 1), ALONE_SUFFIX));
    return rows;
  }

  /** Label suffix of the row measured with no other strategy running. */
  static final String ALONE_SUFFIX = " — alone, nothing else running";

  private List<LatencyRow> measureAll(List<String> apps, List<WaitStrategy> strategies, String labelSuffix) {
    record Job(WaitStrategy strategy, String app) {
    }
    List<Job> jobs = new ArrayList<>();
    for (WaitStrategy strategy : strategies) {
      for (int i = 0; i < machinesPerStrategy; i++) {
        jobs.add(new Job(strategy, apps.get(i % READY_TIMES)));
      }
    }
    Collections.shuffle(jobs, new Random(42));
    Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    for (WaitStrategy strategy : strategies) {
      latencies.put(strategy.label(), new ConcurrentLinkedQueue<>());
      failures.put(strategy.label(), new AtomicInteger());
    }
    Duration stagger = Duration.ofMillis(10);
    long cpuBefore = processCpuNanos();
    Flux.range(0, jobs.size())
        .flatMap(i -> Mono.delay(stagger.multipliedBy(i)).then(measure(jobs.get(i).strategy(), jobs.get(i).app()))
            .doOnNext(latency -> latencies.get(jobs.get(i).strategy().label()).add(latency))
            .onErrorResume(error -> {
              failures.get(jobs.get(i).strategy().label()).incrementAndGet();
              return Mono.empty();
            }), jobs.size())
        .blockLast(Duration.ofMinutes(5));
    double cpuMillisPerOrchestration = (processCpuNanos() - cpuBefore) / 1e6 / jobs.size();
    List<LatencyRow> rows = new ArrayList<>();
    for (WaitStrategy strategy : strategies) {
      ConcurrentLinkedQueue<Long> samples = latencies.get(strategy.label());
      rows.add(new LatencyRow(strategy.label() + labelSuffix, samples.isEmpty() ? null : LatencySummary.of(samples),
          failures.get(strategy.label()).get(), cpuMillisPerOrchestration));
    }
    return rows;
  }

  /** @return CPU time this JVM (the client) has used so far, all threads */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * A few unmeasured create-and-waits per strategy first, so that class loading and the JIT's first compilations of
   * the client and the strategies do not land in the measured samples.
   */
  private void warmUp() {
    String app = "lat-warmup";
    contestants.createApps(List.of(app));
    simulator.readyAfter(app, 500);
    Flux.fromIterable(contestants.strategies())
        .flatMap(strategy -> Flux.range(0, WARM_UP_PER_STRATEGY)
            .flatMap(i -> strategy.createAndWait(app, Contestants.CONFIG, Duration.ofMinutes(1))
                .onErrorResume(error -> Mono.empty())))
        .blockLast(Duration.ofMinutes(2));
  }

  private Mono<Long> measure(WaitStrategy strategy, String app) {
    return strategy.createAndWait(app, Contestants.CONFIG, Duration.ofMinutes(2))
        .map(machine -> new Returned(machine, System.currentTimeMillis()))
        .flatMap(returned -> startedAt(app, returned.machine())
            .map(startedAt -> returned.atMillis() - startedAt));
  }

  private record Returned(Machine machine, long atMillis) {
  }

  /** The wall-clock time of the machine's latest {@code started} event, read back after the return. */
  private Mono<Long> startedAt(String app, Machine returned) {
    Long fromReturned = latestStarted(returned);
    if (fromReturned != null) {
      return Mono.just(fromReturned);
    }
    return contestants.client().getMachine(app, returned.id())
        .flatMap(machine -> Mono.justOrEmpty(latestStarted(machine)))
        .switchIfEmpty(Mono.error(() -> new IllegalStateException("no started event on " + returned.id())));
  }

  /**
   * @param machine a machine
   * @return the timestamp of its newest event whose status is {@code started}, or {@code null}
   */
  static Long latestStarted(Machine machine) {
    Long latest = null;
    for (MachineEvent event : machine.events()) {
      if ("started".equals(event.status()) && event.timestamp() != null
          && (latest == null || event.timestamp() > latest)) {
        latest = event.timestamp();
      }
    }
    return latest;
  }
}
