package io.github.flyorchestrator.sample;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
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
 *
 * <p>Re-runnable: run it again with the same {@code sample.app-name} after it was killed at any point and it ends in
 * the same state as one uninterrupted run. The app is created only when missing; each machine is created with the
 * idempotency key {@code machine-<i>}, so a re-run finds the machines an earlier run created; the rollout skips the
 * machines already on the target image ({@code ALREADY_UPDATED}) and waits for leases a killed run left until their
 * TTL ({@code sample.lease-ttl}) ends. It prints one line per phase ({@code phase: ...}) as it enters it.
 */
@Service
public class RolloutJob {

  private final FlyOrchestrator orchestrator;
  private final FlyMachinesClient client;
  private final SampleProperties properties;
  private final ApiCallCounter apiCalls;

  RolloutJob(FlyOrchestrator orchestrator, FlyMachinesClient client, SampleProperties properties,
      ApiCallCounter apiCalls) {
    this.orchestrator = orchestrator;
    this.client = client;
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
    out.println("phase: app");
    if (!appExists()) {
      orchestrator.createAppAndWait(properties.appName(), properties.orgSlug());
    }
    for (int i = 0; i < properties.fleetSize(); i++) {
      out.println("phase: machine " + i);
      orchestrator.createMachineAndWait(CreateMachineRequest.builder(properties.appName(),
          MachineConfig.ofImage(properties.image())).region(properties.region()).timeout(properties.timeout())
          .idempotencyKey("machine-" + i).build(), JobOutput.stateLines(out, started));
    }
    out.printf("phase: rollout of %d machines to %s%n", properties.fleetSize(), properties.rolloutImage());
    RolloutResult result = orchestrator.rollout(RolloutRequest.builder(properties.appName())
        .targetImage(properties.rolloutImage()).concurrency(2).machineTimeout(properties.timeout())
        .leaseTtl(properties.leaseTtl()).build());
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

  private boolean appExists() {
    try {
      client.getApp(properties.appName());
      return true;
    }
    catch (FlyException ex) {
      if (Integer.valueOf(404).equals(ex.getHttpStatus())) {
        return false;
      }
      throw ex;
    }
  }
}
