package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.test.FlyApiSimulator;
import java.net.URI;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.util.ClassUtils;

/**
 * Registered in {@code META-INF/spring.factories}: the {@link FlyConnectionDetails} of a running
 * {@link FlyApiSimulator} (its base URL and the token it accepts). {@code @EnableFlyApiSimulator} asks Boot's
 * {@code ConnectionDetailsFactories} for them and registers the result as a bean, so the client talks to the
 * simulator whatever {@code fly.base-url} and {@code fly.token} say. A Testcontainers or Docker Compose integration
 * would be another factory of this kind, with the container as its source.
 */
final class FlyApiSimulatorConnectionDetailsFactory
    implements ConnectionDetailsFactory<FlyApiSimulator, FlyConnectionDetails> {

  /** The simulator's class: this factory is skipped (fails to instantiate) where it is not on the class path. */
  static final String SIMULATOR_CLASS = "io.github.flyorchestrator.test.FlyApiSimulator";

  /**
   * Creates the factory (Spring's factories loader does).
   *
   * @throws IllegalStateException when {@code fly-orchestrator-test} is not on the class path, so that the loader
   *     leaves this factory out instead of failing on its source type later
   */
  FlyApiSimulatorConnectionDetailsFactory() {
    if (!ClassUtils.isPresent(SIMULATOR_CLASS, FlyApiSimulatorConnectionDetailsFactory.class.getClassLoader())) {
      throw new IllegalStateException(SIMULATOR_CLASS + " is not on the class path");
    }
  }

  @Override
  public FlyConnectionDetails getConnectionDetails(FlyApiSimulator simulator) {
    String token = simulator.options().token();
    return new SimulatorConnectionDetails(URI.create(simulator.baseUrl()),
        token != null ? token : FlyApiSimulator.DEFAULT_TEST_TOKEN);
  }

  /** The simulator's URL and token; the token never appears in {@link #toString()}. */
  private static final class SimulatorConnectionDetails implements FlyConnectionDetails {

    private final URI baseUrl;
    private final String token;

    SimulatorConnectionDetails(URI baseUrl, String token) {
      this.baseUrl = baseUrl;
      this.token = token;
    }

    @Override
    public URI getBaseUrl() {
      return baseUrl;
    }

    @Override
    public String getToken() {
      return token;
    }

    @Override
    public String toString() {
      return "FlyApiSimulatorConnectionDetails[baseUrl=" + baseUrl + ", token=****]";
    }
  }
}
