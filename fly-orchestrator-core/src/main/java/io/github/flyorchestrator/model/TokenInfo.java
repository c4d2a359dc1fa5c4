package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What one of the presented tokens may access ({@code main.tokenInfo} of {@code GET /v1/tokens/current}). Holds no
 * secret: the token itself is never part of the response.
 *
 * @param tokenId token id
 * @param orgSlug organization slug the token belongs to
 * @param organization organization id or name
 * @param apps apps the token is restricted to (empty: not restricted by app)
 * @param user user identifier, when the token is a user's
 * @param restrictedToMachine machine the token is restricted to, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenInfo(
    @JsonProperty("token_id") String tokenId,
    @JsonProperty("org_slug") String orgSlug,
    @JsonProperty("organization") String organization,
    @JsonProperty("apps") List<String> apps,
    @JsonProperty("user") String user,
    @JsonProperty("restricted_to_machine") String restrictedToMachine) {

  /** Copies the apps list. */
  public TokenInfo {
    apps = apps == null ? List.of() : List.copyOf(apps);
  }
}
