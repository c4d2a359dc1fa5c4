package io.github.flyorchestrator.sample;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineRolloutOutcome;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.RolloutRequest;
import java.io.PrintStream;
import org.springframework.stereotype.Service;

/**
 * The sample's second job ({@code sample.job=rollout}): create an app with a small fleet, then roll a new image over
 * it, each machine under a lease, and print every machine's outcome.
 */
@Service
public class RolloutJob {

  private final FlyOrchestrator orchestrator;
  private final SampleProperties properties;
  private final ApiCallCounter apiCalls;

  RolloutJob(FlyOrchestrator orchestrator, SampleProperties properties, ApiCallCounter apiCalls) {
    this.orchestrator = orchestrator;
    this.properties = properties;
    this.apiCalls = apiCalls;
  }

  /**
   * Runs the job.
   *
   * @param out where to print
   * @return the rollout's result
   */
  public RolloutResult run(PrintStream out) {
    long started = System.nanoTime();
    orchestrator.createAppAndWait(properties.appName(), properties.orgSlug());
    for (int i = 0; i < properties.fleetSize(); i++) {
      orchestrator.createMachineAndWait(CreateMachineRequest.builder(properties.appName(),
          MachineConfig.ofImage(properties.image())).region(properties.region()).timeout(properties.timeout())
          .build(), JobOutput.stateLines(out, started));
    }
    out.printf("fleet of %d machines started; rolling out %s%n", properties.fleetSize(), properties.rolloutImage());
    RolloutResult result = orchestrator.rollout(RolloutRequest.builder(properties.appName())
        .targetImage(properties.rolloutImage()).concurrency(2).machineTimeout(properties.timeout()).build());
    for (MachineRolloutOutcome outcome : result.outcomes()) {
      out.printf("  machine %s: %s (%s -> %s) in %s%s%n", outcome.machineId(), outcome.status(),
          outcome.previousVersion(), outcome.newVersion(), JobOutput.seconds(outcome.elapsed()),
          outcome.errorMessage() == null ? "" : ": " + outcome.errorMessage());
    }
    out.printf("done: app=%s machines=%d successful=%s total=%s api-calls=%d%n", properties.appName(),
        result.outcomes().size(), result.isSuccessful(),
        JobOutput.seconds(JobOutput.since(started)), apiCalls.calls());
    if (!result.isSuccessful()) {
      throw new IllegalStateException("the rollout did not update every machine");
    }
    return result;
  }
}
