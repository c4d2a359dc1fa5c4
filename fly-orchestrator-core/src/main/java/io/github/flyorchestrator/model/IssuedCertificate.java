package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One issued key type of a certificate ({@code IssuedCertificate}).
 *
 * @param type {@code rsa} or {@code ecdsa}
 * @param certificateAuthority the issuing authority
 * @param expiresAt expiry as the API sends it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssuedCertificate(
    @JsonProperty("type") String type,
    @JsonProperty("certificate_authority") String certificateAuthority,
    @JsonProperty("expires_at") String expiresAt) {
}
