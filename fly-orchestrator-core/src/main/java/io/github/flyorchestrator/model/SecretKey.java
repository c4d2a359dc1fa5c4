package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An app's secret key as the API describes it ({@code SecretKey}): never the private material, only the public key of
 * asymmetric types. Byte fields are read from base64 strings (what Fly's Go server writes) or integer arrays (the
 * OpenAPI document's notation); the record copies them, and its {@code equals} compares the arrays by identity.
 *
 * @param name key name
 * @param type key type, e.g. {@code ed25519}, {@code hs256}, {@code nacl_box}
 * @param publicKey the public key of an asymmetric key, else {@code null}
 * @param createdAt creation time as the API sends it
 * @param updatedAt last update as the API sends it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecretKey(
    @JsonProperty("name") String name,
    @JsonProperty("type") String type,
    @JsonProperty("public_key") byte[] publicKey,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt) {

  /** Copies the public key. */
  public SecretKey {
    publicKey = publicKey == null ? null : publicKey.clone();
  }

  /** @return a copy of the public key, or {@code null} */
  @Override
  public byte[] publicKey() {
    return publicKey == null ? null : publicKey.clone();
  }
}
