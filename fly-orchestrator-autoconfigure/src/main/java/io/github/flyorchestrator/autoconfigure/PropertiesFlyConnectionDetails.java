package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.internal.client.FlyAuthorization;
import io.github.flyorchestrator.settings.FlyClientSettings;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@link FlyConnectionDetails} of {@code fly.base-url} and {@code fly.token}: resolves the token
 * ({@code fly.token}, then the {@code FLY_API_TOKEN} environment variable) and refuses configurations that cannot work
 * or would leak the token, with an {@link InvalidFlyConfigurationException} that says what to set.
 */
final class PropertiesFlyConnectionDetails implements FlyConnectionDetails {

  /** Environment variable read when {@code fly.token} is not set, as Fly's own tools do. */
  static final String TOKEN_ENVIRONMENT_VARIABLE = "FLY_API_TOKEN";

  /** The domain of host names on Fly's private network, e.g. {@code _api.internal}. */
  static final String PRIVATE_NETWORK_DOMAIN = ".internal";

  private final URI baseUrl;
  private final String token;

  private PropertiesFlyConnectionDetails(URI baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /**
   * Resolves and checks the base URL and the token.
   *
   * @param properties {@code fly.*}
   * @param environment where {@code FLY_API_TOKEN} is looked up
   * @return the connection details
   * @throws InvalidFlyConfigurationException when the base URL is not absolute, is plain http outside Fly's private
   *     network and loopback, or no usable token is configured
   */
  static PropertiesFlyConnectionDetails of(FlyProperties properties, Environment environment) {
    URI baseUrl = properties.getBaseUrl() != null ? properties.getBaseUrl() : FlyClientSettings.DEFAULT_BASE_URL;
    // java.net.URI sees no host in http://_api.internal:4280 (underscore); Spring's parser does.
    String host = UriComponentsBuilder.fromUriString(baseUrl.toString()).build().getHost();
    if (baseUrl.getScheme() == null || !StringUtils.hasText(host)) {
      throw new InvalidFlyConfigurationException("fly.base-url '" + baseUrl + "' is not an absolute http(s) URL.",
          "Set fly.base-url to the Machines API root, e.g. " + FlyClientSettings.DEFAULT_BASE_URL + " (the default).");
    }
    String scheme = baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && (isLoopback(host) || isPrivateNetworkHost(host)))) {
      throw new InvalidFlyConfigurationException(
          "fly.base-url '" + baseUrl + "' is not HTTPS and not on Fly's private network: the Fly API token would be"
              + " sent in clear text.",
          "From outside Fly use " + FlyClientSettings.DEFAULT_BASE_URL + " (the default). From a Machine on Fly's"
              + " private network use http://_api.internal:4280. Plain http:// is accepted only for private-network"
              + " hosts (*.internal) and loopback addresses (localhost, 127.0.0.1, [::1]) such as a local simulator.");
    }
    String configured = properties.getToken();
    String token = resolveToken(configured, environment);
    if (token == null) {
      throw new InvalidFlyConfigurationException(
          "No Fly API token is configured for " + baseUrl + "." + describePlaceholders(configured),
          "Set the environment variable FLY_API_TOKEN (read when fly.token is not set) or the property 'fly.token'."
              + " In application.yml write fly.token: ${FLY_API_TOKEN:} (with the colon), so that an unset variable"
              + " leaves the token empty instead of the placeholder text. Create a token with"
              + " 'fly tokens create deploy'.");
    }
    return new PropertiesFlyConnectionDetails(baseUrl, token.trim());
  }

  @Override
  public URI getBaseUrl() {
    return baseUrl;
  }

  @Override
  public String getToken() {
    return token;
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "PropertiesFlyConnectionDetails[baseUrl=" + baseUrl + ", token=****]";
  }

  /** The first usable value of {@code fly.token} and {@code FLY_API_TOKEN}, or {@code null}. */
  private static String resolveToken(String configured, Environment environment) {
    if (isUsable(configured)) {
      return configured;
    }
    String fromEnvironment = environment.getProperty(TOKEN_ENVIRONMENT_VARIABLE);
    return isUsable(fromEnvironment) ? fromEnvironment : null;
  }

  /** Blank values and values with a placeholder nothing resolved (the variable is unset) are no token. */
  private static boolean isUsable(String value) {
    return StringUtils.hasText(value) && !FlyAuthorization.hasUnresolvedPlaceholder(value);
  }

  /** Names the unresolved placeholders of {@code fly.token}, never the rest of the value. */
  private static String describePlaceholders(String configured) {
    List<String> placeholders = FlyAuthorization.unresolvedPlaceholders(configured);
    if (placeholders.isEmpty()) {
      return "";
    }
    return " fly.token holds the placeholder " + String.join(", ", placeholders)
        + ", which nothing resolved: the variable it names is not set.";
  }

  /** Whether a host is on Fly's private network ({@code _api.internal} or any other {@code *.internal} name). */
  static boolean isPrivateNetworkHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.endsWith(PRIVATE_NETWORK_DOMAIN) && h.length() > PRIVATE_NETWORK_DOMAIN.length();
  }

  /** Only literal loopback addresses and {@code localhost}; no DNS lookup. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    boolean ipLiteral = h.chars().allMatch(c -> Character.isDigit(c) || c == '.')
        || (h.contains(":") && h.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.'));
    if (!ipLiteral) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    }
    catch (java.net.UnknownHostException ex) {
      return false;
    }
  }
}
