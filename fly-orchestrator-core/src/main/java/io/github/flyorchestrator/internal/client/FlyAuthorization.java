package io.github.flyorchestrator.internal.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Authorization} header value for a Fly API token, normalised the way Fly's own Go client reads a token
 * (fly-go {@code tokens.Parse} and {@code FlapsHeader}).
 *
 * <ol>
 *   <li>Any leading {@code Bearer} or {@code FlyV1} scheme the value already carries is dropped, in any letter case
 *       and as often as it repeats ({@code "Bearer FlyV1 fm2_..."} too).</li>
 *   <li>The rest is split at commas into tokens; blank pieces are ignored. A token whose text before its first
 *       {@code _} is {@code fm1r}, {@code fm1a} or {@code fm2} is a macaroon; any other token is a user token.</li>
 *   <li>When at least one macaroon is present, the header is {@code FlyV1 } followed by only the macaroons,
 *       comma-joined (user tokens are dropped: the Machines API does not take them together). Otherwise it is
 *       {@code Bearer } followed by the user tokens, comma-joined.</li>
 * </ol>
 *
 * <p>So {@code "Bearer fm2_abc"} goes out as {@code FlyV1 fm2_abc}: Fly refuses a macaroon sent as {@code Bearer}.
 * {@link #toString()} never shows the token.
 */
public final class FlyAuthorization {

  private static final String BEARER = "Bearer";
  private static final String FLY_V1 = "FlyV1";
  private static final List<String> MACAROON_KINDS = List.of("fm1r", "fm1a", "fm2");
  private static final Pattern UNRESOLVED_PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

  private final String headerValue;

  private FlyAuthorization(String headerValue) {
    this.headerValue = headerValue;
  }

  /**
   * Computes the header value for a token.
   *
   * @param token the API token as configured (surrounding whitespace and a given scheme are ignored)
   * @return the authorization
   * @throws IllegalArgumentException when the value holds no token, or still holds an unresolved {@code ${...}}
   *     placeholder (the message never shows the value)
   */
  public static FlyAuthorization forToken(String token) {
    Objects.requireNonNull(token, "token must not be null");
    if (hasUnresolvedPlaceholder(token)) {
      throw new IllegalArgumentException("token is an unresolved ${...} placeholder, not a token");
    }
    List<String> macaroons = new ArrayList<>();
    List<String> userTokens = new ArrayList<>();
    for (String piece : stripScheme(token).split(",")) {
      String candidate = piece.strip();
      if (candidate.isEmpty()) {
        continue;
      }
      (isMacaroon(candidate) ? macaroons : userTokens).add(candidate);
    }
    if (!macaroons.isEmpty()) {
      return new FlyAuthorization(FLY_V1 + " " + String.join(",", macaroons));
    }
    if (userTokens.isEmpty()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    return new FlyAuthorization(BEARER + " " + String.join(",", userTokens));
  }

  /**
   * Whether a configured value still contains a {@code ${...}} placeholder that nothing resolved, as Spring leaves
   * {@code fly.token: ${FLY_API_TOKEN}} when the variable is unset. Such a value is no token.
   *
   * @param value a configured value, or {@code null}
   * @return {@code true} when the value contains {@code ${...}}
   */
  public static boolean hasUnresolvedPlaceholder(String value) {
    return !unresolvedPlaceholders(value).isEmpty();
  }

  /**
   * The {@code ${...}} placeholders a configured value still contains, for messages that must not show the rest of
   * the value.
   *
   * @param value a configured value, or {@code null}
   * @return the placeholders in order, e.g. {@code [${FLY_API_TOKEN}]}; empty when there is none
   */
  public static List<String> unresolvedPlaceholders(String value) {
    if (value == null) {
      return List.of();
    }
    List<String> placeholders = new ArrayList<>();
    Matcher matcher = UNRESOLVED_PLACEHOLDER.matcher(value);
    while (matcher.find()) {
      placeholders.add(matcher.group());
    }
    return placeholders;
  }

  /** @return the value to send in the {@code Authorization} header */
  public String headerValue() {
    return headerValue;
  }

  /** The scheme that will be sent, {@code Bearer} or {@code FlyV1}. */
  private String scheme() {
    return headerValue.substring(0, headerValue.indexOf(' '));
  }

  /** Drops leading {@code Bearer}/{@code FlyV1} words (any case, repeated); a value that is only a scheme is empty. */
  private static String stripScheme(String value) {
    String rest = value.strip();
    while (true) {
      int space = rest.indexOf(' ');
      String first = space < 0 ? rest : rest.substring(0, space);
      if (!first.equalsIgnoreCase(BEARER) && !first.equalsIgnoreCase(FLY_V1)) {
        return rest;
      }
      rest = space < 0 ? "" : rest.substring(space + 1).strip();
    }
  }

  private static boolean isMacaroon(String token) {
    int underscore = token.indexOf('_');
    return underscore > 0 && MACAROON_KINDS.contains(token.substring(0, underscore));
  }

  /** Shows the scheme only, never the token. */
  @Override
  public String toString() {
    return "FlyAuthorization[scheme=" + scheme() + ", token=****]";
  }
}
