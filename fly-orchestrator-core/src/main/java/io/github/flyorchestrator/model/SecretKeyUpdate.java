package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of setting, generating or deleting a secret key ({@code SetSecretkeyResponse},
 * {@code DeleteSecretkeyResponse}; the delete answer carries the version only). Never the private material.
 *
 * @param name key name
 * @param type key type
 * @param version the app's secrets version after the change
 * @param publicKey the public key of an asymmetric key, else {@code null}
 * @param createdAt creation time as the API sends it
 * @param updatedAt last update as the API sends it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecretKeyUpdate(
    @JsonProperty("name") String name,
    @JsonProperty("type") String type,
    @JsonProperty("version") Long version,
    @JsonProperty("public_key") byte[] publicKey,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt) {

  /** Copies the public key. */
  public SecretKeyUpdate {
    publicKey = publicKey == null ? null : publicKey.clone();
  }

  /** @return a copy of the public key, or {@code null} */
  @Override
  public byte[] publicKey() {
    return publicKey == null ? null : publicKey.clone();
  }
}
