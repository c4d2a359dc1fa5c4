package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Optional body of {@code POST /v1/tokens/oidc} ({@code CreateOIDCTokenRequest}). {@link #DEFAULT} sends nothing;
 * a part left unset ({@code null}) is not sent.
 *
 * @param audience the {@code aud} claim, e.g. {@code https://fly.io/org-slug}, or {@code null} for Fly's default
 * @param awsPrincipalTags add AWS principal tags to the token, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OidcTokenRequest(
    @JsonProperty("aud") String audience,
    @JsonProperty("aws_principal_tags") Boolean awsPrincipalTags) {

  /** Fly's defaults. */
  public static final OidcTokenRequest DEFAULT = new OidcTokenRequest(null, null);

  /**
   * @param aud the audience claim
   * @return a copy with this audience
   */
  public OidcTokenRequest withAudience(String aud) {
    return new OidcTokenRequest(aud, awsPrincipalTags);
  }

  /**
   * @param tags add AWS principal tags to the token
   * @return a copy with this flag
   */
  public OidcTokenRequest withAwsPrincipalTags(boolean tags) {
    return new OidcTokenRequest(audience, tags);
  }
}
