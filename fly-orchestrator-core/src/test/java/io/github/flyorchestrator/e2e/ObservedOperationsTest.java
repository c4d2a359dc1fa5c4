package io.github.flyorchestrator.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.PollResult;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation.Operation;
import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation;
import io.github.flyorchestrator.observation.FlyWaitObservationContext;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.PollOptions;
import io.github.flyorchestrator.param.ProvisionAppRequest;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.WithFlyApiSimulator;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link FlyOrchestratorObservationDocumentation.Operation} is the list of what really emits
 * {@code fly.orchestrator.wait}: every workflow of the orchestrator runs once against the simulator, and the
 * operations its observations carry are exactly the documented ones, each with its deadline.
 */
@WithFlyApiSimulator(timeScale = 0.01, rateLimits = false)
class ObservedOperationsTest {

  static FlyApiSimulator simulator;

  private final List<String> operations = new CopyOnWriteArrayList<>();
  private final List<String> withoutTimeout = new CopyOnWriteArrayList<>();

  private FlyOrchestrator observedOrchestrator(ReactiveFlyMachinesClient client) {
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new ObservationHandler<FlyWaitObservationContext>() {
      @Override
      public void onStop(FlyWaitObservationContext context) {
        operations.add(context.getOperation());
        if (context.getTimeout() == null) {
          withoutTimeout.add(context.getOperation());
        }
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return context instanceof FlyWaitObservationContext;
      }
    });
    return FlyOrchestrator.blocking(ReactiveFlyOrchestrator.builder(client).settings(SimulatorOrchestrationsTest.FAST)
        .observationRegistry(registry).build());
  }

  @Test
  void theDocumentedOperationsAreExactlyTheOnesTheWorkflowsEmit() {
    FlyOrchestrator fly = observedOrchestrator(SimulatorOrchestrationsTest.newClient(simulator));
    String app = "observed-" + System.nanoTime();

    fly.createAppAndWait(app, "personal");
    Machine machine = fly.createMachineAndWait(CreateMachineRequest.of(app, MachineConfig.ofImage("nginx:1")));
    String id = machine.id();
    fly.stopAndWait(app, id);
    fly.startAndWait(app, id);
    fly.restartAndWait(app, id);
    fly.suspendAndWait(app, id);
    fly.startAndWait(app, id);
    fly.updateAndWait(app, id, machine.config().toBuilder().image("nginx:2").build());
    RolloutResult rollout = fly.rollout(RolloutRequest.builder(app).targetImage("nginx:3").build());
    int underLease = fly.withLease(app, id, Duration.ofSeconds(10), lease -> 1);
    String polled = fly.pollUntil(() -> PollResult.done("ok"), PollOptions.of(Duration.ofSeconds(5)));
    fly.destroyAndWait(app, id, true, LifecycleOptions.DEFAULTS);
    fly.provisionAppAndWait(ProvisionAppRequest.builder(app, "personal").build());
    fly.deprovisionAppAndWait(app);

    assertThat(rollout.isSuccessful()).isTrue();
    assertThat(underLease).isEqualTo(1);
    assertThat(polled).isEqualTo("ok");
    Set<String> documented = Arrays.stream(Operation.values()).map(Operation::value).collect(Collectors.toSet());
    assertThat(Set.copyOf(operations)).isEqualTo(documented);
    assertThat(withoutTimeout).as("only a rollout has no deadline of its own (its machines each have one)")
        .containsExactly(Operation.ROLLOUT.value());
  }
}
