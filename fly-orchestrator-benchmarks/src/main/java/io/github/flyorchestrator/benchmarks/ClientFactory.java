package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.internal.DefaultReactiveFlyOrchestrator;
import io.github.flyorchestrator.internal.client.WebClientFlyMachinesClient;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.FlyClientOptions;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Duration;
import org.springframework.web.reactive.function.client.WebClient;

/** Builds the clients and orchestrators under test through their public factories only, as a user would. */
public final class ClientFactory {

  private ClientFactory() {
  }

  /**
   * The project's client with its default settings and options, except that the client-side rate limits are off
   * (the simulator runs without Fly's rate limits too).
   *
   * @param baseUrl simulator root
   * @param token API token
   * @return the client
   */
  public static ReactiveFlyMachinesClient client(URI baseUrl, String token) {
    return client(baseUrl, token, FlyClientOptions.DEFAULT_MAX_CONNECTIONS);
  }

  /**
   * The project's client with client-side rate limits off and a connection pool of the given size, set through the
   * public {@link FlyClientOptions}.
   *
   * @param baseUrl simulator root
   * @param token API token
   * @param maxConnections pool size
   * @return the client
   */
  public static ReactiveFlyMachinesClient client(URI baseUrl, String token, int maxConnections) {
    FlyClientOptions options = new FlyClientOptions(RateLimitSettings.DISABLED, maxConnections, null, null);
    return WebClientFlyMachinesClient.create(WebClient.builder(), FlyClientSettings.of(baseUrl, token), options);
  }

  /**
   * The orchestrator with its default settings except for the wait endpoint switch and the time scale.
   *
   * @param client the client
   * @param useWaitEndpoint false for the polling fallback
   * @param timeScale real time per simulated time: the polling backoff is multiplied by it so that the number of
   *     polls per simulated second is what it would be against the real API
   * @return the orchestrator
   */
  public static ReactiveFlyOrchestrator orchestrator(ReactiveFlyMachinesClient client, boolean useWaitEndpoint,
      double timeScale) {
    BackoffSettings defaults = BackoffSettings.DEFAULTS;
    BackoffSettings scaled = new BackoffSettings(scale(defaults.initialDelay(), timeScale), defaults.multiplier(),
        scale(defaults.maxDelay(), timeScale), defaults.jitter());
    OrchestratorSettings settings = new OrchestratorSettings(Duration.ofMinutes(10), scaled, useWaitEndpoint);
    return new DefaultReactiveFlyOrchestrator(client, settings, ObservationRegistry.NOOP);
  }

  private static Duration scale(Duration duration, double timeScale) {
    return Duration.ofNanos(Math.max(1_000_000L, Math.round(duration.toNanos() * timeScale)));
  }
}
