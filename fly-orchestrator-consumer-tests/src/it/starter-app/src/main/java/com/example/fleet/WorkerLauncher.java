package com.example.fleet;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateMachineRequest;
import org.springframework.stereotype.Service;

/** Launches a worker machine in a new Fly app, the way a user's service calls the orchestrator. */
@Service
public class WorkerLauncher {

  private final FlyOrchestrator fly;

  /**
   * Creates the launcher.
   *
   * @param fly the orchestrator the starter provides
   */
  public WorkerLauncher(FlyOrchestrator fly) {
    this.fly = fly;
  }

  /**
   * Creates the app, then one machine in it, and waits until the machine is started.
   *
   * @param app the new app's name
   * @return the started machine
   */
  public Machine launch(String app) {
    fly.createAppAndWait(app, "personal");
    return fly.createMachineAndWait(CreateMachineRequest.builder(app,
            MachineConfig.builder("flyio/hellofly:latest").build())
        .region("ams")
        .build());
  }
}
