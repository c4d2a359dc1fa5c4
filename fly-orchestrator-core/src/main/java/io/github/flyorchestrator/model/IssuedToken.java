package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A token the API issued: an app deploy token ({@code CreateAppResponse}), a KMS (Petsem) token or an OIDC token (the
 * latter two arrive as plain text). {@link #toString()} never shows it.
 *
 * @param token the token; a credential, keep it out of logs
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssuedToken(@JsonProperty("token") String token) {

  /**
   * Validates that the token is present.
   *
   * @throws NullPointerException when {@code token} is {@code null}
   */
  public IssuedToken {
    Objects.requireNonNull(token, "token must not be null");
  }

  /** @return {@code IssuedToken[token=<redacted>, length=N]} */
  @Override
  public String toString() {
    return "IssuedToken[token=<redacted>, length=" + token.length() + "]";
  }
}
