package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.LifecycleOptions;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The soak: {@code loops} threads, each in its own app, repeat create, update and destroy of a machine through the
 * blocking orchestrator until the duration is over, while a seeded schedule tells the simulator to fail some of the
 * next requests (5xx, 408, the ambiguous after-effect, latency). The client runs with its default settings, so its
 * rate limits are on, as the simulator's are. Latencies of successful workflows and the error type of failed ones are
 * recorded; the JVM is measured after the warm-up (a fifth of the duration, at most a minute) and at the end.
 */
final class SoakRun {

  /** Deadline of each workflow. */
  private static final Duration WORKFLOW_TIMEOUT = Duration.ofMinutes(2);
  /** Share of iterations that get a fault, in percent. */
  private static final int FAULT_PERCENT = 30;
  /** The faults, one drawn per faulty iteration: route, kind, argument. */
  private static final List<String[]> FAULTS = List.of(
      new String[] {"MACHINES_CREATE", "after-effect", "503"},
      new String[] {"MACHINES_CREATE", "status", "500"},
      new String[] {"MACHINES_UPDATE", "status", "503"},
      new String[] {"MACHINES_UPDATE", "after-effect", "408"},
      new String[] {"MACHINES_SHOW", "status", "408"},
      new String[] {"MACHINES_SHOW", "delay", "1500"},
      new String[] {"MACHINES_WAIT", "status", "502"},
      new String[] {"MACHINES_DELETE", "after-effect", "503"});

  private final SimulatorProcess simulator;
  private final Duration duration;
  private final int loops;
  private final long seed;
  private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
  private final Map<String, Integer> errors = new ConcurrentHashMap<>();
  private final AtomicInteger faults = new AtomicInteger();

  SoakRun(SimulatorProcess simulator, Duration duration, int loops, long seed) {
    this.simulator = simulator;
    this.duration = duration;
    this.loops = loops;
    this.seed = seed;
    for (String workflow : List.of("1 createMachineAndWait", "2 updateAndWait", "3 destroyAndWait")) {
      latencies.put(workflow, new CopyOnWriteArrayList<>());
    }
  }

  SoakReport run() throws InterruptedException {
    try (ReactiveFlyMachinesClient reactive = ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl())
        .token(simulator.token()).build()) {
      ReactiveFlyOrchestrator orchestrator = ClientFactory.orchestrator(reactive, true, simulator.timeScale());
      FlyOrchestrator blocking = FlyOrchestrator.blocking(orchestrator);
      FlyMachinesClient client = FlyMachinesClient.blocking(reactive);
      long start = System.nanoTime();
      long end = start + duration.toNanos();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < loops; i++) {
        String app = "soak-" + i;
        client.createApp(CreateAppRequest.of(app, "personal"));
        Random random = new Random(seed + i);
        Thread thread = new Thread(() -> loop(blocking, app, random, end), "soak-loop-" + i);
        thread.start();
        threads.add(thread);
      }
      Thread.sleep(Math.min(duration.toMillis() / 5, 60_000));
      SoakReport.JvmSnapshot baseline = snapshot(loops);
      for (Thread thread : threads) {
        thread.join();
      }
      SoakReport.JvmSnapshot last = snapshot(0);
      return new SoakReport(Duration.ofNanos(System.nanoTime() - start), loops, seed, faults.get(), latencies,
          errors, baseline, last);
    }
  }

  private void loop(FlyOrchestrator orchestrator, String app, Random random, long endNanos) {
    int iteration = 0;
    while (System.nanoTime() < endNanos) {
      if (random.nextInt(100) < FAULT_PERCENT) {
        String[] fault = FAULTS.get(random.nextInt(FAULTS.size()));
        simulator.fault(app, fault[0], 1, fault[1], Long.parseLong(fault[2]));
        faults.incrementAndGet();
      }
      Machine machine = timed("1 createMachineAndWait", () -> orchestrator.createMachineAndWait(
          CreateMachineRequest.builder(app, MachineConfig.ofImage("nginx:1")).timeout(WORKFLOW_TIMEOUT).build()));
      if (machine == null) {
        continue;
      }
      LifecycleOptions options = LifecycleOptions.DEFAULTS.withTimeout(WORKFLOW_TIMEOUT);
      String image = "nginx:" + (2 + iteration++ % 2);
      timed("2 updateAndWait", () -> orchestrator.updateAndWait(app, machine.id(),
          machine.config().toBuilder().image(image).build(), options));
      timed("3 destroyAndWait", () -> {
        orchestrator.destroyAndWait(app, machine.id(), true, options);
        return Boolean.TRUE;
      });
    }
  }

  /** Runs a workflow; records its latency, or its error type and {@code null}. */
  private <T> T timed(String workflow, Supplier<T> call) {
    long start = System.nanoTime();
    try {
      T result = call.get();
      latencies.get(workflow).add((System.nanoTime() - start) / 1_000_000);
      return result;
    } catch (RuntimeException e) {
      errors.merge(workflow + ": " + e.getClass().getSimpleName(), 1, Integer::sum);
      return null;
    }
  }

  /** The heap after two full collections and the live threads, less the soak's own loop threads still running. */
  private static SoakReport.JvmSnapshot snapshot(int loopThreadsRunning) {
    System.gc();
    System.gc();
    return new SoakReport.JvmSnapshot(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
        ManagementFactory.getThreadMXBean().getThreadCount() - loopThreadsRunning);
  }
}
