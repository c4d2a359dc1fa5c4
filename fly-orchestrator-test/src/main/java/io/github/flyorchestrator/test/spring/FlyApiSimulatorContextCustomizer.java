package io.github.flyorchestrator.test.spring;

import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimulatorOptions;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Starts a {@link FlyApiSimulator} for an application context, registers it as the bean {@value #BEAN_NAME}, and
 * stops it when the context closes. The client is pointed at it the way Boot's service connections are: the
 * simulator's connection details from Boot's {@code ConnectionDetailsFactories} (with
 * {@code fly-orchestrator-autoconfigure}, a {@code FlyConnectionDetails}) are registered as beans, so the
 * application's own {@code fly.base-url} and {@code fly.token} stay as they are and are not used. Only where no
 * factory knows the simulator (no {@code fly-orchestrator-autoconfigure} on the class path, so nothing would read
 * such a bean) is the property source {@value #PROPERTY_SOURCE} added instead, with {@value #BASE_URL_PROPERTY} and
 * {@value #TOKEN_PROPERTY} (highest precedence). Equal settings give equal customizers, so Spring's context cache
 * reuses the context and its simulator.
 */
public final class FlyApiSimulatorContextCustomizer implements ContextCustomizer {

  /** Property with the simulator's API root (set only without connection details). */
  public static final String BASE_URL_PROPERTY = "fly.base-url";
  /** Property with the token the simulator accepts (set only without connection details). */
  public static final String TOKEN_PROPERTY = "fly.token";
  /** Name of the property source (added only without connection details). */
  public static final String PROPERTY_SOURCE = "flyApiSimulator";
  /** Name of the simulator bean. */
  public static final String BEAN_NAME = "flyApiSimulator";
  /** Name of the connection details bean: this prefix and the simple name of its type. */
  public static final String CONNECTION_DETAILS_BEAN_PREFIX = "flyApiSimulator";

  private static final String FACTORIES_CLASS =
      "org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories";

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
    ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
    beanFactory.registerSingleton(BEAN_NAME, simulator);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
        simulator.close();
      }
    });
    Map<Class<?>, ?> connectionDetails = ClassUtils.isPresent(FACTORIES_CLASS, context.getClassLoader())
        ? ServiceConnections.of(simulator, context.getClassLoader()) : Map.of();
    if (connectionDetails.isEmpty()) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE,
          Map.of(BASE_URL_PROPERTY, simulator.baseUrl(), TOKEN_PROPERTY, token)));
    }
    connectionDetails.forEach((type, details) ->
        beanFactory.registerSingleton(CONNECTION_DETAILS_BEAN_PREFIX + type.getSimpleName(), details));
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

  /** Boot's connection details factories; a class of its own so that nothing loads them where Boot is absent. */
  private static final class ServiceConnections {

    private ServiceConnections() {
    }

    static Map<Class<?>, ?> of(FlyApiSimulator simulator, ClassLoader classLoader) {
      Map<Class<?>, ?> details = new ConnectionDetailsFactories(classLoader).getConnectionDetails(simulator, false);
      return details != null ? details : Map.of();
    }
  }
}
