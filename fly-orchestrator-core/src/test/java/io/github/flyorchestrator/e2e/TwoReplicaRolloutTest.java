package io.github.flyorchestrator.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineRolloutOutcome;
import io.github.flyorchestrator.model.MachineRolloutStatus;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.WithFlyApiSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/**
 * Two replicas of a service (two orchestrators, each with its own client) roll the same new image over the same
 * app's six machines at the same time. The Fly lease is the only lock between them. Run under each choice of
 * {@link ApiVariants#coverage()}.
 */
@WithFlyApiSimulator(timeScale = 0.1, rateLimits = false)
@ParameterizedClass(name = "{0}")
@MethodSource("io.github.flyorchestrator.test.ApiVariants#coverage")
class TwoReplicaRolloutTest {

  private static final String NONCE = "fly-machine-lease-nonce";
  private static final Set<SimRoute> MUTATIONS = Set.of(SimRoute.MACHINES_UPDATE, SimRoute.MACHINES_START,
      SimRoute.MACHINES_STOP, SimRoute.MACHINES_RESTART, SimRoute.MACHINES_SUSPEND, SimRoute.MACHINES_DELETE);

  static FlyApiSimulator simulator;

  @Parameter
  ApiVariants variants;

  @Test
  void everyMachineIsUpdatedExactlyOnceAndNeverByBothReplicasAtOnce() {
    simulator.variants(variants);
    String app = "two-replicas-" + System.nanoTime();
    ReactiveFlyMachinesClient setupClient = SimulatorOrchestrationsTest.newClient(simulator);
    setupClient.createApp(CreateAppRequest.of(app, "personal")).block(SimulatorOrchestrationsTest.TIMEOUT);
    FlyOrchestrator setup = FlyOrchestrator.blocking(SimulatorOrchestrationsTest.newOrchestrator(setupClient));
    List<String> ids = IntStream.range(0, 6).mapToObj(i -> setup.createMachineAndWait(CreateMachineRequest
        .builder(app, MachineConfig.ofImage("nginx:1")).timeout(SimulatorOrchestrationsTest.TIMEOUT).build()).id())
        .toList();
    simulator.journal().clear();

    ReactiveFlyOrchestrator replicaA = SimulatorOrchestrationsTest.newOrchestrator(
        SimulatorOrchestrationsTest.newClient(simulator));
    ReactiveFlyOrchestrator replicaB = SimulatorOrchestrationsTest.newOrchestrator(
        SimulatorOrchestrationsTest.newClient(simulator));
    RolloutRequest request = RolloutRequest.builder(app).targetImage("nginx:2").concurrency(3)
        .machineTimeout(Duration.ofSeconds(60)).leaseTtl(Duration.ofSeconds(60)).build();

    var results = Mono.zip(replicaA.rollout(request), replicaB.rollout(request)).block(Duration.ofSeconds(120));
    RolloutResult a = results.getT1();
    RolloutResult b = results.getT2();

    assertThat(a.isSuccessful()).as("replica A: %s", a).isTrue();
    assertThat(b.isSuccessful()).as("replica B: %s", b).isTrue();
    for (String id : ids) {
      List<MachineRolloutStatus> statuses = List.of(status(a, id), status(b, id));
      assertThat(statuses).as(id).containsExactlyInAnyOrder(MachineRolloutStatus.UPDATED,
          MachineRolloutStatus.ALREADY_CURRENT);
    }
    List<Machine> after = setupClient.listMachines(app, MachineListOptions.ALL)
        .block(SimulatorOrchestrationsTest.TIMEOUT);
    assertThat(after).hasSize(6).allSatisfy(machine -> assertThat(machine.config().image()).isEqualTo("nginx:2"));

    List<RecordedRequest> journal = simulator.journal().requests();
    for (String id : ids) {
      List<RecordedRequest> ofMachine = journal.stream()
          .filter(r -> r.route() != null && id.equals(r.route().pathParam(r.path(), "id"))).toList();
      assertThat(ofMachine.stream().filter(r -> r.route() == SimRoute.MACHINES_UPDATE)).as(id).hasSize(1);
      assertLeaseIntervalsDoNotOverlap(id, ofMachine);
    }
  }

  private static MachineRolloutStatus status(RolloutResult result, String id) {
    return result.outcomes().stream().filter(o -> o.machineId().equals(id)).findFirst()
        .map(MachineRolloutOutcome::status).orElseThrow();
  }

  /**
   * Every mutation carries a lease nonce; the requests carrying one nonce (mutations, refreshes, the release) form an
   * interval that ends with that nonce's release, and no two nonces' intervals overlap.
   */
  private static void assertLeaseIntervalsDoNotOverlap(String id, List<RecordedRequest> ofMachine) {
    Map<String, int[]> intervals = new LinkedHashMap<>();
    for (int i = 0; i < ofMachine.size(); i++) {
      RecordedRequest request = ofMachine.get(i);
      String nonce = request.header(NONCE);
      if (MUTATIONS.contains(request.route())) {
        assertThat(nonce).as("nonce of %s %s", request.method(), request.path()).isNotBlank();
      }
      if (nonce != null) {
        int index = i;
        intervals.computeIfAbsent(nonce, n -> new int[] {index, index})[1] = index;
      }
    }
    assertThat(intervals).as("leases of %s", id).hasSize(2);
    List<int[]> sorted = new ArrayList<>(intervals.values());
    sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(sorted.get(i)[0]).as("lease %d of %s starts after the previous one ended", i, id)
          .isGreaterThan(sorted.get(i - 1)[1]);
    }
    intervals.forEach((nonce, interval) -> assertThat(ofMachine.get(interval[1]).route())
        .as("the last request with a nonce on %s releases it", id).isEqualTo(SimRoute.MACHINES_RELEASE_LEASE));
  }
}
