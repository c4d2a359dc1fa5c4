package io.github.flyorchestrator.internal.client;

import java.util.regex.Pattern;

/**
 * Checks identifiers before they are put into a request, so that a bad value never reaches the API and can never
 * change the request's path: no {@code /}, {@code ..}, {@code %}, whitespace or control characters.
 *
 * <p>The rules: app names and organization slugs are letters, digits, {@code -} and {@code _}, starting with a letter
 * or digit, at most 63 characters (an app name is a DNS label in {@code <app>.fly.dev}); machine and volume ids are
 * letters, digits, {@code -} and {@code _} (Fly's are hex strings and {@code vol_...}), at most 64; secret names are
 * environment-variable style ({@code [A-Za-z_][A-Za-z0-9_]*}, at most 256); metadata keys are letters, digits,
 * {@code -}, {@code _} and {@code .} without {@code ..}, at most 256, and so are secret key names; hostnames are DNS
 * labels joined by dots, with an optional leading {@code *.}, at most 253; IP addresses are hex digits, {@code :} and
 * {@code .}, at most 45; a lease nonce is visible ASCII, at most 256.
 * Fly's own rules may be stricter; these only refuse what can never be valid or safe.
 */
public final class FlyNames {

  private static final Pattern APP_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");
  private static final Pattern RESOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,255}");
  private static final Pattern METADATA_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,255}");
  private static final Pattern HOSTNAME = Pattern.compile(
      "(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
  private static final Pattern IP_ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final Pattern SECRET_KEY_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,255}");
  private static final Pattern LEASE_NONCE = Pattern.compile("[!-$&-~]{1,256}");

  private FlyNames() {
  }

  /**
   * Validates an app name.
   *
   * @param parameter the parameter name used in the exception message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code parameter} when the value is not acceptable
   */
  public static String requireAppName(String parameter, String value) {
    return require(APP_NAME, parameter, value, "an app name (letters, digits, '-', '_'; at most 63)");
  }

  /**
   * Validates an organization slug.
   *
   * @param parameter the parameter name used in the exception message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code parameter} when the value is not acceptable
   */
  public static String requireOrgSlug(String parameter, String value) {
    return require(APP_NAME, parameter, value, "an organization slug (letters, digits, '-', '_'; at most 63)");
  }

  /**
   * Validates a machine or volume id.
   *
   * @param parameter the parameter name used in the exception message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code parameter} when the value is not acceptable
   */
  public static String requireResourceId(String parameter, String value) {
    return require(RESOURCE_ID, parameter, value, "an id (letters, digits, '-', '_'; at most 64)");
  }

  /**
   * Validates a secret name.
   *
   * @param parameter the parameter name used in the exception message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code parameter} when the value is not acceptable
   */
  public static String requireSecretName(String parameter, String value) {
    return require(SECRET_NAME, parameter, value, "a secret name ([A-Za-z_][A-Za-z0-9_]*, at most 256)");
  }

  /**
   * Validates a machine metadata key.
   *
   * @param parameter the parameter name used in the exception message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code parameter} when the value is not acceptable
   */
  public static String requireMetadataKey(String parameter, String value) {
    String checked = require(METADATA_KEY, parameter, value,
        "a metadata key (letters, digits, '-', '_', '.'; at most 256)");
    if (checked.contains("..")) {
      throw new IllegalArgumentException(parameter + " must not contain '..'");
    }
    return checked;
  }

  /**
   * Validates a hostname (of a certificate).
   *
   * @param parameter the parameter name used in the exception message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code parameter} when the value is not acceptable
   */
  public static String requireHostname(String parameter, String value) {
    String checked = require(HOSTNAME, parameter, value, "a hostname (DNS labels joined by '.'; at most 253)");
    if (checked.length() > 253) {
      throw new IllegalArgumentException(parameter + " is longer than 253 characters");
    }
    return checked;
  }

  /**
   * Validates an IPv4 or IPv6 address.
   *
   * @param parameter the parameter name used in the exception message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code parameter} when the value is not acceptable
   */
  public static String requireIpAddress(String parameter, String value) {
    String checked = require(IP_ADDRESS, parameter, value, "an IP address (hex digits, ':', '.'; at most 45)");
    if (checked.contains("..")) {
      throw new IllegalArgumentException(parameter + " must not contain '..'");
    }
    return checked;
  }

  /**
   * Validates a secret key name.
   *
   * @param parameter the parameter name used in the exception message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code parameter} when the value is not acceptable
   */
  public static String requireSecretKeyName(String parameter, String value) {
    String checked = require(SECRET_KEY_NAME, parameter, value,
        "a secret key name (letters, digits, '-', '_', '.'; at most 256)");
    if (checked.contains("..")) {
      throw new IllegalArgumentException(parameter + " must not contain '..'");
    }
    return checked;
  }

  /**
   * Validates a lease nonce (sent as a header value).
   *
   * @param parameter the parameter name used in the exception message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code parameter} when the value is not acceptable
   */
  public static String requireLeaseNonce(String parameter, String value) {
    return require(LEASE_NONCE, parameter, value, "a lease nonce (visible ASCII without '%', at most 256)");
  }

  private static String require(Pattern pattern, String parameter, String value, String expected) {
    if (value == null) {
      throw new IllegalArgumentException(parameter + " must not be null");
    }
    if (!pattern.matcher(value).matches()) {
      // The value itself is left out: it may be a secret-like string (a nonce) or contain control characters.
      throw new IllegalArgumentException(parameter + " is not " + expected + " (length " + value.length() + ")");
    }
    return value;
  }
}
