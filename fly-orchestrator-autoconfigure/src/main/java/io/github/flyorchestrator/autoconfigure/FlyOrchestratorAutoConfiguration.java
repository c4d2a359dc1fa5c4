package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.internal.BlockingFlyOrchestrator;
import io.github.flyorchestrator.internal.DefaultReactiveFlyOrchestrator;
import io.github.flyorchestrator.internal.client.BlockingFlyMachinesClient;
import io.github.flyorchestrator.internal.client.WebClientFlyMachinesClient;
import io.github.flyorchestrator.observation.FlyWaitObservationConvention;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.FlyClientOptions;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the Fly Machines API client and the {@link FlyOrchestrator}.
 *
 * <p>The client's {@link WebClient.Builder} is a clone of Spring Boot's auto-configured builder (so
 * {@code WebClientCustomizer}s and WebClient observations apply) followed by every {@link FlyWebClientCustomizer};
 * this configuration never declares a {@code WebClient.Builder} bean. Retries are counted in {@code fly.client.retries}
 * when a {@link MeterRegistry} bean exists; the client's connection pool is closed with the context. Every bean backs
 * off when the user declares one of the same type; a user's {@link ReactiveFlyMachinesClient} also replaces the
 * client's settings and options, so that no token is needed.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, ReactiveFlyOrchestrator.class })
@EnableConfigurationProperties({ FlyProperties.class, FlyOrchestratorProperties.class })
public final class FlyOrchestratorAutoConfiguration {

  /**
   * The HTTP client and what only it needs (settings with the token, options). All back off together when the
   * application declares its own {@link ReactiveFlyMachinesClient}: no token is then required.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(ReactiveFlyMachinesClient.class)
  static class FlyHttpClientConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FlyClientSettings flyClientSettings(FlyProperties properties, Environment environment) {
      return FlyClientSettingsFactory.create(properties, environment);
    }

    @Bean
    @ConditionalOnMissingBean
    FlyClientOptions flyClientOptions(FlyProperties properties, ObjectProvider<MeterRegistry> meterRegistry) {
      FlyProperties.RateLimit rateLimit = properties.getRateLimit();
      RateLimitSettings rateLimitSettings = new RateLimitSettings(rateLimit.isEnabled(),
          rate(rateLimit.getMachineAction()), rate(rateLimit.getGetMachine()), rate(rateLimit.getAppDeletion()),
          rateLimit.getMaxLimiters(), rateLimit.getIdleEviction());
      return new FlyClientOptions(rateLimitSettings, properties.getMaxConnections(),
          properties.getPendingAcquireTimeout(), meterRegistry.getIfAvailable());
    }

    private static RateLimitSettings.Rate rate(FlyProperties.Rate rate) {
      return new RateLimitSettings.Rate(rate.getPermits(), rate.getPeriod(), rate.getBurst());
    }

    @Bean(destroyMethod = "close")
    ReactiveFlyMachinesClient reactiveFlyMachinesClient(FlyClientSettings settings, FlyClientOptions options,
        ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<FlyWebClientCustomizer> customizers) {
      WebClient.Builder builder = webClientBuilder.getIfAvailable(WebClient::builder).clone();
      customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
      return WebClientFlyMachinesClient.create(builder, settings, options);
    }
  }

  @Bean
  @ConditionalOnMissingBean
  FlyMachinesClient flyMachinesClient(ReactiveFlyMachinesClient reactiveClient) {
    return new BlockingFlyMachinesClient(reactiveClient);
  }

  @Bean
  @ConditionalOnMissingBean
  OrchestratorSettings flyOrchestratorSettings(FlyOrchestratorProperties properties,
      ObjectProvider<FlyOrchestratorSettingsCustomizer> customizers) {
    FlyOrchestratorProperties.Backoff backoff = properties.getBackoff();
    OrchestratorSettings settings = new OrchestratorSettings(properties.getTimeout(),
        new BackoffSettings(backoff.getInitialDelay(), backoff.getMultiplier(), backoff.getMaxDelay(),
            backoff.getJitter()),
        properties.isUseWaitEndpoint());
    for (FlyOrchestratorSettingsCustomizer customizer : customizers.orderedStream().toList()) {
      settings = customizer.customize(settings);
    }
    return settings;
  }

  @Bean
  @ConditionalOnMissingBean
  ReactiveFlyOrchestrator reactiveFlyOrchestrator(ReactiveFlyMachinesClient client, OrchestratorSettings settings,
      ObjectProvider<ObservationRegistry> observationRegistry,
      ObjectProvider<FlyWaitObservationConvention> observationConvention) {
    return new DefaultReactiveFlyOrchestrator(client, settings,
        observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP), observationConvention.getIfAvailable(),
        null);
  }

  @Bean
  @ConditionalOnMissingBean
  FlyOrchestrator flyOrchestrator(ReactiveFlyOrchestrator reactiveOrchestrator) {
    return new BlockingFlyOrchestrator(reactiveOrchestrator);
  }
}
