package io.github.flyorchestrator.test.spring;

import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimulatorOptions;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a {@link FlyApiSimulator} for an application context, registers it as the bean {@value #BEAN_NAME}, adds
 * the property source {@value #PROPERTY_SOURCE} with {@value #BASE_URL_PROPERTY} and {@value #TOKEN_PROPERTY}
 * (highest precedence), and stops the simulator when the context closes. Equal settings give equal customizers,
 * so Spring's context cache reuses the context and its simulator.
 */
public final class FlyApiSimulatorContextCustomizer implements ContextCustomizer {

  /** Property with the simulator's API root. */
  public static final String BASE_URL_PROPERTY = "fly.base-url";
  /** Property with the token the simulator accepts. */
  public static final String TOKEN_PROPERTY = "fly.token";
  /** Name of the property source. */
  public static final String PROPERTY_SOURCE = "flyApiSimulator";
  /** Name of the simulator bean. */
  public static final String BEAN_NAME = "flyApiSimulator";

  private final String token;
  private final double timeScale;
  private final boolean rateLimits;

  FlyApiSimulatorContextCustomizer(String token, double timeScale, boolean rateLimits) {
    this.token = token;
    this.timeScale = timeScale;
    this.rateLimits = rateLimits;
  }

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults()
        .withToken(token).withTimeScale(timeScale).withRateLimits(rateLimits));
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE,
        Map.of(BASE_URL_PROPERTY, simulator.baseUrl(), TOKEN_PROPERTY, token)));
    context.getBeanFactory().registerSingleton(BEAN_NAME, simulator);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
        simulator.close();
      }
    });
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FlyApiSimulatorContextCustomizer that && token.equals(that.token)
        && timeScale == that.timeScale && rateLimits == that.rateLimits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(token, timeScale, rateLimits);
  }

  @Override
  public String toString() {
    return "FlyApiSimulatorContextCustomizer[timeScale=" + timeScale + ", rateLimits=" + rateLimits + "]";
  }
}
