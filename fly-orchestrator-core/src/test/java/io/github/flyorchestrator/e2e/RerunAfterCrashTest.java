package io.github.flyorchestrator.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyLeaseHeldException;
import io.github.flyorchestrator.internal.lifecycle.MachineCreate;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineRolloutOutcome;
import io.github.flyorchestrator.model.MachineRolloutStatus;
import io.github.flyorchestrator.model.MachineState;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.WithFlyApiSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a run finds after an earlier run of the same workflow died part-way (issue 13): the state a crash leaves is
 * set up through the client (a machine created with the key, an update that landed, a lease never released), then
 * the workflow runs again, from a fresh client and orchestrator, as a new process would.
 */
@WithFlyApiSimulator(timeScale = 0.1, rateLimits = false)
class RerunAfterCrashTest {

  private static final String KEY = "worker-1";

  static FlyApiSimulator simulator;

  private ReactiveFlyMachinesClient reactive;
  private FlyMachinesClient client;
  private FlyOrchestrator orchestrator;
  private String app;

  @BeforeEach
  void newProcess() {
    reactive = SimulatorOrchestrationsTest.newClient(simulator);
    client = FlyMachinesClient.blocking(reactive);
    orchestrator = FlyOrchestrator.blocking(SimulatorOrchestrationsTest.newOrchestrator(reactive));
    app = "rerun-" + System.nanoTime();
    client.createApp(CreateAppRequest.of(app, "personal"));
    simulator.journal().clear();
  }

  @AfterEach
  void close() {
    reactive.close();
  }

  private CreateMachineRequest keyed(String key) {
    return CreateMachineRequest.builder(app, MachineConfig.ofImage("nginx:1"))
        .timeout(SimulatorOrchestrationsTest.TIMEOUT).idempotencyKey(key).build();
  }

  /** What a run that died right after its POST left: a machine carrying the key, not waited for. */
  private Machine createdByADeadRun(String key) {
    return client.createMachine(app, MachineSpec.of(MachineConfig.ofImage("nginx:1")
        .withMetadata(MachineCreate.IDEMPOTENCY_KEY_METADATA_KEY, key), null));
  }

  @Test
  void aRerunWithTheSameIdempotencyKeyWaitsForTheMachineTheDeadRunCreatedInsteadOfCreatingASecond() {
    Machine earlier = createdByADeadRun(KEY);

    Machine machine = orchestrator.createMachineAndWait(keyed(KEY));

    assertThat(machine.id()).isEqualTo(earlier.id());
    assertThat(machine.state()).isEqualTo(MachineState.STARTED);
    assertThat(simulator.journal().count(SimRoute.MACHINES_CREATE)).isEqualTo(1);
    assertThat(client.listMachines(app, MachineListOptions.ALL)).hasSize(1);
  }

  @Test
  void aRerunAfterTheMachineIsStartedReturnsItAndAnotherKeyCreatesAnother() {
    Machine first = orchestrator.createMachineAndWait(keyed(KEY));

    Machine again = orchestrator.createMachineAndWait(keyed(KEY));
    Machine other = orchestrator.createMachineAndWait(keyed("worker-2"));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(other.id()).isNotEqualTo(first.id());
    assertThat(simulator.journal().count(SimRoute.MACHINES_CREATE)).isEqualTo(2);
    assertThat(first.config().metadata()).containsEntry(MachineCreate.IDEMPOTENCY_KEY_METADATA_KEY, KEY);
  }

  @Test
  void aRerunStartsTheMachineWhenItWasLeftStopped() {
    Machine first = orchestrator.createMachineAndWait(keyed(KEY));
    orchestrator.stopAndWait(app, first.id());

    Machine again = orchestrator.createMachineAndWait(keyed(KEY));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.state()).isEqualTo(MachineState.STARTED);
    assertThat(simulator.journal().count(SimRoute.MACHINES_START)).isEqualTo(1);
    assertThat(simulator.journal().count(SimRoute.MACHINES_CREATE)).isEqualTo(1);
  }

  @Test
  void aRerunCreatesAnewWhenTheEarlierMachineWasDestroyed() {
    Machine first = orchestrator.createMachineAndWait(keyed(KEY));
    orchestrator.destroyAndWait(app, first.id(), true);

    Machine again = orchestrator.createMachineAndWait(keyed(KEY));

    assertThat(again.id()).isNotEqualTo(first.id());
    assertThat(again.state()).isEqualTo(MachineState.STARTED);
  }

  @Test
  void aRerunFailsNamingTheMachinesWhenSeveralCarryTheKey() {
    Machine one = createdByADeadRun(KEY);
    Machine two = createdByADeadRun(KEY);

    assertThatThrownBy(() -> orchestrator.createMachineAndWait(keyed(KEY)))
        .isInstanceOf(FlyException.class)
        .hasMessageContaining(one.id()).hasMessageContaining(two.id())
        .hasMessageContaining("idempotency key 'worker-1'");
    assertThat(simulator.journal().count(SimRoute.MACHINES_CREATE)).isEqualTo(2);
  }

  @Test
  void updateAndWaitSendsNoUpdateWhenTheMachineAlreadyHasTheConfig() {
    Machine machine = orchestrator.createMachineAndWait(keyed(KEY));
    Machine current = client.getMachine(app, machine.id());
    simulator.journal().clear();

    Machine after = orchestrator.updateAndWait(app, machine.id(), current.config());

    assertThat(after.currentVersion()).isEqualTo(current.currentVersion());
    assertThat(after.state()).isEqualTo(MachineState.STARTED);
    assertThat(simulator.journal().count(SimRoute.MACHINES_UPDATE)).isZero();
  }

  @Test
  void aRolloutRerunSkipsWhatTheDeadRunUpdatedAndTakesOverTheLeaseItLeft() {
    List<String> ids = List.of(KEY, "worker-2", "worker-3").stream()
        .map(key -> orchestrator.createMachineAndWait(keyed(key)).id()).toList();
    // The dead run updated the first machine and held the second one's lease (never released).
    Machine first = client.getMachine(app, ids.get(0));
    orchestrator.updateAndWait(app, first.id(), first.config().toBuilder().image("nginx:2").build());
    Lease left = client.acquireLease(app, ids.get(1), Duration.ofSeconds(5), "dead run");
    assertThat(left.nonce()).isNotNull();
    simulator.journal().clear();

    RolloutResult result = orchestrator.rollout(RolloutRequest.builder(app).targetImage("nginx:2")
        .machineTimeout(SimulatorOrchestrationsTest.TIMEOUT).build());

    Map<String, MachineRolloutStatus> statuses = result.outcomes().stream()
        .collect(Collectors.toMap(MachineRolloutOutcome::machineId, MachineRolloutOutcome::status));
    assertThat(result.isSuccessful()).as("%s", result).isTrue();
    assertThat(statuses).containsEntry(ids.get(0), MachineRolloutStatus.ALREADY_UPDATED)
        .containsEntry(ids.get(1), MachineRolloutStatus.UPDATED)
        .containsEntry(ids.get(2), MachineRolloutStatus.UPDATED);
    List<RecordedRequest> onFirst = simulator.journal().requests().stream()
        .filter(r -> r.route() != null && ids.get(0).equals(r.route().pathParam(r.path(), "id"))).toList();
    assertThat(onFirst).extracting(RecordedRequest::route)
        .doesNotContain(SimRoute.MACHINES_UPDATE, SimRoute.MACHINES_CREATE_LEASE);
    assertThat(client.listMachines(app, MachineListOptions.ALL))
        .allSatisfy(machine -> assertThat(machine.config().image()).isEqualTo("nginx:2"));
  }

  @Test
  void aLeaseHeldByAnotherProcessFailsNamingItsHolderAndExpiry() {
    Machine machine = orchestrator.createMachineAndWait(keyed(KEY));
    client.acquireLease(app, machine.id(), Duration.ofSeconds(600), "nightly-job on host-7");

    assertThatThrownBy(() -> orchestrator.withLease(app, machine.id(), Duration.ofSeconds(30), lease -> "never"))
        .isInstanceOfSatisfying(FlyLeaseHeldException.class, error -> {
          assertThat(error.getHolder()).hasValueSatisfying(holder ->
              assertThat(holder.description()).isEqualTo("nightly-job on host-7"));
          assertThat(error.getMessage()).contains("held by ", "(nightly-job on host-7) until ", " UTC",
              "it expires in ").doesNotContain(error.getHolder().orElseThrow().nonce());
        });
  }
}
