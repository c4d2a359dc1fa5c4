package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One certificate of a hostname ({@code CertificateEntry}).
 *
 * @param source {@code fly} or {@code custom}
 * @param status {@code active}, {@code pending_ownership} or {@code pending_validation}
 * @param issuer issuer
 * @param createdAt creation time as the API sends it
 * @param expiresAt expiry as the API sends it
 * @param issued the issued key types
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateEntry(
    @JsonProperty("source") String source,
    @JsonProperty("status") String status,
    @JsonProperty("issuer") String issuer,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("expires_at") String expiresAt,
    @JsonProperty("issued") List<IssuedCertificate> issued) {

  /** Copies the collections ({@code null} becomes empty). */
  public CertificateEntry {
    issued = issued == null ? List.of() : List.copyOf(issued);
  }
}
