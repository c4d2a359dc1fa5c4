package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateAppRequest;
import java.util.List;
import reactor.core.publisher.Flux;

/** The four strategies (a)-(d) against one simulator, all on one HTTP client so only the strategy differs. */
public final class Contestants {

  /** The config every benchmark machine is created with. */
  public static final MachineConfig CONFIG = MachineConfig.ofImage("registry-1.docker.io/library/nginx:alpine");

  private final ReactiveFlyMachinesClient client;
  private final List<WaitStrategy> strategies;

  /** @param simulator the simulator the strategies talk to */
  public Contestants(SimulatorProcess simulator) {
    this.client = ClientFactory.client(simulator.baseUrl(), simulator.token());
    double scale = simulator.timeScale();
    this.strategies = List.of(
        new OrchestratorStrategy(Strategies.WAIT_ENDPOINT, ClientFactory.orchestrator(client, true, scale)),
        new OrchestratorStrategy(Strategies.POLLING_FALLBACK, ClientFactory.orchestrator(client, false, scale)),
        new PollingStrategy(PollSchedule.reference(scale), client),
        new PollingStrategy(PollSchedule.naiveOneSecond(scale), client));
  }

  /** @return (a), (b), (c), (d) in that order */
  public List<WaitStrategy> strategies() {
    return strategies;
  }

  /** @return the shared client (also used to read machines back, outside the counted apps) */
  public ReactiveFlyMachinesClient client() {
    return client;
  }

  /**
   * Sends a fresh simulator JVM its first requests, which are slow (class loading, first compilations), before
   * anything is measured: creates an app, trying again with another name (up to {@value #FIRST_REQUEST_TRIES} times)
   * while the answer does not come within the client's attempt timeout.
   *
   * @throws RuntimeException the last failure when no try succeeded
   */
  public void warmUpSimulator() {
    RuntimeException last = null;
    for (int attempt = 0; attempt < FIRST_REQUEST_TRIES; attempt++) {
      try {
        createApps(List.of("first-request-" + attempt));
        return;
      } catch (RuntimeException e) {
        last = e;
      }
    }
    throw last;
  }

  /** Tries of {@link #warmUpSimulator()}. */
  static final int FIRST_REQUEST_TRIES = 6;

  /**
   * Creates apps.
   *
   * @param names app names
   */
  public void createApps(List<String> names) {
    Flux.fromIterable(names)
        .flatMap(name -> client.createApp(CreateAppRequest.of(name, "personal")), 32)
        .blockLast();
  }
}
