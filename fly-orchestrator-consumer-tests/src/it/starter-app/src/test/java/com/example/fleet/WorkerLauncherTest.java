package com.example.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineState;
import io.github.flyorchestrator.test.EnableFlyApiSimulator;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimRoute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The user's service, run in the user's application against the simulator. */
@SpringBootTest
@EnableFlyApiSimulator
class WorkerLauncherTest {

  @Autowired
  private WorkerLauncher launcher;

  @Autowired
  private FlyApiSimulator simulator;

  @Test
  void theLaunchedMachineIsStartedInTheRequestedRegion() {
    Machine machine = launcher.launch("fleet-workers");

    assertThat(machine.state()).isEqualTo(MachineState.STARTED);
    assertThat(machine.region()).isEqualTo("ams");
    assertThat(simulator.journal().count(SimRoute.APPS_CREATE)).isEqualTo(1);
    assertThat(simulator.journal().count(SimRoute.MACHINES_CREATE)).isEqualTo(1);
  }
}
