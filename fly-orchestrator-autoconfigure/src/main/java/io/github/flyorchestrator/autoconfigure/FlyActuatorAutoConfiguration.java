package io.github.flyorchestrator.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the Fly API token out of Actuator's {@code /configprops} and {@code /env}, even when
 * {@code management.endpoint.*.show-values} is {@code always}: the {@code fly.token} and {@code FLY_API_TOKEN} keys,
 * and any property whose value is the configured token, are shown as {@value SanitizableData#SANITIZED_VALUE}.
 */
@AutoConfiguration(after = FlyOrchestratorAutoConfiguration.class)
@ConditionalOnClass(SanitizingFunction.class)
public final class FlyActuatorAutoConfiguration {

  @Bean
  SanitizingFunction flyTokenSanitizingFunction(ObjectProvider<FlyConnectionDetails> connectionDetails) {
    return data -> isFlyToken(data, connectionDetails) ? data.withSanitizedValue() : data;
  }

  private static boolean isFlyToken(SanitizableData data, ObjectProvider<FlyConnectionDetails> connectionDetails) {
    String key = data.getLowerCaseKey();
    if (key.equals("fly.token") || key.equals("fly_api_token") || key.equals("fly_token")
        || key.endsWith(".fly.token")) {
      return true;
    }
    Object value = data.getValue();
    if (value == null) {
      return false;
    }
    FlyConnectionDetails resolved = connectionDetails.getIfAvailable();
    if (resolved == null) {
      return false;
    }
    return value.toString().contains(resolved.getToken());
  }
}
