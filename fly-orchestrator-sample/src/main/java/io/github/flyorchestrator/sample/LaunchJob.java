package io.github.flyorchestrator.sample;

import io.github.flyorchestrator.CreateMachineRequest;
import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineState;
import java.io.PrintStream;
import org.springframework.stereotype.Service;

/**
 * The sample's main job: create an app, create a machine in it, and wait until the machine is started.
 */
@Service
public class LaunchJob {

  private final FlyOrchestrator orchestrator;
  private final SampleProperties properties;

  /**
   * @param orchestrator the orchestrator bean of the starter
   * @param properties what to create
   */
  public LaunchJob(FlyOrchestrator orchestrator, SampleProperties properties) {
    this.orchestrator = orchestrator;
    this.properties = properties;
  }

  /**
   * Runs the job and prints its progress.
   *
   * @param out where to print
   * @return the started machine
   */
  public Machine run(PrintStream out) {
    App app = orchestrator.createAppAndWait(properties.appName(), properties.orgSlug());
    out.printf("app %s is ready (status %s)%n", app.name(), app.status());
    CreateMachineRequest request = CreateMachineRequest.builder(app.name(), MachineConfig.ofImage(properties.image()))
        .region(properties.region())
        .state(MachineState.STARTED)
        .timeout(properties.timeout())
        .build();
    Machine machine = orchestrator.createMachineAndWait(request);
    out.printf("machine %s is %s in %s%n", machine.id(), machine.state(), machine.region());
    return machine;
  }
}
