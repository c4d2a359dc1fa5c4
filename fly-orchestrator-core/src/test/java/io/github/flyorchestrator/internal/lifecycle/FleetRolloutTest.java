package io.github.flyorchestrator.internal.lifecycle;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.lease;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.model.CheckStatus;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineRolloutOutcome;
import io.github.flyorchestrator.model.MachineRolloutStatus;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.RolloutFailurePolicy;
import io.github.flyorchestrator.param.RolloutRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** Rollouts over an in-memory fleet whose updates take 10 s (virtual) to settle. */
class FleetRolloutTest {

  private static final String APP = "fleet";
  private static final Duration SETTLE = Duration.ofSeconds(10);
  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);
  private final Map<String, Machine> fleet = new ConcurrentHashMap<>();
  private final Set<String> failingImages = ConcurrentHashMap.newKeySet();
  private final Set<String> unhealthyImages = ConcurrentHashMap.newKeySet();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile Predicate<String> leaseHeldElsewhere = id -> false;
  /** What the list answers when set; otherwise the fleet as it is. */
  private volatile List<Machine> listed;

  FleetRolloutTest() {
    IntStream.rangeClosed(1, 6).forEach(i -> fleet.put("m" + i, machine("m" + i, "old", "v1", "started")));
    client.onListMachines(app -> Mono.just(listed != null ? listed
            : IntStream.rangeClosed(1, 6).mapToObj(i -> fleet.get("m" + i)).toList()))
        .onGetMachine(id -> Mono.just(settled(fleet.get(id))))
        .onAcquireLease(call -> {
          if (leaseHeldElsewhere.test(call.machineId())) {
            return Mono.error(httpError(409));
          }
          maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          return Mono.just(lease("nonce-" + call.machineId()));
        })
        .onRefreshLease(call -> Mono.just(lease(call.leaseNonce())))
        .onReleaseLease(call -> {
          inFlight.decrementAndGet();
          return Mono.empty();
        })
        .onUpdateMachine(call -> {
          String image = call.body().config().image();
          Machine updated = machine(call.machineId(), image, "v2", "replacing");
          fleet.put(call.machineId(), updated);
          return Mono.just(updated);
        })
        .onWait(request -> Mono.delay(SETTLE, clock)
            .thenReturn(new WaitResult(true, "started", request.version(), "e")));
  }

  /**
   * A read after the update's 10 s shows it settled ({@code failed} for a failing image), with a check that fails
   * for an unhealthy image.
   */
  private Machine settled(Machine machine) {
    if (!"replacing".equals(machine.state())) {
      return machine;
    }
    String image = machine.config().image();
    String state = failingImages.contains(image) ? "failed" : "started";
    Machine done = machine.toBuilder().state(state).checks(unhealthyImages.contains(image)
        ? CheckStatus.of("alive", CheckStatus.CRITICAL, "connection refused")
        : CheckStatus.of("alive", CheckStatus.PASSING, "HTTP 200")).build();
    fleet.put(machine.id(), done);
    return done;
  }

  private static Machine machine(String id, String image, String version, String state) {
    return Machine.builder(id).name("n-" + id).state(state).region("ams").version(version)
        .config(MachineConfig.ofImage(image)).hostStatus("ok").build();
  }

  private ReactiveFlyOrchestrator orchestrator() {
    return ReactiveFlyOrchestrator.builder(client).scheduler(clock).build();
  }

  private RolloutResult run(RolloutRequest request) {
    RolloutResult[] result = new RolloutResult[1];
    StepVerifier.withVirtualTime(() -> orchestrator().rollout(request), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofMinutes(2))
        .consumeNextWith(value -> result[0] = value)
        .expectComplete()
        .verify(Duration.ofSeconds(10));
    return result[0];
  }

  @Test
  void updatesEveryMachineWithAtMostTheConfiguredNumberInFlightEachUnderItsLease() {
    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new").concurrency(2).build());

    assertThat(result.isSuccessful()).isTrue();
    assertThat(result.outcomes()).extracting(MachineRolloutOutcome::machineId)
        .containsExactly("m1", "m2", "m3", "m4", "m5", "m6");
    assertThat(result.outcomes()).allSatisfy(outcome -> {
      assertThat(outcome.status()).isEqualTo(MachineRolloutStatus.UPDATED);
      assertThat(outcome.previousVersion()).isEqualTo("v1");
      assertThat(outcome.newVersion()).isEqualTo("v2");
    });
    assertThat(maxInFlight.get()).isEqualTo(2);
    assertThat(client.machineCalls("update")).hasSize(6)
        .allSatisfy(call -> {
          assertThat(call.leaseNonce()).isEqualTo("nonce-" + call.machineId());
          assertThat(call.body().currentVersion()).isNull();
        });
    assertThat(client.machineCalls("release")).hasSize(6);
    // Three rounds of two machines, 10 s each.
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void machinesListedWithTheTargetConfigAreNeitherLeasedNorUpdatedButWaitedFor() {
    // An earlier run updated m3 and died before it settled.
    fleet.put("m3", machine("m3", "new", "v7", "replacing"));

    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new").build());

    assertThat(result.isSuccessful()).isTrue();
    assertThat(result.withStatus(MachineRolloutStatus.ALREADY_UPDATED)).singleElement()
        .satisfies(outcome -> {
          assertThat(outcome.machineId()).isEqualTo("m3");
          assertThat(outcome.newVersion()).isEqualTo("v7");
        });
    assertThat(fleet.get("m3").state()).isEqualTo("started");
    assertThat(client.machineCalls("update")).extracting(ScriptedFlyMachinesClient.MachineCall::machineId)
        .doesNotContain("m3").hasSize(5);
    assertThat(client.machineCalls("acquire")).extracting(ScriptedFlyMachinesClient.MachineCall::machineId)
        .doesNotContain("m3");
  }

  @Test
  void machinesThatHaveTheTargetConfigWhenReadUnderTheLeaseAreLeftAlone() {
    // Listed on the old image; another replica updates m3 before this rollout reads it under the lease.
    listed = IntStream.rangeClosed(1, 6).mapToObj(i -> fleet.get("m" + i)).toList();
    fleet.put("m3", machine("m3", "new", "v7", "started"));

    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new").build());

    assertThat(result.withStatus(MachineRolloutStatus.ALREADY_CURRENT)).singleElement()
        .satisfies(outcome -> assertThat(outcome.machineId()).isEqualTo("m3"));
    assertThat(client.machineCalls("update")).extracting(ScriptedFlyMachinesClient.MachineCall::machineId)
        .doesNotContain("m3").hasSize(5);
  }

  @Test
  void stopAtFirstFailureSkipsTheMachinesNotYetStarted() {
    failingImages.add("bad");

    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("bad").concurrency(1)
        .failurePolicy(RolloutFailurePolicy.STOP_AT_FIRST_FAILURE).build());

    assertThat(result.isSuccessful()).isFalse();
    assertThat(result.outcomes()).extracting(MachineRolloutOutcome::status)
        .containsExactly(MachineRolloutStatus.FAILED, MachineRolloutStatus.SKIPPED, MachineRolloutStatus.SKIPPED,
            MachineRolloutStatus.SKIPPED, MachineRolloutStatus.SKIPPED, MachineRolloutStatus.SKIPPED);
    assertThat(result.outcomes().get(0).errorMessage()).contains("m1").contains("failed");
    assertThat(client.machineCalls("update")).hasSize(1);
  }

  @Test
  void continuePolicyTriesEveryMachineAndReportsEachFailure() {
    failingImages.add("bad");

    RolloutResult result = run(RolloutRequest.builder(APP).concurrency(3)
        .configChange(config -> config.toBuilder().image("bad").build())
        .selection(machine -> true)
        .failurePolicy(RolloutFailurePolicy.CONTINUE).build());

    assertThat(result.withStatus(MachineRolloutStatus.FAILED)).hasSize(6);
    assertThat(client.machineCalls("update")).hasSize(6);
    assertThat(maxInFlight.get()).isEqualTo(3);
  }

  @Test
  void aMachineReadWithoutAConfigFailsWithAMessageSayingSoAndIsNotUpdated() {
    fleet.put("m2", fleet.get("m2").toBuilder().config(null).build());

    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new")
        .failurePolicy(RolloutFailurePolicy.CONTINUE).build());

    assertThat(result.withStatus(MachineRolloutStatus.FAILED)).singleElement().satisfies(outcome -> {
      assertThat(outcome.machineId()).isEqualTo("m2");
      assertThat(outcome.errorMessage()).isEqualTo("machine m2 of app fleet came back from the API without a config,"
          + " so the rollout's change had nothing to apply to; it was not updated");
    });
    assertThat(client.machineCalls("update")).extracting(ScriptedFlyMachinesClient.MachineCall::machineId)
        .doesNotContain("m2").hasSize(5);
    assertThat(client.machineCalls("release")).hasSize(6);
  }

  @Test
  void aConfigChangeThatReturnsNullFailsEachMachineWithAMessageNamingTheChange() {
    RolloutResult result = run(RolloutRequest.builder(APP).configChange(config -> null).concurrency(1).build());

    assertThat(result.outcomes()).extracting(MachineRolloutOutcome::status)
        .containsExactly(MachineRolloutStatus.FAILED, MachineRolloutStatus.SKIPPED, MachineRolloutStatus.SKIPPED,
            MachineRolloutStatus.SKIPPED, MachineRolloutStatus.SKIPPED, MachineRolloutStatus.SKIPPED);
    assertThat(result.outcomes().get(0).errorMessage()).isEqualTo("the rollout's config change returned no config"
        + " (null) for machine m1 of app fleet; it was not updated");
    assertThat(client.machineCalls("update")).isEmpty();
  }

  @Test
  void aConfigChangeThatThrowsFailsThatMachineAloneNotTheWholeRollout() {
    RolloutResult result = run(RolloutRequest.builder(APP).failurePolicy(RolloutFailurePolicy.CONTINUE)
        .configChange(config -> {
          if (config.image().equals("old")) {
            throw new IllegalArgumentException("no target for image old");
          }
          return config;
        }).selection(machine -> Set.of("m1", "m2").contains(machine.id())).build());

    assertThat(result.outcomes()).extracting(MachineRolloutOutcome::status)
        .containsExactly(MachineRolloutStatus.FAILED, MachineRolloutStatus.FAILED);
    assertThat(result.outcomes()).extracting(MachineRolloutOutcome::errorMessage)
        .containsOnly("no target for image old");
    assertThat(client.machineCalls("update")).isEmpty();
  }

  @Test
  void theSelectionLimitsWhichMachinesTakePart() {
    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new")
        .selection(machine -> Set.of("m2", "m4").contains(machine.id())).build());

    assertThat(result.outcomes()).extracting(MachineRolloutOutcome::machineId).containsExactly("m2", "m4");
    assertThat(client.machineCalls("update")).hasSize(2);
  }

  @Test
  void aLeaseHeldByAnotherHolderIsWaitedForWithinTheMachineTimeout() {
    AtomicInteger conflicts = new AtomicInteger();
    leaseHeldElsewhere = id -> "m1".equals(id) && conflicts.getAndIncrement() < 2;

    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new").concurrency(6).build());

    assertThat(result.isSuccessful()).isTrue();
    assertThat(client.machineCalls("acquire").stream().filter(call -> call.machineId().equals("m1"))).hasSize(3);
  }

  @Test
  void aMachineWhoseLeaseStaysHeldFailsAtItsTimeout() {
    leaseHeldElsewhere = "m1"::equals;

    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new").concurrency(6)
        .machineTimeout(Duration.ofSeconds(30)).failurePolicy(RolloutFailurePolicy.CONTINUE).build());

    assertThat(result.outcomes().get(0).status()).isEqualTo(MachineRolloutStatus.FAILED);
    assertThat(result.outcomes().get(0).errorMessage()).contains("leased by another holder");
    assertThat(result.withStatus(MachineRolloutStatus.UPDATED)).hasSize(5);
  }

  @Test
  void machinesOnAHostThatIsNotOkAreSkippedWithoutALeaseAndReported() {
    Machine unreachable = machine("m2", "old", "v1", "started").toBuilder().hostStatus("unreachable").config(null)
        .incompleteConfig(MachineConfig.ofImage("old")).build();
    fleet.put("m2", unreachable);

    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new").build());

    assertThat(result.withStatus(MachineRolloutStatus.SKIPPED_HOST_UNHEALTHY)).singleElement().satisfies(outcome -> {
      assertThat(outcome.machineId()).isEqualTo("m2");
      assertThat(outcome.errorMessage()).contains("host_status is unreachable");
    });
    assertThat(result.withStatus(MachineRolloutStatus.UPDATED)).hasSize(5);
    assertThat(result.isSuccessful()).isFalse();
    assertThat(client.machineCalls()).extracting(ScriptedFlyMachinesClient.MachineCall::machineId)
        .doesNotContain("m2");
  }

  @Test
  void aFailingHealthCheckFailsTheMachineAndStopsTheRolloutAtTheFirstFailure() {
    unhealthyImages.add("new");

    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new").concurrency(1)
        .machineTimeout(Duration.ofSeconds(30)).build());

    assertThat(result.outcomes()).extracting(MachineRolloutOutcome::status)
        .containsExactly(MachineRolloutStatus.FAILED, MachineRolloutStatus.SKIPPED, MachineRolloutStatus.SKIPPED,
            MachineRolloutStatus.SKIPPED, MachineRolloutStatus.SKIPPED, MachineRolloutStatus.SKIPPED);
    assertThat(result.outcomes().get(0).errorMessage()).contains("m1")
        .endsWith("'alive' is critical: connection refused");
    assertThat(client.machineCalls("update")).hasSize(1);
    assertThat(client.machineCalls("release")).hasSize(1);
  }

  @Test
  void withoutHealthChecksAMachineCountsAsUpdatedOnceItSettles() {
    unhealthyImages.add("new");

    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new").waitForHealthChecks(false).build());

    assertThat(result.withStatus(MachineRolloutStatus.UPDATED)).hasSize(6);
  }

  @Test
  void optimisticUpdatesSendTheVersionReadUnderTheLease() {
    RolloutResult result = run(RolloutRequest.builder(APP).targetImage("new").optimisticUpdates(true).build());

    assertThat(result.isSuccessful()).isTrue();
    assertThat(client.machineCalls("update")).hasSize(6)
        .allSatisfy(call -> assertThat(call.body().currentVersion()).isEqualTo("v1"));
  }
}
