package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import reactor.core.publisher.Mono;

/** One {@link ApplicationContextRunner} scenario per test. */
class FlyOrchestratorAutoConfigurationTests {

  private static final String TOKEN = "test-token-6f1d2c";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(FlyOrchestratorAutoConfiguration.class));

  @Test
  void createsEveryBeanWhenATokenIsSet() {
    runner.withPropertyValues("fly.token=" + TOKEN).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(FlyOrchestrator.class);
      assertThat(context).hasSingleBean(ReactiveFlyOrchestrator.class);
      assertThat(context).hasSingleBean(FlyMachinesClient.class);
      assertThat(context).hasSingleBean(ReactiveFlyMachinesClient.class);
      assertThat(context.getBean(FlyConnectionDetails.class).getBaseUrl())
          .isEqualTo(URI.create("https://api.machines.dev"));
    });
  }

  @Test
  void worksWithoutAnObservationRegistryBean() {
    runner.withPropertyValues("fly.token=" + TOKEN).run(context -> {
      assertThat(context).doesNotHaveBean(io.micrometer.observation.ObservationRegistry.class);
      assertThat(context).hasSingleBean(FlyOrchestrator.class);
    });
  }

  @Test
  void fallsBackToTheFlyApiTokenEnvironmentVariable() {
    runner.withPropertyValues("FLY_API_TOKEN=" + TOKEN)
        .run(context -> assertThat(context.getBean(FlyConnectionDetails.class).getToken()).isEqualTo(TOKEN));
  }

  @Test
  void flyTokenWinsOverTheEnvironmentVariable() {
    runner.withPropertyValues("FLY_API_TOKEN=from-env", "fly.token=" + TOKEN)
        .run(context -> assertThat(context.getBean(FlyConnectionDetails.class).getToken()).isEqualTo(TOKEN));
  }

  @Test
  void missingTokenFailsStartupWithAnAnalysisNamingBothSources() {
    runner.run(context -> {
      assertThat(context).hasFailed();
      FailureAnalysis analysis = new FlyConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).contains("No Fly API token");
      assertThat(analysis.getAction()).contains("fly.token").contains("FLY_API_TOKEN");
    });
  }

  @Test
  void plainHttpBaseUrlIsRefusedUnlessLoopback() {
    runner.withPropertyValues("fly.token=" + TOKEN, "fly.base-url=http://api.example.com").run(context -> {
      assertThat(context).hasFailed();
      FailureAnalysis analysis = new FlyConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).contains("not HTTPS");
      assertThat(analysis.getDescription()).doesNotContain(TOKEN);
    });
  }

  @Test
  void plainHttpLoopbackBaseUrlIsAccepted() {
    runner.withPropertyValues("fly.token=" + TOKEN, "fly.base-url=http://127.0.0.1:4280")
        .run(context -> assertThat(context.getBean(FlyConnectionDetails.class).getBaseUrl())
            .isEqualTo(URI.create("http://127.0.0.1:4280")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://_api.internal:4280", "http://my-proxy.internal:8080", "http://_API.INTERNAL:4280"})
  void flysPrivateNetworkEndpointIsAcceptedOverPlainHttp(String baseUrl) {
    runner.withPropertyValues("fly.token=" + TOKEN, "fly.base-url=" + baseUrl).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(FlyConnectionDetails.class).getBaseUrl()).isEqualTo(URI.create(baseUrl));
      assertThat(context).hasSingleBean(ReactiveFlyMachinesClient.class);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.example.com", "http://internal.example.com", "http://api.internal.example.com",
      "http://internal", "http://.internal"})
  void plainHttpOutsideFlysPrivateNetworkIsRefusedWithAdviceOnWhichEndpointToUse(String baseUrl) {
    runner.withPropertyValues("fly.token=" + TOKEN, "fly.base-url=" + baseUrl).run(context -> {
      assertThat(context).hasFailed();
      FailureAnalysis analysis = new FlyConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis).isNotNull();
      assertThat(analysis.getAction()).contains("https://api.machines.dev").contains("http://_api.internal:4280");
      assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(TOKEN);
    });
  }

  @Test
  void anUnresolvedTokenPlaceholderFailsStartupAsAMissingToken() {
    runner.withPropertyValues("fly.token=${FLY_API_TOKEN}").run(context -> {
      assertThat(context).hasFailed();
      FailureAnalysis analysis = new FlyConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).contains("No Fly API token").contains("${FLY_API_TOKEN}")
          .contains("not set");
      assertThat(analysis.getAction()).contains("fly.token").contains("FLY_API_TOKEN").contains("${FLY_API_TOKEN:}");
    });
  }

  @Test
  void theEmptyDefaultPlaceholderTheReadmeShowsFailsAsAMissingToken() {
    runner.withPropertyValues("fly.token=${FLY_API_TOKEN:}").run(context -> {
      assertThat(context).hasFailed();
      FailureAnalysis analysis = new FlyConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).contains("No Fly API token").doesNotContain("placeholder");
    });
  }

  @Test
  void anUnresolvedPlaceholderFallsBackToTheFlyApiTokenVariable() {
    runner.withPropertyValues("fly.token=${FLY_ORCHESTRATOR_TEST_UNSET_VARIABLE}", "FLY_API_TOKEN=" + TOKEN)
        .run(context -> assertThat(context.getBean(FlyConnectionDetails.class).getToken()).isEqualTo(TOKEN));
  }

  @Test
  void aUsersOwnConnectionDetailsReplaceTheProperties() {
    runner.withBean(FlyConnectionDetails.class, () -> new FlyConnectionDetails() {
      @Override
      public URI getBaseUrl() {
        return URI.create("https://fly-proxy.example.com");
      }

      @Override
      public String getToken() {
        return TOKEN;
      }
    }).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(FlyConnectionDetails.class);
      assertThat(context).hasSingleBean(ReactiveFlyMachinesClient.class);
    });
  }

  @Test
  void aUsersOwnClientNeedsNoTokenAndReplacesTheConnectionDetailsAndClientSettingsToo() {
    runner.withUserConfiguration(OwnClient.class).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(FlyClientSettings.class);
      assertThat(context).doesNotHaveBean(FlyConnectionDetails.class);
      ReactiveFlyMachinesClient own = context.getBean(ReactiveFlyMachinesClient.class);
      assertThat(own).isSameAs(context.getBean("ownClient"));
      // A definitive answer (422), so that the workflow ends at once instead of re-reading within its deadline.
      when(own.createApp(any())).thenReturn(Mono.error(new FlyException("refused by the user's client", 422, null,
          null, null, "POST", "/v1/apps", null)));

      assertThatThrownBy(() -> context.getBean(FlyOrchestrator.class).createAppAndWait("my-app", "personal",
          Duration.ofSeconds(1))).hasMessageContaining("refused by the user's client");
      verify(own).createApp(any());
    });
  }

  @Test
  void bindsOrchestratorAndClientProperties() {
    runner.withPropertyValues("fly.token=" + TOKEN, "fly.orchestrator.timeout=2m",
        "fly.orchestrator.backoff.initial-delay=250ms", "fly.orchestrator.backoff.multiplier=2",
        "fly.orchestrator.backoff.max-delay=3s", "fly.orchestrator.backoff.jitter=0.1",
        "fly.orchestrator.use-wait-endpoint=false", "fly.connect-timeout=3s", "fly.read-timeout=7s",
        "fly.retry.max-retries=5", "fly.attempt-timeout=4s").run(context -> {
          OrchestratorSettings settings = context.getBean(OrchestratorSettings.class);
          assertThat(settings.defaultTimeout()).isEqualTo(Duration.ofMinutes(2));
          assertThat(settings.backoff().initialDelay()).isEqualTo(Duration.ofMillis(250));
          assertThat(settings.backoff().multiplier()).isEqualTo(2.0);
          assertThat(settings.backoff().maxDelay()).isEqualTo(Duration.ofSeconds(3));
          assertThat(settings.backoff().jitter()).isEqualTo(0.1);
          assertThat(settings.useWaitEndpoint()).isFalse();
          FlyClientSettings client = context.getBean(FlyClientSettings.class);
          assertThat(client.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
          assertThat(client.readTimeout()).isEqualTo(Duration.ofSeconds(7));
          assertThat(client.retry().maxRetries()).isEqualTo(5);
          assertThat(client.attemptTimeout()).isEqualTo(Duration.ofSeconds(4));
        });
  }

  @Test
  void usersOwnOrchestratorWins() {
    runner.withPropertyValues("fly.token=" + TOKEN).withUserConfiguration(OwnOrchestrator.class).run(context -> {
      assertThat(context).hasSingleBean(FlyOrchestrator.class);
      assertThat(context.getBean(FlyOrchestrator.class)).isSameAs(context.getBean("ownOrchestrator"));
    });
  }

  @Test
  void usersOwnClientIsUsedByTheOrchestratorAndNeedsNoToken() {
    runner.withUserConfiguration(OwnClient.class).withBean(FlyClientSettings.class,
        () -> FlyClientSettings.DEFAULTS).run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(ReactiveFlyMachinesClient.class)).isSameAs(context.getBean("ownClient"));
          assertThat(context).hasSingleBean(ReactiveFlyOrchestrator.class);
        });
  }

  @Test
  void settingsCustomizersApplyInOrder() {
    runner.withPropertyValues("fly.token=" + TOKEN).withUserConfiguration(Customizers.class).run(context -> {
      OrchestratorSettings settings = context.getBean(OrchestratorSettings.class);
      assertThat(settings.defaultTimeout()).isEqualTo(Duration.ofSeconds(30));
    });
  }

  @Test
  void noBeanShowsTheTokenInItsToString() {
    runner.withPropertyValues("fly.token=" + TOKEN).run(context -> {
      assertThat(context.getBean(FlyConnectionDetails.class).toString()).doesNotContain(TOKEN);
      assertThat(context.getBean(FlyClientSettings.class).toString()).doesNotContain(TOKEN);
      assertThat(context.getBean(FlyProperties.class).toString()).doesNotContain(TOKEN);
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnOrchestrator {
    @Bean
    FlyOrchestrator ownOrchestrator() {
      return mock(FlyOrchestrator.class);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean
    ReactiveFlyMachinesClient ownClient() {
      return mock(ReactiveFlyMachinesClient.class);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {
    @Bean
    @Order(2)
    FlyOrchestratorSettingsCustomizer halveTimeout() {
      return s -> s.toBuilder().defaultTimeout(s.defaultTimeout().dividedBy(2)).build();
    }

    @Bean
    @Order(1)
    FlyOrchestratorSettingsCustomizer oneMinute() {
      return s -> s.toBuilder().defaultTimeout(Duration.ofMinutes(1)).build();
    }
  }
}
