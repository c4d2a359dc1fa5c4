package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
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
@ConditionalOnBean({ ReactiveFlyMachinesClient.class, FlyConnectionDetails.class })
@ConditionalOnEnabledHealthIndicator("fly")
@EnableConfigurationProperties(FlyHealthProperties.class)
public final class FlyHealthContributorAutoConfiguration {

  @Bean(name = "flyHealthIndicator")
  @ConditionalOnMissingBean(name = "flyHealthIndicator")
  FlyApiHealthIndicator flyHealthIndicator(ReactiveFlyMachinesClient client, FlyConnectionDetails connectionDetails,
      FlyHealthProperties properties) {
    return new FlyApiHealthIndicator(client, connectionDetails.getBaseUrl(), properties.getCacheTtl(),
        properties.getTimeout());
  }
}
