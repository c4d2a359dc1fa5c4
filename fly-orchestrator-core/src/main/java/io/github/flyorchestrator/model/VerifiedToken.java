package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A macaroon the API verified ({@code root.VerifiedToken}). The header and the permission token are credentials:
 * {@link #toString()} never shows them. The record copies the permission token; its {@code equals} compares that
 * array by identity.
 *
 * @param header the verified token header; a credential
 * @param caveats the token's caveats ({@code macaroon.CaveatSet}, as JSON)
 * @param nonce the token's nonce ({@code macaroon.Nonce}, as JSON)
 * @param permissionToken the permission token; a credential
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifiedToken(
    @JsonProperty("header") String header,
    @JsonProperty("caveats") Map<String, Object> caveats,
    @JsonProperty("nonce") Map<String, Object> nonce,
    @JsonProperty("permission_token") byte[] permissionToken) {

  /** Copies the maps and the permission token. */
  public VerifiedToken {
    caveats = ModelCollections.copyOfNullable(caveats);
    nonce = ModelCollections.copyOfNullable(nonce);
    permissionToken = permissionToken == null ? null : permissionToken.clone();
  }

  /** @return a copy of the permission token, or {@code null} */
  @Override
  public byte[] permissionToken() {
    return permissionToken == null ? null : permissionToken.clone();
  }

  /** @return the caveats and nonce; the header and permission token redacted */
  @Override
  public String toString() {
    return "VerifiedToken[header=<redacted>, caveats=" + caveats + ", nonce=" + nonce
        + ", permissionToken=<redacted>]";
  }
}
