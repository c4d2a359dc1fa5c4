package io.github.flyorchestrator.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.SimulatorOptions;
import io.github.flyorchestrator.test.SimulatorTimings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The call budget of a wait, counted in the simulator's request journal: a create-machine-and-wait for a machine
 * that is started {@code T} after the create takes at most {@code 2 + ceil(T / 60 s)} calls (the create, one wait call
 * per started minute, the read after the wait), with no read between the wait calls; and the lifecycle waits make
 * one wait call per started minute too. The simulator (time scale 1) and the orchestrator share one virtual clock,
 * which the test moves only while no call is in flight except wait calls the simulator holds, so a 300 s start takes
 * 300 s of the orchestrator's time and a moment of real time.
 */
class CallBudgetSimulatorTest {

  /** How far the clock moves in one step. */
  private static final Duration STEP = Duration.ofMillis(100);
  /** How long a run may take in real time before it counts as hung. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final Duration DEADLINE = Duration.ofMinutes(10);
  private static final Duration LAUNCH = SimulatorTimings.defaults().launch();
  private static final AtomicInteger APPS = new AtomicInteger();

  private VirtualTimeScheduler time;
  private FlyApiSimulator simulator;
  private ReactiveFlyMachinesClient client;
  private InFlightCalls inFlight;
  private PendingTimers timers;
  private ReactiveFlyOrchestrator orchestrator;
  private String app;
  private final AtomicReference<String> machineId = new AtomicReference<>();

  @BeforeEach
  void connect() {
    start(1.0);
  }

  /** A simulator with the time scale, on a fresh virtual clock that the orchestrator shares, and an app on it. */
  private void start(double timeScale) {
    time = VirtualTimeScheduler.create();
    simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withScheduler(time).withTimeScale(timeScale)
        .withRateLimits(false));
    client = ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl()).token("test-token")
        .settings(FlyClientSettings.builder().rateLimit(RateLimitSettings.DISABLED).build()).build();
    inFlight = InFlightCalls.watching(client);
    timers = new PendingTimers(time);
    orchestrator = ReactiveFlyOrchestrator.builder(inFlight.client()).scheduler(timers).build();
    app = "budget-" + APPS.incrementAndGet();
    client.createApp(CreateAppRequest.of(app, "personal")).block(Duration.ofSeconds(10));
  }

  @AfterEach
  void close() {
    client.close();
    simulator.close();
    time.dispose();
  }

  @ParameterizedTest(name = "started after {0} s")
  @ValueSource(ints = {1, 10, 90, 300})
  void aCreateMachineAndWaitTakesTwoCallsPlusOneWaitCallPerStartedMinute(int seconds) {
    Duration startedAfter = Duration.ofSeconds(seconds);
    simulator.slowStart(app, startedAfter.minus(LAUNCH));

    Machine machine = onSimulatedTime(createMachineAndWait());

    assertThat(machine.state()).isEqualTo("started");
    long budget = 2 + ceilMinutes(startedAfter);
    assertThat(routes()).as("create, a wait call per started minute, one read; budget %d", budget)
        .hasSizeLessThanOrEqualTo((int) budget)
        .containsExactlyElementsOf(expected(SimRoute.MACHINES_CREATE, ceilMinutes(startedAfter)));
  }

  @ParameterizedTest(name = "started after {0} s")
  @ValueSource(ints = {10, 90, 300})
  void aStartAndWaitMakesOneWaitCallPerStartedMinuteAndNoReadBetweenThem(int seconds) {
    Machine stopped = createStopped();
    Duration startedAfter = Duration.ofSeconds(seconds);
    simulator.slowStart(app, startedAfter);
    simulator.journal().clear();

    Machine machine = onSimulatedTime(orchestrator.startAndWait(app, stopped.id(), LifecycleOptions.DEFAULTS
        .withTimeout(DEADLINE)));

    assertThat(machine.state()).isEqualTo("started");
    List<SimRoute> waitsAndAfter = routes().subList(routes().indexOf(SimRoute.MACHINES_WAIT), routes().size());
    assertThat(waitsAndAfter).as("the wait calls, then the read after the wait")
        .containsExactlyElementsOf(expected(null, ceilMinutes(startedAfter)));
  }

  /**
   * A simulator whose time runs 100 times faster than the orchestrator's clock answers a 60 s long poll after 0.6 s
   * of the orchestrator's time: by that clock the 408 came early, but it is the wait endpoint's own "not reached"
   * answer, so the next wait call still goes out without a read (as the benchmark's time-scaled simulator needs).
   */
  @Test
  void aLongPollThatRanOutOnAFasterSimulatorClockIsStillFollowedByTheNextWaitCallWithoutARead() {
    close();
    start(0.01);
    simulator.slowStart(app, Duration.ofSeconds(90).minus(LAUNCH));

    Machine machine = onSimulatedTime(createMachineAndWait());

    assertThat(machine.state()).isEqualTo("started");
    assertThat(routes()).containsExactly(SimRoute.MACHINES_CREATE, SimRoute.MACHINES_WAIT, SimRoute.MACHINES_WAIT,
        SimRoute.MACHINES_SHOW);
  }

  /** A create-machine-and-wait that tells the test the machine's id as soon as the create answers. */
  private Mono<Machine> createMachineAndWait() {
    return orchestrator.createMachineAndWait(CreateMachineRequest.builder(app, MachineConfig.ofImage("nginx:1"))
        .timeout(DEADLINE).build(), (id, state, elapsed) -> machineId.set(id));
  }

  private Machine createStopped() {
    Machine started = onSimulatedTime(createMachineAndWait());
    return onSimulatedTime(orchestrator.stopAndWait(app, started.id()));
  }

  /** {@code first} (when not null), {@code waits} wait calls and one read. */
  private static List<SimRoute> expected(SimRoute first, long waits) {
    List<SimRoute> routes = new ArrayList<>();
    if (first != null) {
      routes.add(first);
    }
    for (long i = 0; i < waits; i++) {
      routes.add(SimRoute.MACHINES_WAIT);
    }
    routes.add(SimRoute.MACHINES_SHOW);
    return routes;
  }

  private static long ceilMinutes(Duration duration) {
    return (duration.toMillis() + 59_999) / 60_000;
  }

  /** The routes of this app's requests, in the order they arrived. */
  private List<SimRoute> routes() {
    return simulator.journal().requests().stream().filter(request -> request.path().contains("/" + app + "/"))
        .map(RecordedRequest::route).toList();
  }

  /**
   * Runs a workflow, moving the shared clock one step at a time, each time only once the workflow is waiting for the
   * clock: no call in flight but wait calls the simulator holds, and either such a call or a pause (not between two
   * calls, when the clock must not move).
   */
  private <T> T onSimulatedTime(Mono<T> workflow) {
    int arrivedBefore = routes().size();
    int startedBefore = inFlight.started();
    CompletableFuture<T> done = workflow.toFuture();
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      while (!done.isDone()) {
        while (!done.isDone() && !waitingForTheClock(arrivedBefore, startedBefore)) {
          Thread.onSpinWait();
        }
        if (!done.isDone()) {
          time.advanceTimeBy(STEP);
        }
      }
    }, () -> "the workflow did not end within " + HANG_GUARD.toSeconds() + " s of real time");
    return done.join();
  }

  private boolean waitingForTheClock(int arrivedBefore, int startedBefore) {
    String id = machineId.get();
    int held = id == null ? 0 : simulator.pendingWaits(app, id);
    boolean answersOnTheirWay = inFlight.others() > 0 || inFlight.waits() != held;
    // every call the workflow started has reached the simulator (none is on its way there)
    return !answersOnTheirWay && (held > 0 || timers.pending() > 0)
        && routes().size() - arrivedBefore >= inFlight.started() - startedBefore;
  }
}
