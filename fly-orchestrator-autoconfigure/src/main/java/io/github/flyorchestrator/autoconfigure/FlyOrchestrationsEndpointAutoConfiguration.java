package io.github.flyorchestrator.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@code flyorchestrations} Actuator endpoint and the {@link FlyOrchestrationTracker} behind it, when Actuator is
 * on the classpath, an {@link ObservationRegistry} exists (the orchestrator reports its workflows there; Actuator
 * brings one) and the endpoint is available: Boot's exposure rules apply, so it exists only where the application
 * exposes it over HTTP or JMX and {@code management.endpoint.flyorchestrations.access} allows it. Both beans back off
 * when the application declares its own.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.observation.autoconfigure"
    + ".ObservationAutoConfiguration")
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnAvailableEndpoint(FlyOrchestrationsEndpoint.class)
@EnableConfigurationProperties(FlyOrchestrationsEndpointProperties.class)
public final class FlyOrchestrationsEndpointAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  FlyOrchestrationTracker flyOrchestrationTracker(FlyOrchestrationsEndpointProperties properties) {
    return new FlyOrchestrationTracker(properties.getHistorySize());
  }

  @Bean
  @ConditionalOnMissingBean
  FlyOrchestrationsEndpoint flyOrchestrationsEndpoint(FlyOrchestrationTracker tracker) {
    return new FlyOrchestrationsEndpoint(tracker);
  }
}
