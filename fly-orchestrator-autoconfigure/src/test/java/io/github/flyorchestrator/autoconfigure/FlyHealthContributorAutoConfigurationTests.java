package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.SimulatorOptions;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code fly} health contributor against the simulator. */
class FlyHealthContributorAutoConfigurationTests {

  private static final String TOKEN = "health-token-5521";

  private FlyApiSimulator simulator;
  private ApplicationContextRunner runner;

  @BeforeEach
  void start() {
    simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withToken(TOKEN));
    runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(FlyOrchestratorAutoConfiguration.class,
            FlyHealthContributorAutoConfiguration.class))
        .withPropertyValues("fly.base-url=" + simulator.baseUrl(), "fly.retry.max-retries=0");
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void upWithTheTokensOrganization() {
    runner.withPropertyValues("fly.token=" + TOKEN).run(context -> {
      Health health = context.getBean(FlyApiHealthIndicator.class).health(true).block();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("organization", "personal");
      assertThat(health.toString()).doesNotContain(TOKEN);
    });
  }

  @Test
  void downWithTheReasonWhenTheTokenIsRejected() {
    runner.withPropertyValues("fly.token=wrong-token-value").run(context -> {
      Health health = context.getBean(FlyApiHealthIndicator.class).health(true).block();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("status", 401);
      assertThat(String.valueOf(health.getDetails().get("reason"))).contains("rejected");
      assertThat(health.toString()).doesNotContain("wrong-token-value");
    });
  }

  @Test
  void downWhenTheApiCannotBeReached() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    runner.withPropertyValues("fly.token=" + TOKEN, "fly.base-url=http://127.0.0.1:" + closedPort).run(context -> {
      Health health = context.getBean(FlyApiHealthIndicator.class).health(true).block();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(String.valueOf(health.getDetails().get("reason"))).contains("cannot be reached");
    });
  }

  @Test
  void resultsAreCachedSoProbesDoNotSpendRateLimits() {
    runner.withPropertyValues("fly.token=" + TOKEN, "fly.health.cache-ttl=10m").run(context -> {
      FlyApiHealthIndicator indicator = context.getBean(FlyApiHealthIndicator.class);
      for (int i = 0; i < 5; i++) {
        assertThat(indicator.health(true).block().getStatus()).isEqualTo(Status.UP);
      }
      assertThat(simulator.journal().count(SimRoute.TOKENS_CURRENT)).isEqualTo(1);
    });
  }

  @Test
  void switchedOffByManagementHealthFlyEnabled() {
    runner.withPropertyValues("fly.token=" + TOKEN, "management.health.fly.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(FlyApiHealthIndicator.class));
  }
}
