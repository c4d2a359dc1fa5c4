package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.test.SimulatorTimings;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * Phase 5: a rollout of {@code N} machines of one app at Fly's limits. A simulator with Fly's documented rate limits
 * gets the machines created while its limits are off (setup, not measured), then its limits on (buckets full) and a
 * client with its default settings (client-side limiter on) rolls all machines to a new image. Measured: wall time,
 * 429 answers the client received (retries included) and the lower bound of {@link RolloutBound}.
 */
public final class RolloutRun {

  /** Machines in the rollout. */
  static final int MACHINES = 60;
  /** Machines in flight: flyctl's deploy cap (flyctl#3961 lowered it to 8 because of the create limit). */
  static final int CONCURRENCY = 8;
  /** Simulated start duration of each machine after its update. */
  static final Duration START = Duration.ofSeconds(2);
  /** Fly's action limit: bursts to 3, 1 per second (the app's machine list is the rollout's one shared bucket). */
  static final int ACTION_BURST = 3;
  /** Fly's action refill rate per second. */
  static final double ACTION_PER_SECOND = 1.0;

  /**
   * One rollout.
   *
   * @param machines machines rolled
   * @param concurrency machines in flight at most
   * @param perMachine update-to-started time of one machine (replace + start, simulated = real time)
   * @param wallMillis wall time of the rollout call
   * @param lowerBoundMillis {@link RolloutBound#lowerBound}
   * @param tooManyRequests 429 answers the client received
   * @param successful whether every machine was updated
   * @param statuses responses per status, in words
   */
  public record RolloutRow(int machines, int concurrency, Duration perMachine, long wallMillis,
      long lowerBoundMillis, long tooManyRequests, boolean successful, String statuses) {

    /** @return wall time over the lower bound */
    public double ratio() {
      return (double) wallMillis / lowerBoundMillis;
    }
  }

  private RolloutRun() {
  }

  /**
   * @param machines machines to create and roll
   * @return the measurement
   */
  public static RolloutRow run(int machines) {
    String token = "bench-" + Long.toHexString(System.nanoTime());
    String app = "rollout";
    try (SimulatorProcess simulator = SimulatorProcess.start(1.0, token, false)) {
      Contestants contestants = new Contestants(simulator);
      contestants.warmUpSimulator();
      contestants.createApps(List.of(app));
      ReactiveFlyMachinesClient setup = contestants.client();
      ReactiveFlyOrchestrator setupOrchestrator = ClientFactory.orchestrator(setup, true, 1.0);
      Flux.range(0, machines)
          .flatMap(i -> setupOrchestrator.createMachineAndWait(CreateMachineRequest.builder(app, Contestants.CONFIG)
              .timeout(Duration.ofMinutes(2)).build()), machines)
          .blockLast(Duration.ofMinutes(3));
      simulator.startDuration(app, START.toMillis());
      simulator.rateLimits(true);
      StatusTally statuses = new StatusTally();
      ReactiveFlyMachinesClient client = ClientFactory.rateLimitedClient(simulator.baseUrl(), token, statuses);
      ReactiveFlyOrchestrator orchestrator = ReactiveFlyOrchestrator.builder(client).build();
      long start = System.nanoTime();
      RolloutResult result = orchestrator.rollout(RolloutRequest.builder(app)
          .targetImage("registry-1.docker.io/library/nginx:stable-alpine")
          .concurrency(CONCURRENCY)
          .build()).block(Duration.ofMinutes(10));
      long wallMillis = (System.nanoTime() - start) / 1_000_000;
      Duration perMachine = SimulatorTimings.defaults().replace().plus(START);
      Duration bound = RolloutBound.lowerBound(machines, CONCURRENCY, perMachine, 1, ACTION_BURST,
          ACTION_PER_SECOND);
      setup.close();
      client.close();
      return new RolloutRow(machines, CONCURRENCY, perMachine, wallMillis, bound.toMillis(), statuses.count(429),
          result != null && result.isSuccessful(), statuses.snapshot().toString());
    }
  }
}
