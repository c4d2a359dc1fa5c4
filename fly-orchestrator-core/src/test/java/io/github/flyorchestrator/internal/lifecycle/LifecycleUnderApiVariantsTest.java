package io.github.flyorchestrator.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyHealthCheckException;
import io.github.flyorchestrator.exception.FlyLeaseHeldException;
import io.github.flyorchestrator.exception.FlyVersionConflictException;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.MachineRolloutOutcome;
import io.github.flyorchestrator.model.MachineRolloutStatus;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.HealthChecks;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.WithFlyApiSimulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lifecycle workflows against the Fly API simulator with the real client, under each choice of the behaviours no
 * source settles ({@link ApiVariants#coverage()}: events with and without ids, each answer to a
 * {@code current_version} mismatch, to a missing lease nonce and to start on a started machine).
 */
@WithFlyApiSimulator(timeScale = 0.1, rateLimits = false)
@ParameterizedClass(name = "{0}")
@MethodSource("io.github.flyorchestrator.test.ApiVariants#coverage")
class LifecycleUnderApiVariantsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** Deadline of the runs that must run into it. */
  private static final Duration SHORT = Duration.ofMillis(1500);
  private static final OrchestratorSettings FAST = OrchestratorSettings.builder().defaultTimeout(TIMEOUT)
      .backoff(new BackoffSettings(Duration.ofMillis(50), 2.0, Duration.ofMillis(400), 0.2)).build();
  private static final AtomicInteger APPS = new AtomicInteger();

  private static FlyApiSimulator simulator;

  @Parameter
  ApiVariants variants;

  private ReactiveFlyMachinesClient client;
  private FlyOrchestrator orchestrator;
  private String app;

  @BeforeEach
  void newApp() {
    simulator.variants(variants);
    // Client-side rate limits off, as the simulator's: they would only slow the runs down.
    client = ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl()).token("test-token")
        .settings(FlyClientSettings.builder().rateLimit(RateLimitSettings.DISABLED).build()).build();
    orchestrator = FlyOrchestrator.blocking(ReactiveFlyOrchestrator.builder(client).settings(FAST).build());
    app = "variants-" + APPS.incrementAndGet();
    client.createApp(CreateAppRequest.of(app, "personal")).block(TIMEOUT);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private Machine createStarted() {
    return orchestrator.createMachineAndWait(CreateMachineRequest.builder(app, MachineConfig.ofImage("nginx:1"))
        .timeout(TIMEOUT).build());
  }

  private List<RecordedRequest> requests(SimRoute route) {
    return simulator.journal().requests(route).stream().filter(request -> request.path().contains("/" + app + "/"))
        .toList();
  }

  private static long newestStartedAt(Machine machine) {
    return machine.events().stream().filter(event -> "started".equals(event.status()))
        .mapToLong(MachineEvent::timestamp).max().orElse(0);
  }

  @Test
  void startOfAStartedMachineAndStopOfAStoppedOneSendNoAction() {
    Machine machine = createStarted();

    assertThat(orchestrator.startAndWait(app, machine.id()).state()).isEqualTo("started");
    orchestrator.stopAndWait(app, machine.id());
    assertThat(orchestrator.stopAndWait(app, machine.id()).state()).isEqualTo("stopped");

    assertThat(requests(SimRoute.MACHINES_START)).isEmpty();
    assertThat(requests(SimRoute.MACHINES_STOP)).hasSize(1);
  }

  @Test
  void aRestartEndsOnlyWithTheStartedEventThatFollowsIt() {
    Machine machine = createStarted();
    Machine before = client.getMachine(app, machine.id()).block(TIMEOUT);

    Machine restarted = orchestrator.restartAndWait(app, machine.id());

    assertThat(restarted.state()).isEqualTo("started");
    assertThat(newestStartedAt(restarted)).isGreaterThan(newestStartedAt(before));
    String fromEventId = requests(SimRoute.MACHINES_WAIT).get(requests(SimRoute.MACHINES_WAIT).size() - 1)
        .queryParam("from_event_id");
    if (variants.eventIds() == ApiVariants.EventIds.WITH_IDS) {
      assertThat(fromEventId).isEqualTo(before.events().get(0).id());
    } else {
      assertThat(fromEventId).isNull();
    }
  }

  @Test
  void aStartWaitsUntilChecksThatPassAfterADelayPass() {
    Machine machine = createStarted();
    orchestrator.stopAndWait(app, machine.id());
    simulator.healthChecks(app, HealthChecks.passingAfter(Duration.ofSeconds(3)));

    Machine started = orchestrator.startAndWait(app, machine.id());

    assertThat(started.checks()).isNotEmpty();
    assertThat(started.allChecksPassing()).isTrue();
  }

  @Test
  void aRestartWithFlappingChecksEndsWhenTheyAllPass() {
    Machine machine = createStarted();
    simulator.healthChecks(app, HealthChecks.flapping(Duration.ofSeconds(2)).named("http", "tcp"));

    Machine restarted = orchestrator.restartAndWait(app, machine.id());

    assertThat(restarted.checks()).hasSize(2);
    assertThat(restarted.allChecksPassing()).isTrue();
  }

  @Test
  void aCheckThatNeverPassesFailsTheUpdateAtItsDeadlineNamingTheCheck() {
    Machine machine = createStarted();
    simulator.healthChecks(app, HealthChecks.neverPassing());

    assertThatThrownBy(() -> orchestrator.updateAndWait(app, machine.id(), MachineConfig.ofImage("nginx:2"),
        LifecycleOptions.DEFAULTS.withTimeout(SHORT)))
        .isInstanceOf(FlyHealthCheckException.class)
        .hasMessageContaining("machine " + machine.id() + " of app " + app + " to pass its health checks")
        .hasMessageContaining("'http' is critical");
    assertThat(orchestrator.updateAndWait(app, machine.id(), MachineConfig.ofImage("nginx:3"),
        LifecycleOptions.DEFAULTS.withHealthChecks(false)).state()).isEqualTo("started");
  }

  @Test
  void anOptimisticUpdateBasedOnAnOldVersionFailsWithoutBeingSent() {
    Machine machine = createStarted();
    Machine updated = orchestrator.updateAndWait(app, machine.id(), MachineConfig.ofImage("nginx:2"));

    assertThatThrownBy(() -> orchestrator.updateAndWait(app, machine.id(), MachineConfig.ofImage("nginx:3"),
        LifecycleOptions.DEFAULTS.withExpectedVersion(machine.currentVersion())))
        .isInstanceOf(FlyVersionConflictException.class)
        .hasMessageContaining("is no longer at version " + machine.currentVersion() + " but at "
            + updated.currentVersion());
    assertThat(requests(SimRoute.MACHINES_UPDATE)).hasSize(1)
        .allSatisfy(update -> assertThat(update.body()).doesNotContain("current_version"));

    Machine optimistic = orchestrator.updateAndWait(app, machine.id(), MachineConfig.ofImage("nginx:3"),
        LifecycleOptions.DEFAULTS.withExpectedVersion(updated.currentVersion()));
    assertThat(optimistic.config().image()).isEqualTo("nginx:3");
    assertThat(requests(SimRoute.MACHINES_UPDATE).get(1).body())
        .contains("\"current_version\":\"" + updated.currentVersion() + "\"");
  }

  @Test
  void aMutationWithoutTheNonceOfALeaseSomeoneHoldsIsALeaseError() {
    Machine machine = createStarted();
    String nonce = client.acquireLease(app, machine.id(), Duration.ofSeconds(60), "someone else").block(TIMEOUT)
        .nonce();

    assertThatThrownBy(() -> orchestrator.stopAndWait(app, machine.id()))
        .isInstanceOf(FlyLeaseHeldException.class)
        .hasMessageContaining("leased by another holder")
        .hasMessageContaining("it was not stopped");
    assertThat(orchestrator.stopAndWait(app, machine.id(), null, LifecycleOptions.DEFAULTS.withLeaseNonce(nonce))
        .state()).isEqualTo("stopped");
  }

  @Test
  void aRolloutSkipsTheMachineOnAnUnreachableHostWithoutLeasingIt() {
    Machine healthy = createStarted();
    Machine unreachable = createStarted();
    simulator.hostUnreachable(app, unreachable.id(), true);

    RolloutResult result = orchestrator.rollout(RolloutRequest.builder(app).targetImage("nginx:2").build());

    assertThat(result.outcomes()).extracting(MachineRolloutOutcome::machineId, MachineRolloutOutcome::status)
        .containsExactlyInAnyOrder(tuple(healthy.id(), MachineRolloutStatus.UPDATED),
            tuple(unreachable.id(), MachineRolloutStatus.SKIPPED_HOST_UNHEALTHY));
    assertThat(requests(SimRoute.MACHINES_CREATE_LEASE)).extracting(RecordedRequest::path)
        .noneMatch(path -> path.contains(unreachable.id()));
  }

  @Test
  void aRolloutStopsAtTheFirstMachineWhoseChecksNeverPass() {
    createStarted();
    createStarted();
    simulator.healthChecks(app, HealthChecks.neverPassing());

    RolloutResult result = orchestrator.rollout(RolloutRequest.builder(app).targetImage("nginx:2").concurrency(1)
        .machineTimeout(SHORT).build());

    assertThat(result.outcomes()).extracting(MachineRolloutOutcome::status)
        .containsExactly(MachineRolloutStatus.FAILED, MachineRolloutStatus.SKIPPED);
    assertThat(result.outcomes().get(0).errorMessage()).contains("'http' is critical");
    assertThat(requests(SimRoute.MACHINES_UPDATE)).hasSize(1);
    assertThat(requests(SimRoute.MACHINES_RELEASE_LEASE)).hasSize(1);
  }

  @Test
  void everyIdentifierIsCheckedBeforeTheFirstRequest() {
    int before = simulator.journal().requests().size();
    String badApp = "../../v1/apps/victim";
    String badId = "m/../1";
    MachineConfig config = MachineConfig.ofImage("nginx:2");

    assertThatIllegalArgumentException().isThrownBy(() -> orchestrator.startAndWait(badApp, "m1"))
        .withMessageStartingWith("appName");
    assertThatIllegalArgumentException().isThrownBy(() -> orchestrator.stopAndWait(app, badId))
        .withMessageStartingWith("machineId");
    assertThatIllegalArgumentException().isThrownBy(() -> orchestrator.restartAndWait(app, badId));
    assertThatIllegalArgumentException().isThrownBy(() -> orchestrator.suspendAndWait(badApp, "m1"));
    assertThatIllegalArgumentException().isThrownBy(() -> orchestrator.updateAndWait(app, badId, config));
    assertThatIllegalArgumentException().isThrownBy(() -> orchestrator.destroyAndWait(badApp, "m1", true));
    assertThatIllegalArgumentException().isThrownBy(() -> orchestrator.startAndWait(app, "m1",
        LifecycleOptions.DEFAULTS.withLeaseNonce("nonce\r\nX-Evil: 1"))).withMessageStartingWith("leaseNonce");
    assertThatIllegalArgumentException().isThrownBy(() -> orchestrator.withLease(app, badId, Duration.ofSeconds(10),
        lease -> "ran"));
    assertThatIllegalArgumentException().isThrownBy(() -> orchestrator.rollout(RolloutRequest.builder(badApp)
        .targetImage("nginx:2").build())).withMessageStartingWith("appName");

    assertThat(simulator.journal().requests()).hasSize(before);
  }
}
