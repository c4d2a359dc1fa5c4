package io.github.flyorchestrator.faults;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.param.StopOptions;
import io.github.flyorchestrator.test.SimRoute;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * The rows of the fault matrix: each orchestration, the state it starts from and the route its fault is aimed at
 * (the request that does the orchestration's work, or for {@link #CREATE_MACHINE_WAIT} the wait that follows it).
 */
enum Orchestration {

  CREATE_APP("create app", SimRoute.APPS_CREATE, Start.NO_APP),
  CREATE_MACHINE("create machine", SimRoute.MACHINES_CREATE, Start.EMPTY_APP),
  CREATE_MACHINE_WAIT("create machine (fault on wait)", SimRoute.MACHINES_WAIT, Start.EMPTY_APP),
  START("start", SimRoute.MACHINES_START, Start.STOPPED_MACHINE),
  STOP("stop", SimRoute.MACHINES_STOP, Start.STARTED_MACHINE),
  UPDATE("update", SimRoute.MACHINES_UPDATE, Start.STARTED_MACHINE),
  DESTROY("destroy", SimRoute.MACHINES_DELETE, Start.STARTED_MACHINE),
  ROLLOUT("rolling update (1 machine)", SimRoute.MACHINES_UPDATE, Start.STARTED_MACHINE);

  /** The image machines start with; updates and rollouts move to {@link #NEXT_IMAGE}. */
  static final String IMAGE = "nginx:1";
  static final String NEXT_IMAGE = "nginx:2";

  /** What exists before the orchestration runs. */
  enum Start {
    NO_APP, EMPTY_APP, STARTED_MACHINE, STOPPED_MACHINE
  }

  private final String label;
  private final SimRoute route;
  private final Start start;

  Orchestration(String label, SimRoute route, Start start) {
    this.label = label;
    this.route = route;
    this.start = start;
  }

  /** @return the row heading */
  String label() {
    return label;
  }

  /** @return the route the fault is aimed at */
  SimRoute route() {
    return route;
  }

  /** @return what must exist before the run */
  Start start() {
    return start;
  }

  /** @return whether the orchestration's job is to create exactly one machine */
  boolean createsAMachine() {
    return this == CREATE_MACHINE || this == CREATE_MACHINE_WAIT;
  }

  /**
   * Runs the orchestration. A rollout that records a failed machine fails with {@link RolloutFailedException}, so
   * every row ends in a value or an exception.
   *
   * @param orchestrator the orchestrator to use
   * @param app the run's app
   * @param machineId the machine made by the setup, or {@code null}
   * @param deadline the orchestration's timeout
   * @return completes when the orchestration does
   */
  Mono<?> run(ReactiveFlyOrchestrator orchestrator, String app, String machineId, Duration deadline) {
    LifecycleOptions options = LifecycleOptions.DEFAULTS.withTimeout(deadline);
    return switch (this) {
      case CREATE_APP -> orchestrator.createAppAndWait(app, FaultMatrixTest.ORG, deadline);
      case CREATE_MACHINE, CREATE_MACHINE_WAIT -> orchestrator.createMachineAndWait(
          CreateMachineRequest.builder(app, MachineConfig.ofImage(IMAGE)).timeout(deadline).build());
      case START -> orchestrator.startAndWait(app, machineId, options);
      case STOP -> orchestrator.stopAndWait(app, machineId, StopOptions.DEFAULT, options);
      case UPDATE -> orchestrator.updateAndWait(app, machineId, MachineConfig.ofImage(NEXT_IMAGE), options);
      case DESTROY -> orchestrator.destroyAndWait(app, machineId, true, options).thenReturn("destroyed");
      case ROLLOUT -> orchestrator.rollout(RolloutRequest.builder(app).targetImage(NEXT_IMAGE).concurrency(1)
              .machineTimeout(deadline).leaseTtl(FaultMatrixTest.LEASE_TTL).build())
          .flatMap(result -> result.isSuccessful() ? Mono.just(result)
              : Mono.error(new RolloutFailedException(result)));
    };
  }
}
