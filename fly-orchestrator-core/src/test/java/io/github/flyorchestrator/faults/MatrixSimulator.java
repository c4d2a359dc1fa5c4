package io.github.flyorchestrator.faults;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.SimulatorOptions;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One simulator of the fault matrix, serving one choice of {@link ApiVariants}, with the setup client that prepares
 * each run and counts what it left behind (machines created, leases held) without using the runs' rate limits.
 */
final class MatrixSimulator implements AutoCloseable {

  private final ApiVariants variants;
  private final FlyApiSimulator simulator;
  private final ReactiveFlyMachinesClient inspector;
  private final ReactiveFlyOrchestrator setup;

  /**
   * Starts the simulator.
   *
   * @param variants the behaviours it shows where no source settles them
   * @param token the token it accepts
   */
  MatrixSimulator(ApiVariants variants, String token) {
    this.variants = variants;
    this.simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withToken(token)
        .withTimeScale(FaultMatrixTest.TIME_SCALE).withRateLimits(true).withVariants(variants));
    // Setup and bookkeeping only, so they neither wait for nor use the runs' permits; the client limits app
    // creations to 1/s across all apps, which would serialise the setups.
    this.inspector = client(token, RateLimitSettings.DISABLED);
    this.setup = ReactiveFlyOrchestrator.builder(inspector).settings(FaultMatrixTest.ORCHESTRATOR).build();
  }

  /** @return the variants this simulator serves */
  ApiVariants variants() {
    return variants;
  }

  /** @return the simulator */
  FlyApiSimulator simulator() {
    return simulator;
  }

  /**
   * A client of this simulator, like a fresh application instance: own rate limiters and connections.
   *
   * @param token the token to send
   * @param rateLimit the client's rate limits
   * @return the client (close it)
   */
  ReactiveFlyMachinesClient client(String token, RateLimitSettings rateLimit) {
    return ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl()).token(token)
        .settings(FlyClientSettings.builder().connectTimeout(FaultMatrixTest.READ_TIMEOUT)
            .readTimeout(FaultMatrixTest.READ_TIMEOUT).retry(FaultMatrixTest.RETRY).rateLimit(rateLimit).build())
        .build();
  }

  /** Creates what the orchestration starts from, with the setup client; returns the machine, if any. */
  String setUp(Orchestration orchestration, String app) {
    if (orchestration.start() == Orchestration.Start.NO_APP) {
      return null;
    }
    setup.createAppAndWait(app, FaultMatrixTest.ORG, FaultMatrixTest.DEADLINE).block();
    if (orchestration.start() == Orchestration.Start.EMPTY_APP) {
      return null;
    }
    Machine machine = Orchestration.CREATE_MACHINE.run(setup, app, null, FaultMatrixTest.DEADLINE)
        .cast(Machine.class).block();
    if (orchestration.start() == Orchestration.Start.STOPPED_MACHINE) {
      setup.stopAndWait(app, machine.id()).block();
    }
    return machine.id();
  }

  /** Requests the simulator received for the app: in its path, or the app's name in a create-app body. */
  int requestsFor(String app) {
    int count = 0;
    for (RecordedRequest request : simulator.journal().requests()) {
      SimRoute route = request.route();
      if (route == SimRoute.APPS_CREATE ? request.body().contains("\"" + app + "\"")
          : route != null && app.equals(route.pathParam(request.path(), "app"))) {
        count++;
      }
    }
    return count;
  }

  /** Machines of the app ever created, destroyed ones included. */
  int machinesEverCreated(String app) {
    return inspector.listMachines(app, new MachineListOptions(null, List.of(), true, false))
        .map(List::size)
        .onErrorResume(MatrixSimulator::isNotFound, error -> Mono.just(0))
        .block(FaultMatrixTest.DEADLINE);
  }

  /** Machines of the app that are leased now. */
  int leasedMachines(String app) {
    return inspector.listMachines(app, MachineListOptions.ALL)
        .onErrorResume(MatrixSimulator::isNotFound, error -> Mono.just(List.of()))
        .flatMapMany(Flux::fromIterable)
        .flatMap(machine -> inspector.getLease(app, machine.id())
            .onErrorResume(MatrixSimulator::isNotFound, error -> Mono.empty()))
        .filter(lease -> lease.nonce() != null)
        .map(Lease::nonce)
        .count()
        .map(Long::intValue)
        .block(FaultMatrixTest.DEADLINE);
  }

  private static boolean isNotFound(Throwable error) {
    return error instanceof FlyException fly && fly.hasStatus(404);
  }

  @Override
  public void close() {
    inspector.close();
    simulator.close();
  }
}
