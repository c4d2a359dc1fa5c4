package io.github.flyorchestrator.autoconfigure;

import java.net.URI;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the Fly Machines API client connects and with which token. By default they come from {@code fly.base-url}
 * and {@code fly.token} (or the {@code FLY_API_TOKEN} environment variable); declare a bean of this type to take them
 * from elsewhere, e.g. a secret store or a test's simulator.
 */
public interface FlyConnectionDetails extends ConnectionDetails {

  /**
   * @return the API root without {@code /v1}, e.g. {@code https://api.machines.dev}
   */
  URI getBaseUrl();

  /**
   * @return the API token; never logged
   */
  String getToken();
}
