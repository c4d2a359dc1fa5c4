package io.github.flyorchestrator.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.RestartPolicy;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import io.github.flyorchestrator.test.Fault;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.SimulatorOptions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The waiting engine against the Fly API simulator, with the real client: it ends at once where flyctl does (a
 * machine gone after it was seen, a 408 saying "stopped" with restart policy {@code no}, a 400 that is not about the
 * wait request) and a bad answer during a wait costs one attempt (one-shot faults, 20 s deadline). The client makes no
 * retries of its own here, so every fault reaches the waiting engine.
 */
class WaitFailFastSimulatorTest {

  private static final Duration DEADLINE = Duration.ofSeconds(20);
  /** The client's bound on one attempt of an ordinary call: a stalled body costs this much, once. */
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(1);
  /** A body trickled 4 bytes per pause: a machine's JSON would take far longer than the deadline. */
  private static final Fault TRICKLE = Fault.trickle(Duration.ofMillis(300));
  private static final OrchestratorSettings WAIT_ENDPOINT = settings(true);
  private static final OrchestratorSettings POLLING = settings(false);
  private static final AtomicInteger APPS = new AtomicInteger();
  private static final String STOPPED_408 =
      "{\"error\":\"machine failed to reach desired state, started, currently stopped\"}";

  private static FlyApiSimulator simulator;
  private ReactiveFlyMachinesClient client;
  private String app;

  @BeforeAll
  static void startSimulator() {
    simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withTimeScale(0.05).withRateLimits(false));
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @BeforeEach
  void createApp() {
    client = ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl()).token("test-token")
        .settings(FlyClientSettings.builder().connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5))
            .retry(RetrySettings.NONE).attemptTimeout(ATTEMPT_TIMEOUT).rateLimit(RateLimitSettings.DISABLED).build())
        .build();
    app = "wait-" + APPS.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    client.createApp(CreateAppRequest.of(app, "personal")).block(DEADLINE);
  }

  @AfterEach
  void closeClient() {
    simulator.faults().clear(app);
    client.close();
  }

  private static OrchestratorSettings settings(boolean useWaitEndpoint) {
    return OrchestratorSettings.builder().defaultTimeout(DEADLINE)
        .backoff(new BackoffSettings(Duration.ofMillis(50), 2.0, Duration.ofMillis(400), 0.2))
        .useWaitEndpoint(useWaitEndpoint).build();
  }

  private FlyOrchestrator orchestrator(OrchestratorSettings settings) {
    return FlyOrchestrator.blocking(ReactiveFlyOrchestrator.builder(client).settings(settings).build());
  }

  private Machine createMachine(OrchestratorSettings settings, MachineConfig config) {
    return orchestrator(settings).createMachineAndWait(CreateMachineRequest.builder(app, config).timeout(DEADLINE)
        .build());
  }

  private void fault(SimRoute route, Fault... faults) {
    for (Fault fault : faults) {
      simulator.faults().nextForApp(route, app, 1, fault);
    }
  }

  private long requests(SimRoute route) {
    return simulator.journal().requests(route).stream().filter(request -> request.path().contains("/" + app + "/")
        || request.path().endsWith("/" + app)).count();
  }

  private static MachineConfig withRestartPolicy(String policy) {
    return MachineConfig.builder("nginx:1").restart(RestartPolicy.of(policy)).build();
  }

  @Test
  void aMachineGoneAfterItWasSeenEndsTheWaitAtOnce() {
    simulator.slowStart(app, Duration.ofMinutes(30));
    fault(SimRoute.MACHINES_WAIT, Fault.status(408,
            "{\"error\":\"machine failed to reach desired state, destroyed, failed, started, currently starting\"}"),
        Fault.status(404, "{\"error\":\"machine not found\"}"));

    assertThatThrownBy(() -> createMachine(WAIT_ENDPOINT, MachineConfig.ofImage("nginx:1")))
        .isInstanceOfSatisfying(FlyMachineStateException.class, gone -> {
          assertThat(gone.getState()).isEqualTo("destroyed");
          assertThat(gone.getExpectedState()).isEqualTo("started");
          assertThat(gone.getCause()).isInstanceOfSatisfying(FlyException.class,
              notFound -> assertThat(notFound.getHttpStatus()).isEqualTo(404));
        });
    assertThat(requests(SimRoute.MACHINES_WAIT)).isEqualTo(2);
  }

  @Test
  void aMachineJustCreatedIsWaitedForThroughA404() {
    fault(SimRoute.MACHINES_WAIT, Fault.status(404, "{\"error\":\"machine not found\"}"));

    Machine machine = createMachine(WAIT_ENDPOINT, MachineConfig.ofImage("nginx:1"));

    assertThat(machine.state()).isEqualTo("started");
    assertThat(requests(SimRoute.MACHINES_WAIT)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void a408SayingStoppedEndsTheWaitAtOnceWhenTheRestartPolicyIsNo() {
    simulator.slowStart(app, Duration.ofMinutes(30));
    fault(SimRoute.MACHINES_WAIT, Fault.status(408, STOPPED_408));

    assertThatThrownBy(() -> createMachine(WAIT_ENDPOINT, withRestartPolicy("no")))
        .isInstanceOfSatisfying(FlyMachineStateException.class,
            stopped -> assertThat(stopped.getState()).isEqualTo("stopped"))
        .hasMessageContaining("restart policy is 'no'");
    assertThat(requests(SimRoute.MACHINES_WAIT)).isEqualTo(1);
    assertThat(requests(SimRoute.MACHINES_SHOW)).isZero();
  }

  @Test
  void a408SayingStoppedIsNotYetWhenTheMachineRestartsByItself() {
    fault(SimRoute.MACHINES_WAIT, Fault.status(408, STOPPED_408));

    Machine machine = createMachine(WAIT_ENDPOINT, withRestartPolicy("always"));

    assertThat(machine.state()).isEqualTo("started");
    assertThat(machine.config().restart().policy()).isEqualTo("always");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"error\":\"invalid_argument: invalid WaitMachineRequest.Timeout: value must be inside range [1s, 1m0s]\"}",
      "{\"error\":\"invalid_argument: unknown machine version 01J0000000000000000000000\"}"})
  void a400RefusingTheWaitRequestFallsBackToPolling(String refusal) {
    fault(SimRoute.MACHINES_WAIT, Fault.status(400, refusal));

    Machine machine = createMachine(WAIT_ENDPOINT, MachineConfig.ofImage("nginx:1"));

    assertThat(machine.state()).isEqualTo("started");
    assertThat(requests(SimRoute.MACHINES_WAIT)).isEqualTo(1);
    assertThat(requests(SimRoute.MACHINES_SHOW)).isPositive();
  }

  @Test
  void a400ForAnyOtherReasonEndsTheWaitWithIt() {
    fault(SimRoute.MACHINES_WAIT, Fault.status(400, "{\"error\":\"invalid_argument: something else is wrong\"}"));

    assertThatThrownBy(() -> createMachine(WAIT_ENDPOINT, MachineConfig.ofImage("nginx:1")))
        .isInstanceOfSatisfying(FlyException.class, refused -> {
          assertThat(refused.getHttpStatus()).isEqualTo(400);
          assertThat(refused.getError()).isEqualTo("invalid_argument: something else is wrong");
        });
    assertThat(requests(SimRoute.MACHINES_SHOW)).isZero();
  }

  @Test
  void failedReadsAfterTheWaitEndpointSaidReachedAreNotYet() {
    fault(SimRoute.MACHINES_SHOW, Fault.malformedJson(), Fault.status(503), Fault.dropConnection(), TRICKLE);

    Machine machine = createMachine(WAIT_ENDPOINT, MachineConfig.ofImage("nginx:1"));

    assertThat(machine.state()).isEqualTo("started");
    assertThat(requests(SimRoute.MACHINES_SHOW)).isEqualTo(5);
    assertThat(simulator.faults().pending(SimRoute.MACHINES_SHOW, app)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"malformed", "reset", "503", "trickle"})
  void aBadAnswerWhilePollingCostsOneAttempt(String kind) {
    fault(SimRoute.MACHINES_SHOW, switch (kind) {
      case "malformed" -> Fault.malformedJson();
      case "reset" -> Fault.dropConnection();
      case "trickle" -> TRICKLE;
      default -> Fault.status(503);
    });

    Machine machine = createMachine(POLLING, MachineConfig.ofImage("nginx:1"));

    assertThat(machine.state()).isEqualTo("started");
    assertThat(simulator.faults().pending(SimRoute.MACHINES_SHOW, app)).isZero();
    assertThat(requests(SimRoute.MACHINES_WAIT)).isZero();
  }

  @Test
  void aForbiddenReadWhilePollingEndsTheWait() {
    fault(SimRoute.MACHINES_SHOW, Fault.status(403, "{\"error\":\"forbidden\"}"));

    assertThatThrownBy(() -> createMachine(POLLING, MachineConfig.ofImage("nginx:1")))
        .isInstanceOfSatisfying(FlyException.class, error -> assertThat(error.getHttpStatus()).isEqualTo(403));
    assertThat(requests(SimRoute.MACHINES_SHOW)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"malformed", "reset", "trickle"})
  void aBadAnswerWhileWaitingForTheAppCostsOneAttempt(String kind) {
    String newApp = app + "-new";
    simulator.faults().nextForApp(SimRoute.APPS_SHOW, newApp, 1, switch (kind) {
      case "malformed" -> Fault.malformedJson();
      case "reset" -> Fault.dropConnection();
      default -> TRICKLE;
    });

    App created = orchestrator(POLLING).createAppAndWait(newApp, "personal", DEADLINE);

    assertThat(created.name()).isEqualTo(newApp);
    assertThat(simulator.faults().pending(SimRoute.APPS_SHOW, newApp)).isZero();
  }

  @Test
  void badNamesAreRefusedBeforeAnyRequestReachesTheApi() {
    int before = simulator.journal().requests().size();
    FlyOrchestrator orchestrator = orchestrator(WAIT_ENDPOINT);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> orchestrator.createAppAndWait("../../v1/apps/victim", "personal"))
        .withMessageStartingWith("appName ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> orchestrator.createAppAndWait("victim", "personal/../x"))
        .withMessageStartingWith("orgSlug ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> orchestrator.createMachineAndWait(CreateMachineRequest.of("../victim",
            MachineConfig.ofImage("nginx:1"))))
        .withMessageStartingWith("appName ");

    assertThat(simulator.journal().requests()).hasSize(before);
  }
}
