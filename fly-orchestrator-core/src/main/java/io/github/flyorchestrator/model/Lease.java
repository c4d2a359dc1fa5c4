package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A machine lease. The live API wraps it in a {@code {"status":"success","data":{...}}} envelope (the OpenAPI
 * document's flat schema is wrong about that); the client unwraps it.
 *
 * @param nonce the nonce to send as {@code fly-machine-lease-nonce} on mutations while the lease is held
 * @param expiresAt expiry in unix seconds
 * @param owner who holds the lease (an email or token owner)
 * @param description what the lease is for
 * @param version the machine version the lease was taken on
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Lease(
    @JsonProperty("nonce") String nonce,
    @JsonProperty("expires_at") Long expiresAt,
    @JsonProperty("owner") String owner,
    @JsonProperty("description") String description,
    @JsonProperty("version") String version) {

  /** Hides the nonce: it authorizes mutations of the machine. */
  @Override
  public String toString() {
    return "Lease[nonce=" + (nonce == null ? "null" : "****") + ", expiresAt=" + expiresAt + ", owner=" + owner
        + ", description=" + description + ", version=" + version + "]";
  }
}
