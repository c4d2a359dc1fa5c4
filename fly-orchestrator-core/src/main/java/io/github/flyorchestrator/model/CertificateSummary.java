package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One hostname of {@code GET /v1/apps/{app}/certificates} ({@code CertificateSummary}).
 *
 * @param hostname the hostname
 * @param status overall status
 * @param configured whether DNS is configured
 * @param acmeRequested whether a Fly (ACME) certificate was requested
 * @param acmeAlpnConfigured TLS-ALPN challenge ready
 * @param acmeDnsConfigured DNS-01 challenge ready
 * @param acmeHttpConfigured HTTP-01 challenge ready
 * @param ownershipTxtConfigured ownership TXT record present
 * @param hasCustomCertificate a custom certificate is installed
 * @param hasFlyCertificate a Fly-issued certificate is installed
 * @param dnsProvider detected DNS provider
 * @param createdAt creation time as the API sends it
 * @param updatedAt last update as the API sends it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateSummary(
    @JsonProperty("hostname") String hostname,
    @JsonProperty("status") String status,
    @JsonProperty("configured") Boolean configured,
    @JsonProperty("acme_requested") Boolean acmeRequested,
    @JsonProperty("acme_alpn_configured") Boolean acmeAlpnConfigured,
    @JsonProperty("acme_dns_configured") Boolean acmeDnsConfigured,
    @JsonProperty("acme_http_configured") Boolean acmeHttpConfigured,
    @JsonProperty("ownership_txt_configured") Boolean ownershipTxtConfigured,
    @JsonProperty("has_custom_certificate") Boolean hasCustomCertificate,
    @JsonProperty("has_fly_certificate") Boolean hasFlyCertificate,
    @JsonProperty("dns_provider") String dnsProvider,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt) {
}
