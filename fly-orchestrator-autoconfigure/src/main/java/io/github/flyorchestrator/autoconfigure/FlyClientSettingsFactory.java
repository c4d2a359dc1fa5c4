package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.client.FlyClientSettings;
import io.github.flyorchestrator.client.RetrySettings;
import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Turns {@link FlyProperties} into {@link FlyClientSettings}: resolves the token ({@code fly.token}, then the
 * {@code FLY_API_TOKEN} environment variable) and refuses configurations that cannot work or would leak the token.
 */
final class FlyClientSettingsFactory {

  /** Environment variable read when {@code fly.token} is not set, as Fly's own tools do. */
  static final String TOKEN_ENVIRONMENT_VARIABLE = "FLY_API_TOKEN";

  private FlyClientSettingsFactory() {
  }

  static FlyClientSettings create(FlyProperties properties, Environment environment) {
    URI baseUrl = properties.getBaseUrl();
    if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
      throw new InvalidFlyConfigurationException("fly.base-url '" + baseUrl + "' is not an absolute http(s) URL.",
          "Set fly.base-url to the Machines API root, e.g. https://api.machines.dev (the default).");
    }
    String scheme = baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(baseUrl.getHost()))) {
      throw new InvalidFlyConfigurationException(
          "fly.base-url '" + baseUrl + "' is not HTTPS: the Fly API token would be sent in clear text.",
          "Use an https:// URL, or http:// only for a loopback address (localhost, 127.0.0.1, [::1]) such as a"
              + " local simulator.");
    }
    String token = resolveToken(properties, environment);
    if (!StringUtils.hasText(token)) {
      throw new InvalidFlyConfigurationException(
          "No Fly API token is configured for " + baseUrl + ".",
          "Set the property 'fly.token' (e.g. in application.yml: fly.token: ${FLY_API_TOKEN}) or the environment"
              + " variable FLY_API_TOKEN. Create a token with 'fly tokens create deploy'.");
    }
    FlyProperties.Retry retry = properties.getRetry();
    RetrySettings retrySettings = new RetrySettings(retry.getMaxRetries(), retry.getDelay(), retry.getMultiplier(),
        retry.getMaxDelay(), retry.getJitter());
    return new FlyClientSettings(baseUrl, token.trim(), properties.getConnectTimeout(), properties.getReadTimeout(),
        retrySettings);
  }

  private static String resolveToken(FlyProperties properties, Environment environment) {
    if (StringUtils.hasText(properties.getToken())) {
      return properties.getToken();
    }
    return environment.getProperty(TOKEN_ENVIRONMENT_VARIABLE);
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
