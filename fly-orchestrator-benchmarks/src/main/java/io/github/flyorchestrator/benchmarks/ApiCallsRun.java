package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.CallRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Phase 2: API calls per create-machine-and-wait for machines ready after {@code T} simulated seconds. Each machine
 * gets an app of its own, so the simulator's request journal, grouped by app, gives exactly the requests that one
 * create-and-wait sent (retries included). The strategies run interleaved on the same simulator.
 */
public final class ApiCallsRun {

  private final SimulatorProcess simulator;
  private final Contestants contestants;
  private final int readyAfterSeconds;
  private final int machinesPerStrategy;

  /**
   * @param simulator the simulator (its time scale shortens long ready times)
   * @param contestants strategies on that simulator
   * @param readyAfterSeconds simulated time from create to started
   * @param machinesPerStrategy machines per strategy
   */
  public ApiCallsRun(SimulatorProcess simulator, Contestants contestants, int readyAfterSeconds,
      int machinesPerStrategy) {
    this.simulator = simulator;
    this.contestants = contestants;
    this.readyAfterSeconds = readyAfterSeconds;
    this.machinesPerStrategy = machinesPerStrategy;
  }

  /** @return one row per strategy */
  public List<CallRow> run() {
    List<WaitStrategy> strategies = contestants.strategies();
    List<String> apps = new ArrayList<>();
    for (int s = 0; s < strategies.size(); s++) {
      for (int i = 0; i < machinesPerStrategy; i++) {
        apps.add(appName(s, i));
      }
    }
    contestants.createApps(apps);
    for (String app : apps) {
      simulator.readyAfter(app, readyAfterSeconds * 1000L);
    }
    Map<String, Boolean> succeeded = new ConcurrentHashMap<>();
    Duration timeout = Duration.ofMinutes(10);
    Flux.range(0, apps.size())
        .flatMap(index -> {
          int s = index % strategies.size();
          int i = index / strategies.size();
          String app = appName(s, i);
          return Mono.delay(Duration.ofMillis(5L * index))
              .then(strategies.get(s).createAndWait(app, Contestants.CONFIG, timeout))
              .doOnNext(machine -> succeeded.put(app, true))
              .onErrorResume(error -> Mono.empty());
        }, apps.size())
        .blockLast(timeout.plusMinutes(1));
    Map<String, Integer> counts = simulator.requestCounts();
    List<CallRow> rows = new ArrayList<>();
    for (int s = 0; s < strategies.size(); s++) {
      long total = 0;
      long max = 0;
      int ok = 0;
      for (int i = 0; i < machinesPerStrategy; i++) {
        String app = appName(s, i);
        if (succeeded.containsKey(app)) {
          int calls = counts.getOrDefault(app, 0);
          total += calls;
          max = Math.max(max, calls);
          ok++;
        }
      }
      rows.add(new CallRow(strategies.get(s).label(), readyAfterSeconds, simulator.timeScale(), ok,
          ok == 0 ? 0 : (double) total / ok, max, machinesPerStrategy - ok));
    }
    return rows;
  }

  private String appName(int strategyIndex, int machineIndex) {
    return "calls" + readyAfterSeconds + "-" + (char) ('a' + strategyIndex) + "-" + machineIndex;
  }
}
