package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The token stays out of Actuator's configprops and env endpoints, even when they show values. */
class FlyActuatorAutoConfigurationTests {

  private static final String TOKEN = "fm2_secret-macaroon-value-42";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(FlyOrchestratorAutoConfiguration.class,
          FlyActuatorAutoConfiguration.class, ConfigurationPropertiesReportEndpointAutoConfiguration.class,
          EnvironmentEndpointAutoConfiguration.class))
      .withPropertyValues("management.endpoint.configprops.show-values=always",
          "management.endpoint.env.show-values=always", "management.endpoints.web.exposure.include=env,configprops");

  @Test
  void configpropsEndpointHidesFlyToken() {
    runner.withPropertyValues("fly.token=" + TOKEN).run(context -> {
      ConfigurationPropertiesReportEndpoint endpoint = context.getBean(ConfigurationPropertiesReportEndpoint.class);
      String report = JSON.writeValueAsString(endpoint.configurationProperties());
      assertThat(report).contains("fly.orchestrator").contains("token").doesNotContain(TOKEN);
    });
  }

  @Test
  void envEndpointHidesFlyTokenAndTheEnvironmentVariable() {
    runner.withPropertyValues("fly.token=" + TOKEN, "FLY_API_TOKEN=" + TOKEN, "some.other.key=" + TOKEN)
        .run(context -> {
          EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
          String report = JSON.writeValueAsString(endpoint.environment(null));
          assertThat(report).contains("fly.token").doesNotContain(TOKEN);
        });
  }

  @Test
  void otherValuesStayVisibleWhenShowValuesIsAlways() {
    runner.withPropertyValues("fly.token=" + TOKEN, "fly.orchestrator.timeout=42s").run(context -> {
      EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
      String report = JSON.writeValueAsString(endpoint.environment(null));
      assertThat(report).contains("42s");
    });
  }
}
