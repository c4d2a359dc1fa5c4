package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.observation.FlyWaitObservationConvention;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
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
 * Auto-configuration of the Fly Machines API client and the {@link FlyOrchestrator}, built with the core's builders
 * from {@link FlyConnectionDetails} and the settings mapped from {@code fly.*} by {@link FlySettingsPropertyMapper}.
 *
 * <p>The client's {@link WebClient.Builder} is a clone of Spring Boot's auto-configured builder (so
 * {@code WebClientCustomizer}s and WebClient observations apply) followed by every {@link FlyWebClientCustomizer};
 * this configuration never declares a {@code WebClient.Builder} bean. Retries are counted in {@code fly.client.retries}
 * when a {@link MeterRegistry} bean exists; the client's connection pool is closed with the context. Every bean backs
 * off when the user declares one of the same type; a user's {@link ReactiveFlyMachinesClient} also replaces the
 * client's connection details and settings, so that no token is needed. The orchestrator is shut down gracefully when
 * the context closes ({@link FlyOrchestratorShutdownLifecycle}, {@code fly.orchestrator.shutdown.grace-period}).
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, ReactiveFlyOrchestrator.class })
@EnableConfigurationProperties({ FlyProperties.class, FlyOrchestratorProperties.class })
public final class FlyOrchestratorAutoConfiguration {

  /**
   * The HTTP client and what only it needs (connection details with the token, client settings). All back off
   * together when the application declares its own {@link ReactiveFlyMachinesClient}: no token is then required.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(ReactiveFlyMachinesClient.class)
  static class FlyHttpClientConfiguration {

    @Bean
    @ConditionalOnMissingBean(FlyConnectionDetails.class)
    PropertiesFlyConnectionDetails flyConnectionDetails(FlyProperties properties, Environment environment) {
      return PropertiesFlyConnectionDetails.of(properties, environment);
    }

    @Bean
    @ConditionalOnMissingBean
    FlyClientSettings flyClientSettings(FlyProperties properties) {
      return FlySettingsPropertyMapper.clientSettings(properties);
    }

    @Bean(destroyMethod = "close")
    ReactiveFlyMachinesClient reactiveFlyMachinesClient(FlyConnectionDetails connectionDetails,
        FlyClientSettings settings, ObjectProvider<WebClient.Builder> webClientBuilder,
        ObjectProvider<FlyWebClientCustomizer> customizers, ObjectProvider<MeterRegistry> meterRegistry) {
      WebClient.Builder webClient = webClientBuilder.getIfAvailable(WebClient::builder).clone();
      customizers.orderedStream().forEach(customizer -> customizer.customize(webClient));
      ReactiveFlyMachinesClient.Builder client = ReactiveFlyMachinesClient.builder()
          .baseUrl(connectionDetails.getBaseUrl())
          .token(connectionDetails.getToken())
          .webClientBuilder(webClient)
          .settings(settings);
      meterRegistry.ifAvailable(client::meterRegistry);
      return client.build();
    }
  }

  @Bean
  @ConditionalOnMissingBean
  FlyMachinesClient flyMachinesClient(ReactiveFlyMachinesClient reactiveClient) {
    return FlyMachinesClient.blocking(reactiveClient);
  }

  @Bean
  @ConditionalOnMissingBean
  OrchestratorSettings flyOrchestratorSettings(FlyOrchestratorProperties properties,
      ObjectProvider<FlyOrchestratorSettingsCustomizer> customizers) {
    OrchestratorSettings settings = FlySettingsPropertyMapper.orchestratorSettings(properties);
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
    ReactiveFlyOrchestrator.Builder orchestrator = ReactiveFlyOrchestrator.builder(client).settings(settings);
    observationRegistry.ifAvailable(orchestrator::observationRegistry);
    observationConvention.ifAvailable(orchestrator::observationConvention);
    return orchestrator.build();
  }

  @Bean
  @ConditionalOnMissingBean
  FlyOrchestratorShutdownLifecycle flyOrchestratorShutdownLifecycle(ReactiveFlyOrchestrator orchestrator,
      FlyOrchestratorProperties properties) {
    Duration gracePeriod = properties.getShutdown().getGracePeriod();
    return new FlyOrchestratorShutdownLifecycle(orchestrator,
        gracePeriod != null ? gracePeriod : ReactiveFlyOrchestrator.DEFAULT_SHUTDOWN_GRACE_PERIOD);
  }

  @Bean
  @ConditionalOnMissingBean
  FlyOrchestrator flyOrchestrator(ReactiveFlyOrchestrator reactiveOrchestrator) {
    return FlyOrchestrator.blocking(reactiveOrchestrator);
  }
}
