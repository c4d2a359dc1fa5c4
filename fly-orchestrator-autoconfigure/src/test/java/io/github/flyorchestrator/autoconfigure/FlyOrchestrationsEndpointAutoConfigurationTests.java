package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.observation.FlyWaitObservationContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** When the {@code flyorchestrations} endpoint exists: Boot's exposure rules, Actuator present, the user's beans. */
class FlyOrchestrationsEndpointAutoConfigurationTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
          FlyOrchestrationsEndpointAutoConfiguration.class));

  private final ApplicationContextRunner exposedOverHttp = runner
      .withPropertyValues("management.endpoints.web.exposure.include=health,flyorchestrations");

  @Test
  void presentWhenTheApplicationExposesItOverHttp() {
    exposedOverHttp.run(context -> {
      assertThat(context).hasSingleBean(FlyOrchestrationsEndpoint.class).hasSingleBean(FlyOrchestrationTracker.class);
      assertThat(context.getBean(FlyOrchestrationsEndpoint.class).orchestrations().inFlight()).isEmpty();
    });
  }

  @Test
  void presentWhenTheApplicationExposesItOverJmx() {
    runner.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=flyorchestrations")
        .run(context -> assertThat(context).hasSingleBean(FlyOrchestrationsEndpoint.class));
  }

  @Test
  void absentWithBootsDefaultExposureWhichIsHealthOnly() {
    runner.run(context -> assertThat(context).doesNotHaveBean(FlyOrchestrationsEndpoint.class)
        .doesNotHaveBean(FlyOrchestrationTracker.class));
  }

  @Test
  void absentWhenItsAccessIsNone() {
    exposedOverHttp.withPropertyValues("management.endpoint.flyorchestrations.access=NONE")
        .run(context -> assertThat(context).doesNotHaveBean(FlyOrchestrationsEndpoint.class));
  }

  @Test
  void absentWithoutActuator() {
    exposedOverHttp.withClassLoader(new FilteredClassLoader(Endpoint.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(FlyOrchestrationsEndpoint.class)
            .doesNotHaveBean(FlyOrchestrationTracker.class));
  }

  @Test
  void absentWithoutAnObservationRegistryToLearnFrom() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(FlyOrchestrationsEndpointAutoConfiguration.class))
        .withPropertyValues("management.endpoints.web.exposure.include=flyorchestrations")
        .run(context -> assertThat(context).doesNotHaveBean(FlyOrchestrationsEndpoint.class));
  }

  @Test
  void theTrackerHearsTheWorkflowsOfTheObservationRegistry() {
    exposedOverHttp.run(context -> {
      ObservationRegistry registry = context.getBean(ObservationRegistry.class);
      Observation.start("fly.orchestrator.wait", () -> new FlyWaitObservationContext("start_and_wait", "app-1"),
          registry);

      assertThat(context.getBean(FlyOrchestrationsEndpoint.class).orchestrations().inFlight())
          .extracting(FlyOrchestrationsDescriptor.Orchestration::app).containsExactly("app-1");
    });
  }

  @Test
  void theHistorySizeIsConfigurable() {
    exposedOverHttp.withPropertyValues("management.endpoint.flyorchestrations.history-size=1").run(context -> {
      ObservationRegistry registry = context.getBean(ObservationRegistry.class);
      for (String app : new String[] { "first", "second" }) {
        Observation.start("fly.orchestrator.wait", () -> new FlyWaitObservationContext("start_and_wait", app),
            registry).stop();
      }

      assertThat(context.getBean(FlyOrchestrationsEndpoint.class).orchestrations().finished())
          .extracting(FlyOrchestrationsDescriptor.Orchestration::app).containsExactly("second");
    });
  }

  @Test
  void backsOffToTheApplicationsOwnBeans() {
    exposedOverHttp.withUserConfiguration(OwnBeans.class).run(context -> {
      assertThat(context).hasSingleBean(FlyOrchestrationsEndpoint.class).hasSingleBean(FlyOrchestrationTracker.class);
      assertThat(context.getBean(FlyOrchestrationsEndpoint.class)).isSameAs(context.getBean("ownEndpoint"));
      assertThat(context.getBean(FlyOrchestrationTracker.class)).isSameAs(context.getBean("ownTracker"));
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {

    @Bean
    FlyOrchestrationTracker ownTracker() {
      return new FlyOrchestrationTracker(3);
    }

    @Bean
    FlyOrchestrationsEndpoint ownEndpoint(FlyOrchestrationTracker tracker) {
      return new FlyOrchestrationsEndpoint(tracker);
    }
  }
}
