package io.github.flyorchestrator.test.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.test.EnableFlyApiSimulator;
import io.github.flyorchestrator.test.FlyApiSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * {@link EnableFlyApiSimulator} starts a simulator; without {@code fly-orchestrator-autoconfigure} (not on this
 * module's class path) it points {@code fly.base-url} and {@code fly.token} at it. The autoconfigure module tests the
 * connection details it contributes there.
 */
@SpringJUnitConfig(EnableFlyApiSimulatorSpringTest.Config.class)
@EnableFlyApiSimulator(token = "spring-token", timeScale = 0.5)
class EnableFlyApiSimulatorSpringTest {

  @Configuration
  static class Config {
  }

  @Autowired
  FlyApiSimulator simulator;

  @Autowired
  Environment environment;

  @Value("${fly.base-url}")
  String baseUrl;

  @Value("${fly.token}")
  String token;

  @Test
  void withoutTheAutoConfigurationThePropertiesPointAtTheRunningSimulator() throws Exception {
    assertThat(baseUrl).isEqualTo(simulator.baseUrl()).startsWith("http://127.0.0.1:");
    assertThat(token).isEqualTo("spring-token");
    assertThat(simulator.options().timeScale()).isEqualTo(0.5);
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/v1/apps")).header("authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"total_apps\":0");
  }

  @Test
  void customizersWithEqualSettingsAreEqualSoContextsAreCached() {
    FlyApiSimulatorContextCustomizerFactory factory = new FlyApiSimulatorContextCustomizerFactory();
    assertThat(factory.createContextCustomizer(EnableFlyApiSimulatorSpringTest.class, java.util.List.of()))
        .isEqualTo(factory.createContextCustomizer(EnableFlyApiSimulatorSpringTest.class, java.util.List.of()));
    assertThat(factory.createContextCustomizer(Config.class, java.util.List.of())).isNull();
  }
}
