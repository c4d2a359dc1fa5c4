package io.github.flyorchestrator.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Connection settings of the Machines API client.
 *
 * @param baseUrl API root without {@code /v1}, e.g. {@code https://api.machines.dev}
 * @param token API token, normalised by {@link FlyAuthorization}: a scheme the value carries is dropped, macaroons
 *     ({@code fm1r_}, {@code fm1a_}, {@code fm2_}) are sent as {@code FlyV1}, other tokens as {@code Bearer}
 * @param connectTimeout TCP connect timeout
 * @param readTimeout response timeout of ordinary calls (wait calls get their long-poll plus this)
 * @param retry retry policy of idempotent requests
 */
public record FlyClientSettings(URI baseUrl, String token, Duration connectTimeout, Duration readTimeout,
    RetrySettings retry) {

  /** The public Machines API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.machines.dev");

  /** Validates and applies defaults. */
  public FlyClientSettings {
    baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
    Objects.requireNonNull(token, "token must not be null");
    // Refuses a blank value or an unresolved placeholder now, not at the first request.
    FlyAuthorization.forToken(token);
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    retry = retry == null ? RetrySettings.DEFAULTS : retry;
  }

  /**
   * Settings with defaults for everything but the base URL and token.
   *
   * @param baseUrl API root
   * @param token API token
   * @return the settings
   */
  public static FlyClientSettings of(URI baseUrl, String token) {
    return new FlyClientSettings(baseUrl, token, null, null, null);
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "FlyClientSettings[baseUrl=" + baseUrl + ", token=****, connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", retry=" + retry + "]";
  }
}
