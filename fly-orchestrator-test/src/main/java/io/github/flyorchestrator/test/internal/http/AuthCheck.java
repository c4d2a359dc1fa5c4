package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ApiVariants;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Checks the {@code Authorization} header: a {@code Bearer} or {@code FlyV1} scheme (or none) and a non-empty token,
 * which must equal the configured one, or one the simulator issued, when there is one. Under
 * {@link ApiVariants.TokenCheck#STRICT} a macaroon ({@code fm1r_}, {@code fm1a_}, {@code fm2_}, alone or in a
 * comma-joined list, as fly-go's {@code tokens.Parse} recognises them) sent as {@code Bearer} is refused as Fly
 * refuses it.
 */
final class AuthCheck {

  /** The 401 text for a missing or wrong token. */
  static final String INVALID_TOKEN_ERROR = "Authenticate: token validation error";

  private static final List<String> SCHEMES = List.of("bearer", "flyv1");
  private static final List<String> MACAROON_PREFIXES = List.of("fm1r_", "fm1a_", "fm2_");

  private final String token;
  private final Predicate<String> issued;

  /**
   * @param token the only accepted token besides those the simulator issued, or {@code null} for any non-empty token
   * @param issued whether the simulator issued a token (e.g. a deploy token)
   */
  AuthCheck(String token, Predicate<String> issued) {
    this.token = token;
    this.issued = issued;
  }

  /**
   * @param authorization the header, or {@code null}
   * @param mode how strictly the scheme is checked
   * @return {@code null} when the request may proceed, otherwise the {@code error} text of the 401
   */
  String refusal(String authorization, ApiVariants.TokenCheck mode) {
    if (authorization == null) {
      return INVALID_TOKEN_ERROR;
    }
    String value = authorization.trim();
    int space = value.indexOf(' ');
    String scheme = (space < 0 ? value : value.substring(0, space)).toLowerCase(Locale.ROOT);
    if (SCHEMES.contains(scheme)) {
      value = space < 0 ? "" : value.substring(space + 1).trim();
    } else {
      scheme = "";
    }
    if (value.isEmpty() || (token != null && !token.equals(value) && !issued.test(value))) {
      return INVALID_TOKEN_ERROR;
    }
    if (mode == ApiVariants.TokenCheck.STRICT && "bearer".equals(scheme) && containsMacaroon(value)) {
      return ApiVariants.TokenCheck.MACAROON_AS_BEARER_ERROR;
    }
    return null;
  }

  private static boolean containsMacaroon(String tokens) {
    return Arrays.stream(tokens.split(",")).map(String::trim)
        .anyMatch(part -> MACAROON_PREFIXES.stream().anyMatch(part::startsWith));
  }
}
