package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.settings.FlyClientSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link FlyApiHealthIndicator} as the health contributor {@code fly} when Spring Boot's health support
 * is on the classpath; {@code management.health.fly.enabled=false} switches it off.
 */
@AutoConfiguration(after = FlyOrchestratorAutoConfiguration.class)
@ConditionalOnClass(AbstractReactiveHealthIndicator.class)
@ConditionalOnBean({ ReactiveFlyMachinesClient.class, FlyClientSettings.class })
@ConditionalOnEnabledHealthIndicator("fly")
@EnableConfigurationProperties(FlyHealthProperties.class)
public final class FlyHealthContributorAutoConfiguration {

  @Bean(name = "flyHealthIndicator")
  @ConditionalOnMissingBean(name = "flyHealthIndicator")
  FlyApiHealthIndicator flyHealthIndicator(ReactiveFlyMachinesClient client, FlyClientSettings settings,
      FlyHealthProperties properties) {
    return new FlyApiHealthIndicator(client, settings.baseUrl(), properties.getCacheTtl(), properties.getTimeout());
  }
}
