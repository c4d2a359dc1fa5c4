package io.github.flyorchestrator.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyLeaseHeldException;
import io.github.flyorchestrator.internal.lifecycle.MachineCreate;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.Fault;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.WithFlyApiSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every orchestration end to end: the real WebClient client against the Fly API simulator, under each choice of
 * {@link ApiVariants#coverage()}.
 */
@WithFlyApiSimulator(timeScale = 0.1, rateLimits = false)
@ParameterizedClass(name = "{0}")
@MethodSource("io.github.flyorchestrator.test.ApiVariants#coverage")
class SimulatorOrchestrationsTest {

  static final Duration TIMEOUT = Duration.ofSeconds(30);
  static final OrchestratorSettings FAST = OrchestratorSettings.builder().defaultTimeout(TIMEOUT)
      .backoff(new BackoffSettings(Duration.ofMillis(50), 2.0, Duration.ofMillis(400), 0.2)).build();
  private static final AtomicInteger APPS = new AtomicInteger();

  static FlyApiSimulator simulator;

  @Parameter
  ApiVariants variants;

  ReactiveFlyMachinesClient client;
  FlyOrchestrator orchestrator;
  String app;

  static ReactiveFlyMachinesClient newClient(FlyApiSimulator target) {
    return ReactiveFlyMachinesClient.builder().baseUrl(target.baseUrl()).token("test-token").build();
  }

  static ReactiveFlyOrchestrator newOrchestrator(ReactiveFlyMachinesClient client) {
    return ReactiveFlyOrchestrator.builder(client).settings(FAST).build();
  }

  @BeforeEach
  void createApp() {
    simulator.variants(variants);
    client = newClient(simulator);
    orchestrator = FlyOrchestrator.blocking(newOrchestrator(client));
    app = "e2e-" + APPS.incrementAndGet() + "-" + System.nanoTime();
    client.createApp(CreateAppRequest.of(app, "personal")).block(TIMEOUT);
  }

  Machine createStarted(String image) {
    return orchestrator.createMachineAndWait(CreateMachineRequest.builder(app, MachineConfig.ofImage(image))
        .region("ams").timeout(TIMEOUT).build());
  }

  @Test
  void aMachineGoesThroughItsWholeLifecycle() {
    List<String> states = Collections.synchronizedList(new ArrayList<>());
    Machine machine = orchestrator.createMachineAndWait(CreateMachineRequest.builder(app,
        MachineConfig.ofImage("nginx:1")).timeout(TIMEOUT).build(), (id, state, elapsed) -> states.add(state));
    String id = machine.id();
    assertThat(machine.state()).isEqualTo("started");
    assertThat(states).last().isEqualTo("started");
    for (int i = 1; i < states.size(); i++) {
      assertThat(states.get(i)).isNotEqualTo(states.get(i - 1));
    }

    assertThat(orchestrator.stopAndWait(app, id).state()).isEqualTo("stopped");
    assertThat(orchestrator.startAndWait(app, id).state()).isEqualTo("started");

    long newestBefore = client.getMachine(app, id).block(TIMEOUT).events().stream()
        .mapToLong(MachineEvent::timestamp).max().orElseThrow();
    Machine restarted = orchestrator.restartAndWait(app, id);
    assertThat(restarted.state()).isEqualTo("started");
    assertThat(restarted.events()).anySatisfy(event -> {
      assertThat(event.timestamp()).isGreaterThan(newestBefore);
      assertThat(event.status()).isEqualTo("started");
    });
    assertThat(simulator.journal().last(SimRoute.MACHINES_WAIT).queryParam("from_event_id") != null)
        .as("from_event_id sent").isEqualTo(variants.eventIds() == ApiVariants.EventIds.WITH_IDS);

    assertThat(orchestrator.suspendAndWait(app, id).state()).isEqualTo("suspended");
    assertThat(orchestrator.startAndWait(app, id).state()).isEqualTo("started");

    Machine updated = orchestrator.updateAndWait(app, id, machine.config().toBuilder().image("nginx:2").build());
    assertThat(updated.config().image()).isEqualTo("nginx:2");
    assertThat(updated.currentVersion()).isNotEqualTo(machine.currentVersion());
    assertThat(simulator.journal().last(SimRoute.MACHINES_UPDATE).body()).doesNotContain("current_version");

    orchestrator.destroyAndWait(app, id, true);
    assertThat(client.listMachines(app, MachineListOptions.ALL).block(TIMEOUT)).isEmpty();
  }

  @Test
  void anUpdateThatSettlesInFailedIsAClearError() {
    Machine machine = createStarted("nginx:1");
    simulator.failLaunches(app, true);

    assertThatThrownBy(() -> orchestrator.updateAndWait(app, machine.id(), MachineConfig.ofImage("broken")))
        .isInstanceOf(FlyException.class)
        .hasMessageContaining(machine.id())
        .hasMessageContaining("settled in state failed");
  }

  @Test
  void withLeaseFailsClearlyWhileAnotherHolderHasTheLeaseAndOtherwiseMutatesWithItsNonce() {
    Machine machine = createStarted("nginx:1");
    Lease other = client.acquireLease(app, machine.id(), Duration.ofSeconds(60), "someone else").block(TIMEOUT);

    assertThatThrownBy(() -> orchestrator.withLease(app, machine.id(), Duration.ofSeconds(10), lease -> "ran"))
        .isInstanceOf(FlyLeaseHeldException.class)
        .hasMessageContaining("leased by another holder");

    client.releaseLease(app, machine.id(), other.nonce()).block(TIMEOUT);
    String nonce = orchestrator.withLease(app, machine.id(), Duration.ofSeconds(10), lease -> {
      orchestrator.stopAndWait(app, machine.id(), null, LifecycleOptions.underLease(lease));
      return lease.nonce();
    });

    assertThat(simulator.journal().last(SimRoute.MACHINES_STOP).header("fly-machine-lease-nonce")).isEqualTo(nonce);
    RecordedRequest release = simulator.journal().last(SimRoute.MACHINES_RELEASE_LEASE);
    assertThat(release.header("fly-machine-lease-nonce")).isEqualTo(nonce);
    // Released: someone else can take the lease now.
    assertThat(client.acquireLease(app, machine.id(), Duration.ofSeconds(5), "next").block(TIMEOUT).nonce())
        .isNotBlank();
  }

  @Test
  void aCreateWhosePostFailsWith503IsRetriedAndYieldsOneMachine() {
    simulator.faults().next(SimRoute.MACHINES_CREATE, 1, Fault.status(503));

    Machine machine = createStarted("nginx:1");

    List<Machine> machines = client.listMachines(app, MachineListOptions.ALL).block(TIMEOUT);
    assertThat(machines).singleElement().satisfies(listed -> {
      assertThat(listed.id()).isEqualTo(machine.id());
      assertThat(listed.config().metadata()).containsKey(MachineCreate.CREATE_ID_METADATA_KEY);
    });
    List<RecordedRequest> posts = simulator.journal().requests(SimRoute.MACHINES_CREATE).stream()
        .filter(request -> request.path().contains(app)).toList();
    assertThat(posts).hasSize(2);
  }
}
