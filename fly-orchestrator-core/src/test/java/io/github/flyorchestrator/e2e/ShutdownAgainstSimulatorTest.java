package io.github.flyorchestrator.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.observation.FlyWaitObservationContext;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.WithFlyApiSimulator;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The graceful shutdown against the Fly API simulator: what an abandoned workflow leaves behind on the server (no
 * lease) and what its log line says. A grace period of zero abandons at once, so no test depends on timing.
 */
@WithFlyApiSimulator(timeScale = 0.1, rateLimits = false)
class ShutdownAgainstSimulatorTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  static FlyApiSimulator simulator;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger("io.github.flyorchestrator.internal");
  private ReactiveFlyMachinesClient client;
  private ReactiveFlyOrchestrator orchestrator;
  private String app;

  @BeforeEach
  void createApp() {
    log.start();
    logger.addAppender(log);
    client = ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl()).token("test-token").build();
    orchestrator = ReactiveFlyOrchestrator.builder(client).settings(SimulatorOrchestrationsTest.FAST).build();
    app = "shutdown-" + System.nanoTime();
    client.createApp(CreateAppRequest.of(app, "personal")).block(TIMEOUT);
  }

  @AfterEach
  void closeClient() {
    logger.detachAppender(log);
    client.close();
  }

  private List<String> warnings() {
    return log.list.stream().filter(event -> event.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  void anAbandonedActionUnderALeaseIsCancelledAndItsLeaseReleasedBeforeTheShutdownEnds() {
    Machine machine = orchestrator.createMachineAndWait(CreateMachineRequest.builder(app,
        MachineConfig.ofImage("nginx:1")).timeout(TIMEOUT).build()).block(TIMEOUT);
    Sinks.Empty<Void> underLease = Sinks.empty();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    orchestrator.withLease(app, machine.id(), Duration.ofSeconds(120),
        lease -> Mono.fromRunnable(underLease::tryEmitEmpty).then(Mono.never())).subscribe(null, failure::set);
    underLease.asMono().block(TIMEOUT);
    int releasesBefore = simulator.journal().count(SimRoute.MACHINES_RELEASE_LEASE);

    orchestrator.shutdown(Duration.ZERO).block(TIMEOUT);

    assertThat(simulator.journal().count(SimRoute.MACHINES_RELEASE_LEASE)).isEqualTo(releasesBefore + 1);
    Lease next = client.acquireLease(app, machine.id(), Duration.ofSeconds(10), "the next run").block(TIMEOUT);
    assertThat(next.nonce()).as("the lease is free again").isNotNull();
    assertThat(failure.get()).isInstanceOf(FlyException.class).hasMessageContaining("shutting down");
    assertThat(warnings()).singleElement().asString()
        .contains("withLease of machine " + machine.id() + " of app " + app)
        .contains("the action under the lease of machine " + machine.id() + " cancelled; the lease is released with it")
        .contains("re-run the same call")
        .doesNotContain("test-token");
  }

  @Test
  void anAbandonedCreateSaysWhichMachineItCreatedAndThatItIsNotYetStarted() {
    simulator.slowStart(app, Duration.ofHours(1));
    Sinks.Empty<Void> created = Sinks.empty();
    AtomicReference<String> machineId = new AtomicReference<>();
    orchestrator.createMachineAndWait(CreateMachineRequest.builder(app, MachineConfig.ofImage("nginx:1"))
            .timeout(TIMEOUT).build(), (id, state, elapsed) -> {
              machineId.set(id);
              created.tryEmitEmpty();
            })
        .subscribe(null, error -> { });
    created.asMono().block(TIMEOUT);

    orchestrator.shutdown(Duration.ZERO).block(TIMEOUT);

    assertThat(warnings()).singleElement().asString()
        .startsWith("Shutdown abandoned createMachineAndWait of app " + app + " after the grace period of 0s")
        .contains("it left machine " + machineId.get() + " last seen: ")
        .contains(", not yet started")
        .endsWith("To finish it, re-run the same call.");
  }

  @Test
  void anAbandonedRolloutReleasesTheLeaseOfTheMachineItWasUpdatingAndSaysWhatItLeft() {
    Machine machine = orchestrator.createMachineAndWait(CreateMachineRequest.builder(app,
        MachineConfig.ofImage("nginx:1")).timeout(TIMEOUT).build()).block(TIMEOUT);
    simulator.slowStart(app, Duration.ofHours(1));
    Sinks.Empty<Void> updating = Sinks.empty();
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new ObservationHandler<FlyWaitObservationContext>() {
      @Override
      public boolean supportsContext(Observation.Context context) {
        return context instanceof FlyWaitObservationContext;
      }

      @Override
      public void onStart(FlyWaitObservationContext context) {
        if (context.getOperation().equals("update_and_wait")) {
          updating.tryEmitEmpty();
        }
      }
    });
    ReactiveFlyOrchestrator observed = ReactiveFlyOrchestrator.builder(client)
        .settings(SimulatorOrchestrationsTest.FAST).observationRegistry(registry).build();
    observed.rollout(RolloutRequest.builder(app).targetImage("nginx:2").build()).subscribe(null, error -> { });
    updating.asMono().block(TIMEOUT);
    int releasesBefore = simulator.journal().count(SimRoute.MACHINES_RELEASE_LEASE);

    observed.shutdown(Duration.ZERO).block(TIMEOUT);

    assertThat(simulator.journal().count(SimRoute.MACHINES_RELEASE_LEASE)).isEqualTo(releasesBefore + 1);
    assertThat(client.acquireLease(app, machine.id(), Duration.ofSeconds(10), "the next run").block(TIMEOUT)
        .nonce()).as("the lease is free for the next run").isNotNull();
    assertThat(warnings()).singleElement().asString()
        .startsWith("Shutdown abandoned rollout of app " + app)
        .contains("it left the machines it had not updated yet on their old config; ")
        .contains(" in update_and_wait, last seen: ");
  }
}
