package io.github.flyorchestrator.sample;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineState;
import io.github.flyorchestrator.param.CreateMachineRequest;
import java.io.PrintStream;
import org.springframework.stereotype.Service;

/**
 * The sample's main job: create an app, create a machine in it, wait until the machine is started, and print what
 * happened on the way.
 */
@Service
public class LaunchJob {

  private final FlyOrchestrator orchestrator;
  private final SampleProperties properties;
  private final ApiCallCounter apiCalls;

  LaunchJob(FlyOrchestrator orchestrator, SampleProperties properties, ApiCallCounter apiCalls) {
    this.orchestrator = orchestrator;
    this.properties = properties;
    this.apiCalls = apiCalls;
  }

  /**
   * Runs the job and prints its progress and a summary.
   *
   * @param out where to print
   * @return the started machine
   */
  public Machine run(PrintStream out) {
    long started = System.nanoTime();
    App app = orchestrator.createAppAndWait(properties.appName(), properties.orgSlug());
    out.printf("  %7s  app %s is ready (status %s)%n", JobOutput.seconds(JobOutput.since(started)), app.name(),
        app.status());
    CreateMachineRequest request = CreateMachineRequest.builder(app.name(), MachineConfig.ofImage(properties.image()))
        .region(properties.region())
        .state(MachineState.STARTED)
        .timeout(properties.timeout())
        .build();
    Machine machine = orchestrator.createMachineAndWait(request, JobOutput.stateLines(out, started));
    out.printf("done: app=%s machine=%s state=%s region=%s total=%s api-calls=%d%n", app.name(), machine.id(),
        machine.state(), machine.region(), JobOutput.seconds(JobOutput.since(started)), apiCalls.calls());
    return machine;
  }
}
