package io.github.flyorchestrator.settings;

import io.github.flyorchestrator.internal.client.FlyAuthorization;
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
 * @param readTimeout longest pause between two reads of a response; a wait call's long-poll timeout plus this bounds
 *     the whole wait call
 * @param retry retry policy of idempotent requests
 * @param attemptTimeout how long one attempt of any other call may take, from sending the request to the last byte
 *     of the answer: a stalled or trickling answer then costs one attempt (retried when the call is idempotent, an
 *     ambiguous failure otherwise) instead of the caller's whole deadline
 */
public record FlyClientSettings(URI baseUrl, String token, Duration connectTimeout, Duration readTimeout,
    RetrySettings retry, Duration attemptTimeout) {

  /** The public Machines API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.machines.dev");

  /** Default of {@link #attemptTimeout()}: well under a workflow's usual deadline. */
  public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

  /** Validates and applies defaults. */
  public FlyClientSettings {
    baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
    Objects.requireNonNull(token, "token must not be null");
    // Refuses a blank value or an unresolved placeholder now, not at the first request.
    FlyAuthorization.forToken(token);
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    retry = retry == null ? RetrySettings.DEFAULTS : retry;
    attemptTimeout = attemptTimeout == null ? DEFAULT_ATTEMPT_TIMEOUT : attemptTimeout;
    if (attemptTimeout.isNegative() || attemptTimeout.isZero()) {
      throw new IllegalArgumentException("attemptTimeout must be positive, was " + attemptTimeout);
    }
  }

  /**
   * Settings with the default attempt timeout.
   *
   * @param baseUrl API root without {@code /v1}
   * @param token API token
   * @param connectTimeout TCP connect timeout, or {@code null} for the default
   * @param readTimeout longest pause between two reads, or {@code null} for the default
   * @param retry retry policy, or {@code null} for the default
   */
  public FlyClientSettings(URI baseUrl, String token, Duration connectTimeout, Duration readTimeout,
      RetrySettings retry) {
    this(baseUrl, token, connectTimeout, readTimeout, retry, null);
  }

  /**
   * @param attemptTimeout the attempt timeout
   * @return a copy with this attempt timeout
   */
  public FlyClientSettings withAttemptTimeout(Duration attemptTimeout) {
    return new FlyClientSettings(baseUrl, token, connectTimeout, readTimeout, retry,
        Objects.requireNonNull(attemptTimeout, "attemptTimeout must not be null"));
  }

  /**
   * Settings with defaults for everything but the base URL and token.
   *
   * @param baseUrl API root
   * @param token API token
   * @return the settings
   */
  public static FlyClientSettings of(URI baseUrl, String token) {
    return new FlyClientSettings(baseUrl, token, null, null, null, null);
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "FlyClientSettings[baseUrl=" + baseUrl + ", token=****, connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", retry=" + retry + ", attemptTimeout=" + attemptTimeout + "]";
  }
}
