package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.test.EnableFlyApiSimulator;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimRoute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@link EnableFlyApiSimulator} contributes the simulator's {@link FlyConnectionDetails}: an application whose
 * {@code application.yml} names another base URL and token keeps them, and its client still talks to the simulator.
 */
@SpringBootTest(classes = EnableFlyApiSimulatorConnectionDetailsTests.UsersApp.class,
    properties = "spring.config.name=users-application")
@EnableFlyApiSimulator(token = "simulator-token", timeScale = 0.01)
class EnableFlyApiSimulatorConnectionDetailsTests {

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(FlyOrchestratorAutoConfiguration.class)
  static class UsersApp {
  }

  @Autowired
  ApplicationContext context;

  @Autowired
  Environment environment;

  @Autowired
  FlyApiSimulator simulator;

  @Autowired
  FlyOrchestrator fly;

  @Test
  void theApplicationYmlKeepsItsBaseUrlAndTokenAndTheClientTalksToTheSimulatorAnyway() {
    App app = fly.createAppAndWait("yml-app", "personal");

    assertThat(app.name()).isEqualTo("yml-app");
    assertThat(simulator.journal().count(SimRoute.APPS_CREATE)).isEqualTo(1);
    assertThat(environment.getProperty("fly.base-url")).isEqualTo("https://fly-api.example.com");
    assertThat(environment.getProperty("fly.token")).isEqualTo("users-production-token");
  }

  @Test
  void theOnlyConnectionDetailsAreTheSimulatorsAndTheyNeverShowTheToken() {
    assertThat(context.getBeansOfType(FlyConnectionDetails.class)).hasSize(1);
    FlyConnectionDetails details = context.getBean(FlyConnectionDetails.class);

    assertThat(details.getBaseUrl()).hasToString(simulator.baseUrl());
    assertThat(details.getToken()).isEqualTo("simulator-token");
    assertThat(details.toString()).contains(simulator.baseUrl()).doesNotContain("simulator-token");
  }
}
