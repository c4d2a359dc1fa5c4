package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.HttpVersionPolicy;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code fly.*} and {@code fly.orchestrator.*} reach the core's settings through their builders; what is not set
 * keeps the core's default. One {@link ApplicationContextRunner} scenario per test.
 */
class FlyClientSettingsAutoConfigurationTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(FlyOrchestratorAutoConfiguration.class))
      .withPropertyValues("fly.token=test-token-0a1b");

  @Test
  void withoutPropertiesTheClientSettingsAreTheCoresDefaults() {
    runner.run(context -> assertThat(context.getBean(FlyClientSettings.class)).isEqualTo(FlyClientSettings.DEFAULTS));
  }

  @Test
  void withoutPropertiesTheOrchestratorSettingsAreTheCoresDefaults() {
    runner.run(context -> assertThat(context.getBean(OrchestratorSettings.class))
        .isEqualTo(OrchestratorSettings.DEFAULTS));
  }

  @Test
  void rateLimitAndPoolPropertiesAreBoundAndTheRestKeepsItsDefault() {
    runner.withPropertyValues("fly.rate-limit.enabled=false", "fly.rate-limit.machine-action.permits=2",
        "fly.rate-limit.machine-action.period=3s", "fly.rate-limit.machine-action.burst=3",
        "fly.rate-limit.get-machine.period=250ms",
        "fly.rate-limit.app-deletion.permits=5", "fly.rate-limit.max-limiters=10",
        "fly.rate-limit.idle-eviction=10m", "fly.max-connections=10000", "fly.pending-acquire-timeout=10m",
        "fly.http-version=h2c", "fly.warm-up=true")
        .run(context -> {
          FlyClientSettings settings = context.getBean(FlyClientSettings.class);
          RateLimitSettings limits = settings.rateLimit();
          assertThat(limits.enabled()).isFalse();
          assertThat(limits.machineAction()).isEqualTo(new RateLimitSettings.Rate(2, Duration.ofSeconds(3), 3));
          assertThat(limits.getMachine()).isEqualTo(new RateLimitSettings.Rate(1, Duration.ofMillis(250), 5));
          assertThat(limits.appDeletion()).isEqualTo(RateLimitSettings.DEFAULTS.appDeletion().withPermits(5));
          assertThat(limits.maxLimiters()).isEqualTo(10);
          assertThat(limits.idleEviction()).isEqualTo(Duration.ofMinutes(10));
          assertThat(settings.maxConnections()).isEqualTo(10_000);
          assertThat(settings.pendingAcquireTimeout()).isEqualTo(Duration.ofMinutes(10));
          assertThat(settings.httpVersion()).isEqualTo(HttpVersionPolicy.H2C);
          assertThat(settings.warmUp()).isTrue();
          assertThat(settings.connectTimeout()).isEqualTo(FlyClientSettings.DEFAULTS.connectTimeout());
        });
  }

  @Test
  void theRetryBackoffIsBoundUnderTheNamesOfTheOrchestratorsBackoff() {
    runner.withPropertyValues("fly.retry.max-retries=5", "fly.retry.initial-delay=100ms",
        "fly.retry.multiplier=3", "fly.retry.max-delay=2s", "fly.retry.jitter=0.5").run(context -> {
          RetrySettings retry = context.getBean(FlyClientSettings.class).retry();
          assertThat(retry).isEqualTo(new RetrySettings(5,
              new BackoffSettings(Duration.ofMillis(100), 3.0, Duration.ofSeconds(2), 0.5)));
        });
  }

  @Test
  void theOldNameOfTheFirstRetryDelayStillBinds() {
    runner.withPropertyValues("fly.retry.delay=250ms").run(context -> assertThat(
        context.getBean(FlyClientSettings.class).retry().backoff().initialDelay()).isEqualTo(Duration.ofMillis(250)));
  }

  @Test
  void aBackoffPropertyOfThePollsKeepsTheOtherValuesOfThePollsDefaults() {
    runner.withPropertyValues("fly.orchestrator.backoff.jitter=0").run(context -> assertThat(
        context.getBean(OrchestratorSettings.class).backoff())
        .isEqualTo(OrchestratorSettings.DEFAULTS.backoff().toBuilder().jitter(0).build()));
  }

  @Test
  void retriesAreCountedInTheApplicationsMeterRegistry() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    runner.withBean(MeterRegistry.class, () -> registry)
        .withPropertyValues("fly.base-url=http://127.0.0.1:" + closedPort, "fly.retry.max-retries=2",
            "fly.retry.initial-delay=1ms", "fly.retry.max-delay=1ms")
        .run(context -> {
          ReactiveFlyMachinesClient client = context.getBean(ReactiveFlyMachinesClient.class);
          assertThatThrownBy(() -> client.getApp("app").block(Duration.ofSeconds(10)))
              .isInstanceOf(FlyException.class);
          assertThat(registry.get("fly.client.retries").counter().count()).isEqualTo(2.0);
        });
  }

  @Test
  void theClientIsClosedWithTheContext() {
    AtomicReference<ReactiveFlyMachinesClient> client = new AtomicReference<>();
    runner.run(context -> client.set(context.getBean(ReactiveFlyMachinesClient.class)));

    assertThatThrownBy(() -> client.get().getApp("app").block()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aValueTheCoreRefusesFailsStartupNamingIt() {
    runner.withPropertyValues("fly.retry.jitter=2").run(context -> assertThat(context).hasFailed()
        .getFailure().rootCause().hasMessageContaining("jitter"));
  }
}
