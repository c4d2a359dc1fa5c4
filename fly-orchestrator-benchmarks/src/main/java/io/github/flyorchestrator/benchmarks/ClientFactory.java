package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import java.net.URI;
import java.time.Duration;
import org.springframework.web.reactive.function.client.WebClient;

/** Builds the clients and orchestrators under test through their public factories only, as a user would. */
public final class ClientFactory {

  private ClientFactory() {
  }

  /**
   * The project's client with its default settings, except that the client-side rate limits are off (the simulator
   * runs without Fly's rate limits too).
   *
   * @param baseUrl simulator root
   * @param token API token
   * @return the client
   */
  public static ReactiveFlyMachinesClient client(URI baseUrl, String token) {
    return client(baseUrl, token, FlyClientSettings.DEFAULTS.maxConnections());
  }

  /**
   * The project's client with client-side rate limits off and a connection pool of the given size, set through the
   * public {@link FlyClientSettings}.
   *
   * @param baseUrl simulator root
   * @param token API token
   * @param maxConnections pool size
   * @return the client
   */
  public static ReactiveFlyMachinesClient client(URI baseUrl, String token, int maxConnections) {
    FlyClientSettings settings = FlyClientSettings.builder()
        .rateLimit(RateLimitSettings.DISABLED)
        .maxConnections(maxConnections)
        .build();
    return ReactiveFlyMachinesClient.builder().baseUrl(baseUrl).token(token).settings(settings).build();
  }

  /**
   * The project's client with its default settings, the client-side rate limiter included, and a filter that
   * counts every response's status.
   *
   * @param baseUrl simulator root
   * @param token API token
   * @param statuses the tally to count into
   * @return the client
   */
  public static ReactiveFlyMachinesClient rateLimitedClient(URI baseUrl, String token, StatusTally statuses) {
    return ReactiveFlyMachinesClient.builder().baseUrl(baseUrl).token(token).settings(FlyClientSettings.DEFAULTS)
        .webClientBuilder(WebClient.builder().filter(statuses)).build();
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
    BackoffSettings defaults = OrchestratorSettings.DEFAULTS.backoff();
    BackoffSettings scaled = defaults.toBuilder()
        .initialDelay(scale(defaults.initialDelay(), timeScale))
        .maxDelay(scale(defaults.maxDelay(), timeScale))
        .build();
    OrchestratorSettings settings = OrchestratorSettings.builder()
        .defaultTimeout(Duration.ofMinutes(10))
        .backoff(scaled)
        .useWaitEndpoint(useWaitEndpoint)
        .build();
    return ReactiveFlyOrchestrator.builder(client).settings(settings).build();
  }

  private static Duration scale(Duration duration, double timeScale) {
    return Duration.ofNanos(Math.max(1_000_000L, Math.round(duration.toNanos() * timeScale)));
  }
}
