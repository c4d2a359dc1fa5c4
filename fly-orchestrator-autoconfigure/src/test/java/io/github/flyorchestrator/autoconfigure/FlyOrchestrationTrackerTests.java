package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.autoconfigure.FlyOrchestrationsDescriptor.Orchestration;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.observation.FlyWaitObservationContext;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimulatorOptions;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the tracker makes of the {@code fly.orchestrator.wait} observations. */
class FlyOrchestrationTrackerTests {

  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final FlyOrchestrationTracker tracker = new FlyOrchestrationTracker(2, clock);
  private final ObservationRegistry registry = ObservationRegistry.create();

  FlyOrchestrationTrackerTests() {
    registry.observationConfig().observationHandler(tracker);
  }

  private Observation start(FlyWaitObservationContext context, Observation parent) {
    return Observation.createNotStarted("fly.orchestrator.wait", () -> context, registry).parentObservation(parent)
        .start();
  }

  @Test
  void aRunningWorkflowShowsWhatItsObservationKnowsAndItsDeadline() {
    FlyWaitObservationContext context = new FlyWaitObservationContext("start_and_wait", "shop");
    context.setMachineId("m-1");
    context.setTimeout(Duration.ofSeconds(60));
    start(context, null);
    clock.advance(Duration.ofSeconds(7));
    context.setAttempts(3);
    context.setReason("starting");

    Orchestration running = tracker.orchestrations().inFlight().get(0);

    assertThat(running).isEqualTo(new Orchestration("start_and_wait", "shop", "m-1", T0, null, Duration.ofSeconds(7),
        3, "starting", T0.plusSeconds(60), null, null, List.of()));
    assertThat(tracker.orchestrations().finished()).isEmpty();
  }

  @Test
  void aFinishedWorkflowMovesToTheHistoryWithItsOutcomeAndErrorType() {
    FlyWaitObservationContext context = new FlyWaitObservationContext("stop_and_wait", "shop");
    Observation observation = start(context, null);
    clock.advance(Duration.ofSeconds(5));
    context.setOutcome(FlyWaitObservationContext.Outcome.TIMEOUT);
    observation.error(new FlyTimeoutException("timed out after 5s", "stop_and_wait", 4, Duration.ofSeconds(5), null,
        null)).stop();
    clock.advance(Duration.ofSeconds(30));

    FlyOrchestrationsDescriptor orchestrations = tracker.orchestrations();

    assertThat(orchestrations.inFlight()).isEmpty();
    Orchestration finished = orchestrations.finished().get(0);
    assertThat(finished.outcome()).isEqualTo("timeout");
    assertThat(finished.error()).isEqualTo("FlyTimeoutException");
    assertThat(finished.finishedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(finished.elapsed()).as("the time it ran, not the time since").isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void theHistoryKeepsTheLastFinishedNewestFirst() {
    for (String app : new String[] { "a", "b", "c" }) {
      start(new FlyWaitObservationContext("start_and_wait", app), null).stop();
    }

    assertThat(tracker.orchestrations().finished()).extracting(Orchestration::app).containsExactly("c", "b");
  }

  @Test
  void aWorkflowStartedInsideAnotherIsListedUnderIt() {
    Observation rollout = start(new FlyWaitObservationContext("rollout", "shop"), null);
    Observation unrelated = Observation.start("http.client.requests", registry).parentObservation(rollout);
    FlyWaitObservationContext machine = new FlyWaitObservationContext("update_and_wait", "shop");
    machine.setMachineId("m-2");
    start(machine, unrelated).stop();

    Orchestration running = tracker.orchestrations().inFlight().get(0);

    assertThat(tracker.orchestrations().inFlight()).hasSize(1);
    assertThat(running.operation()).isEqualTo("rollout");
    assertThat(running.nested()).extracting(Orchestration::machineId).containsExactly("m-2");
    assertThat(tracker.orchestrations().finished()).as("a nested one stays under its parent").isEmpty();
  }

  @Test
  void aRolloutAgainstTheSimulatorShowsEachMachinesUpdate() {
    try (FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withTimeScale(0.01)
        .withRateLimits(false));
        ReactiveFlyMachinesClient client = ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl())
            .token(FlyApiSimulator.DEFAULT_TEST_TOKEN).build()) {
      FlyOrchestrator fly = FlyOrchestrator.blocking(ReactiveFlyOrchestrator.builder(client)
          .observationRegistry(registry).build());
      client.createApp(CreateAppRequest.of("fleet", "personal")).block();
      String first = fly.createMachineAndWait(CreateMachineRequest.of("fleet", MachineConfig.ofImage("nginx:1"))).id();
      String second = fly.createMachineAndWait(CreateMachineRequest.of("fleet", MachineConfig.ofImage("nginx:1")))
          .id();

      RolloutResult result = fly.rollout(RolloutRequest.builder("fleet").targetImage("nginx:2").build());

      assertThat(result.isSuccessful()).isTrue();
      Orchestration rollout = tracker.orchestrations().finished().get(0);
      assertThat(rollout.operation()).isEqualTo("rollout");
      assertThat(rollout.deadline()).as("a rollout's deadlines are its machines'").isNull();
      assertThat(rollout.nested()).extracting(Orchestration::operation).containsOnly("update_and_wait");
      assertThat(rollout.nested()).extracting(Orchestration::machineId).containsExactlyInAnyOrder(first, second);
      assertThat(rollout.nested()).extracting(Orchestration::outcome).containsOnly("success");
      assertThat(rollout.nested()).allSatisfy(machine -> assertThat(machine.deadline()).isNotNull());
    }
  }

  @Test
  void aNegativeHistorySizeIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new FlyOrchestrationTracker(-1))
        .withMessageContaining("historySize");
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {

    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
