package io.github.flyorchestrator.client;

import java.util.Objects;

/**
 * The {@code Authorization} header value for a Fly API token.
 *
 * <p>A token that already names its scheme ({@code Bearer ...} or {@code FlyV1 ...}) is used as it is. A macaroon
 * token (prefix {@code fm1r_}, {@code fm1a_} or {@code fm2_}, alone or as a comma-joined list) is sent as
 * {@code FlyV1 <token>}, because Fly rejects raw macaroons under {@code Bearer}. Anything else is sent as
 * {@code Bearer <token>}. {@link #toString()} never shows the token.
 */
public final class FlyAuthorization {

  private static final String BEARER = "Bearer ";
  private static final String FLY_V1 = "FlyV1 ";
  private static final String[] MACAROON_PREFIXES = {"fm1r_", "fm1a_", "fm2_"};

  private final String headerValue;

  private FlyAuthorization(String headerValue) {
    this.headerValue = headerValue;
  }

  /**
   * Computes the header value for a token.
   *
   * @param token the API token as configured (surrounding whitespace is ignored)
   * @return the authorization
   */
  public static FlyAuthorization forToken(String token) {
    Objects.requireNonNull(token, "token must not be null");
    String trimmed = token.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    if (startsWithIgnoreCase(trimmed, BEARER) || startsWithIgnoreCase(trimmed, FLY_V1)) {
      return new FlyAuthorization(trimmed);
    }
    if (isMacaroon(trimmed)) {
      return new FlyAuthorization(FLY_V1 + trimmed);
    }
    return new FlyAuthorization(BEARER + trimmed);
  }

  /** @return the value to send in the {@code Authorization} header */
  public String headerValue() {
    return headerValue;
  }

  /** @return the scheme that will be sent, {@code Bearer} or {@code FlyV1} */
  public String scheme() {
    int space = headerValue.indexOf(' ');
    return space < 0 ? headerValue : headerValue.substring(0, space);
  }

  private static boolean isMacaroon(String token) {
    for (String part : token.split(",")) {
      String candidate = part.strip();
      for (String prefix : MACAROON_PREFIXES) {
        if (candidate.startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWithIgnoreCase(String value, String prefix) {
    return value.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** Shows the scheme only, never the token. */
  @Override
  public String toString() {
    return "FlyAuthorization[scheme=" + scheme() + ", token=****]";
  }
}
