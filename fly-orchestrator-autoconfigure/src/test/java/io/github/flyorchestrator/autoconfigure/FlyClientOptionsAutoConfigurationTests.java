package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.settings.FlyClientOptions;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code fly.rate-limit.*}, {@code fly.max-connections} and the retry counter's registry reach the client. */
class FlyClientOptionsAutoConfigurationTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(FlyOrchestratorAutoConfiguration.class))
      .withPropertyValues("fly.token=test-token-0a1b");

  @Test
  void defaultsFollowFlysDocumentedLimits() {
    runner.run(context -> {
      FlyClientOptions options = context.getBean(FlyClientOptions.class);
      assertThat(options.rateLimit()).isEqualTo(RateLimitSettings.DEFAULTS);
      assertThat(options.maxConnections()).isEqualTo(FlyClientOptions.DEFAULT_MAX_CONNECTIONS);
      assertThat(options.pendingAcquireTimeout()).isEqualTo(FlyClientOptions.DEFAULT_PENDING_ACQUIRE_TIMEOUT);
      assertThat(options.meterRegistry()).isNull();
    });
  }

  @Test
  void propertiesAreBound() {
    runner.withPropertyValues("fly.rate-limit.enabled=false", "fly.rate-limit.machine-action.permits=2",
        "fly.rate-limit.machine-action.period=3s", "fly.rate-limit.machine-action.burst=3",
        "fly.rate-limit.get-machine.period=250ms",
        "fly.rate-limit.app-deletion.permits=5", "fly.rate-limit.max-limiters=10",
        "fly.rate-limit.idle-eviction=10m", "fly.max-connections=10000", "fly.pending-acquire-timeout=10m")
        .run(context -> {
          FlyClientOptions options = context.getBean(FlyClientOptions.class);
          RateLimitSettings limits = options.rateLimit();
          assertThat(limits.enabled()).isFalse();
          assertThat(limits.machineAction()).isEqualTo(new RateLimitSettings.Rate(2, Duration.ofSeconds(3), 3));
          assertThat(limits.getMachine()).isEqualTo(new RateLimitSettings.Rate(1, Duration.ofMillis(250), 5));
          assertThat(limits.appDeletion().permits()).isEqualTo(5);
          assertThat(limits.maxLimiters()).isEqualTo(10);
          assertThat(limits.idleEviction()).isEqualTo(Duration.ofMinutes(10));
          assertThat(options.maxConnections()).isEqualTo(10_000);
          assertThat(options.pendingAcquireTimeout()).isEqualTo(Duration.ofMinutes(10));
        });
  }

  @Test
  void retriesAreCountedInTheApplicationsMeterRegistry() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    runner.withBean(MeterRegistry.class, () -> registry)
        .run(context -> assertThat(context.getBean(FlyClientOptions.class).meterRegistry()).isSameAs(registry));
  }

  @Test
  void theClientIsClosedWithTheContext() {
    AtomicReference<ReactiveFlyMachinesClient> client = new AtomicReference<>();
    runner.run(context -> client.set(context.getBean(ReactiveFlyMachinesClient.class)));

    assertThatThrownBy(() -> client.get().getApp("app").block()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
