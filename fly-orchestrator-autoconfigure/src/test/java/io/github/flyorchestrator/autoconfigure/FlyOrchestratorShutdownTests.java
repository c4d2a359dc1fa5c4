package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.SimulatorOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The graceful shutdown on context close, one scenario per test, against the simulator on virtual time: a machine
 * being created stays {@code created} until the test moves the simulator's clock, so a workflow is in flight exactly
 * as long as the test wants.
 */
@ExtendWith(OutputCaptureExtension.class)
class FlyOrchestratorShutdownTests {

  private static final String TOKEN = "shutdown-token-5519";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final VirtualTimeScheduler SIMULATED_TIME = VirtualTimeScheduler.create();
  private static final FlyApiSimulator SIMULATOR = FlyApiSimulator.start(SimulatorOptions.defaults()
      .withToken(TOKEN).withScheduler(SIMULATED_TIME).withRateLimits(false));
  private static final AtomicInteger APPS = new AtomicInteger();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
          FlyOrchestratorAutoConfiguration.class, FlyOrchestrationsEndpointAutoConfiguration.class))
      .withPropertyValues("fly.base-url=" + SIMULATOR.baseUrl(), "fly.token=" + TOKEN, "fly.retry.max-retries=0",
          "management.endpoints.web.exposure.include=flyorchestrations");

  /** The grace period ends long before the workflows of these tests could: they wait for a clock nobody moves. */
  private final ApplicationContextRunner shortGrace = runner
      .withPropertyValues("fly.orchestrator.shutdown.grace-period=50ms");

  @AfterAll
  static void stopSimulator() {
    SIMULATOR.close();
    SIMULATED_TIME.dispose();
  }

  private static String newApp(AssertableApplicationContext context) {
    String app = "shutdown-" + APPS.incrementAndGet();
    context.getBean(FlyMachinesClient.class).createApp(CreateAppRequest.of(app, "personal"));
    return app;
  }

  /** Starts a create whose machine stays {@code created}; returns once it is created and awaited. */
  private static CompletableFuture<Machine> createAndAwaitStarted(AssertableApplicationContext context, String app,
      AtomicReference<String> machineId) {
    Sinks.Empty<Void> created = Sinks.empty();
    CompletableFuture<Machine> result = context.getBean(ReactiveFlyOrchestrator.class).createMachineAndWait(
        CreateMachineRequest.builder(app, MachineConfig.ofImage("nginx:1")).timeout(Duration.ofMinutes(5)).build(),
        (id, state, elapsed) -> {
          machineId.set(id);
          created.tryEmitEmpty();
        }).toFuture();
    created.asMono().block(TIMEOUT);
    return result;
  }

  @Test
  void theLifecycleHasTheCoresDefaultGracePeriodAndRunsAfterTheWebServersGracefulShutdown() {
    runner.run(context -> {
      FlyOrchestratorShutdownLifecycle lifecycle = context.getBean(FlyOrchestratorShutdownLifecycle.class);
      assertThat(lifecycle.getGracePeriod()).isEqualTo(ReactiveFlyOrchestrator.DEFAULT_SHUTDOWN_GRACE_PERIOD);
      assertThat(lifecycle.getPhase()).isLessThan(SmartLifecycle.DEFAULT_PHASE - 1024)
          .isGreaterThan(SmartLifecycle.DEFAULT_PHASE - 2048);
      assertThat(lifecycle.isRunning()).isTrue();
    });
  }

  @Test
  void theGracePeriodComesFromItsProperty() {
    runner.withPropertyValues("fly.orchestrator.shutdown.grace-period=45s").run(context ->
        assertThat(context.getBean(FlyOrchestratorShutdownLifecycle.class).getGracePeriod())
            .isEqualTo(Duration.ofSeconds(45)));
  }

  @Test
  void aNegativeGracePeriodFailsTheStartup() {
    runner.withPropertyValues("fly.orchestrator.shutdown.grace-period=-1s").run(context ->
        assertThat(context).getFailure().rootCause()
            .hasMessage("fly.orchestrator.shutdown.grace-period must not be negative, was -1s"));
  }

  @Test
  void theUsersOwnLifecycleReplacesIt() {
    runner.withUserConfiguration(OwnLifecycle.class).run(context -> {
      assertThat(context).hasSingleBean(FlyOrchestratorShutdownLifecycle.class);
      assertThat(context.getBean(FlyOrchestratorShutdownLifecycle.class).getGracePeriod())
          .isEqualTo(Duration.ofSeconds(1));
    });
  }

  @Test
  void contextCloseWaitsForAnOrchestrationThatFinishesWithinTheGracePeriod(CapturedOutput output) {
    runner.withUserConfiguration(ShutdownSignal.class).run(context -> {
      String app = newApp(context);
      CompletableFuture<Machine> created = createAndAwaitStarted(context, app, new AtomicReference<>());

      CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
      context.getBean(ShutdownSignal.class).began.asMono().block(TIMEOUT);
      assertThat(closing).as("the close waits for the workflow").isNotDone();
      SIMULATED_TIME.advanceTimeBy(Duration.ofMinutes(1));

      assertThat(created.get(30, TimeUnit.SECONDS).state()).isEqualTo("started");
      closing.get(30, TimeUnit.SECONDS);
      assertThat(output).doesNotContain("Shutdown abandoned");
    });
  }

  @Test
  void afterTheGracePeriodTheCloseCancelsAnActionUnderALeaseAndReleasesTheLease() {
    shortGrace.run(context -> {
      String app = newApp(context);
      FlyMachinesClient client = context.getBean(FlyMachinesClient.class);
      String id = client.createMachine(app, MachineSpec.of(MachineConfig.ofImage("nginx:1"))).id();
      Sinks.Empty<Void> underLease = Sinks.empty();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      context.getBean(ReactiveFlyOrchestrator.class).withLease(app, id, Duration.ofSeconds(60),
          lease -> Mono.fromRunnable(underLease::tryEmitEmpty).then(Mono.never())).subscribe(null, failure::set);
      underLease.asMono().block(TIMEOUT);
      int releasesBefore = SIMULATOR.journal().count(SimRoute.MACHINES_RELEASE_LEASE);

      context.close();

      assertThat(SIMULATOR.journal().count(SimRoute.MACHINES_RELEASE_LEASE)).isEqualTo(releasesBefore + 1);
      assertThat(failure.get()).isInstanceOf(FlyException.class).hasMessageContaining("shutting down");
      try (ReactiveFlyMachinesClient nextRun = ReactiveFlyMachinesClient.builder().baseUrl(SIMULATOR.baseUrl())
          .token(TOKEN).build()) {
        Lease next = nextRun.acquireLease(app, id, Duration.ofSeconds(10)).block(TIMEOUT);
        assertThat(next.nonce()).as("the lease is free for the next run").isNotNull();
      }
    });
  }

  @Test
  void anAbandonedOrchestrationEndsItsObservationCancelledAndTheEndpointListsItSo() {
    shortGrace.run(context -> {
      String app = newApp(context);
      AtomicReference<String> machineId = new AtomicReference<>();
      createAndAwaitStarted(context, app, machineId);
      FlyOrchestrationTracker tracker = context.getBean(FlyOrchestrationTracker.class);

      context.close();

      assertThat(tracker.orchestrations().inFlight()).isEmpty();
      assertThat(tracker.orchestrations().finished()).singleElement().satisfies(finished -> {
        assertThat(finished.operation()).isEqualTo("create_machine_and_wait");
        assertThat(finished.machineId()).isEqualTo(machineId.get());
        assertThat(finished.lastState()).isEqualTo("created");
        assertThat(finished.outcome()).isEqualTo("cancelled");
        assertThat(finished.error()).isNull();
        assertThat(finished.finishedAt()).isNotNull();
      });
    });
  }

  @Test
  void anAbandonedOrchestrationIsLoggedWithTheStateItLeftAndHowToResumeButNeverTheToken(CapturedOutput output) {
    shortGrace.run(context -> {
      String app = newApp(context);
      AtomicReference<String> machineId = new AtomicReference<>();
      createAndAwaitStarted(context, app, machineId);

      context.close();

      assertThat(output).contains("WARN").contains("Shutdown abandoned createMachineAndWait of app " + app
          + " after the grace period of 50ms").contains("it left machine " + machineId.get()
          + " last seen: created, not yet started. To finish it, re-run the same call.")
          .doesNotContain(TOKEN);
    });
  }

  /** Tells the test when the orchestrator's shutdown began, by wrapping the orchestrator bean. */
  @Configuration(proxyBeanMethods = false)
  static class ShutdownSignal {

    final Sinks.Empty<Void> began = Sinks.empty();

    @Bean
    static BeanPostProcessor signalShutdown(ObjectProvider<ShutdownSignal> self) {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (!(bean instanceof ReactiveFlyOrchestrator orchestrator)) {
            return bean;
          }
          return Proxy.newProxyInstance(ReactiveFlyOrchestrator.class.getClassLoader(),
              new Class<?>[] {ReactiveFlyOrchestrator.class}, (proxy, method, args) -> {
                if (method.getName().equals("shutdown")) {
                  self.getObject().began.tryEmitEmpty();
                }
                try {
                  return method.invoke(orchestrator, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
        }
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnLifecycle {

    @Bean
    FlyOrchestratorShutdownLifecycle ownShutdownLifecycle(ReactiveFlyOrchestrator orchestrator) {
      return new FlyOrchestratorShutdownLifecycle(orchestrator, Duration.ofSeconds(1));
    }
  }
}
