package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The answer of {@code POST /v1/tokens/authorize} ({@code authorizeResponse}).
 *
 * @param access the access the token grants for the request ({@code flyio.Access}, as JSON)
 * @param verifiedToken the verified token
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenAuthorization(
    @JsonProperty("access") Map<String, Object> access,
    @JsonProperty("verified_token") VerifiedToken verifiedToken) {

  /** Copies the collections ({@code null} becomes empty). */
  public TokenAuthorization {
    access = ModelCollections.copyOfNullable(access);
  }
}
