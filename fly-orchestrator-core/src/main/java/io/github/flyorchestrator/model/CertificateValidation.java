package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which validation methods are configured ({@code CertificateValidation}).
 *
 * @param alpnConfigured TLS-ALPN
 * @param dnsConfigured DNS
 * @param httpConfigured HTTP
 * @param ownershipTxtConfigured ownership TXT
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateValidation(
    @JsonProperty("alpn_configured") Boolean alpnConfigured,
    @JsonProperty("dns_configured") Boolean dnsConfigured,
    @JsonProperty("http_configured") Boolean httpConfigured,
    @JsonProperty("ownership_txt_configured") Boolean ownershipTxtConfigured) {
}
