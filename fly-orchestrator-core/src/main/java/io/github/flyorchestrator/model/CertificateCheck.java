package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code POST /v1/apps/{app}/certificates/{hostname}/check} ({@code CertificateCheckResponse}): the
 * certificate state plus the DNS records Fly found.
 *
 * @param hostname the hostname
 * @param status overall status, e.g. {@code pending} or {@code ready}
 * @param configured whether DNS is configured for the hostname
 * @param acmeRequested whether a Fly (ACME) certificate was requested
 * @param dnsProvider the DNS provider Fly detected
 * @param certificates the certificates held for the hostname
 * @param dnsRequirements the DNS records the hostname needs
 * @param validation which validation methods are configured
 * @param validationErrors why validation failed, if it did
 * @param rateLimitedUntil when ACME issuance may be retried, if rate limited
 * @param dnsRecords the DNS records Fly resolved for the hostname
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateCheck(
    @JsonProperty("hostname") String hostname,
    @JsonProperty("status") String status,
    @JsonProperty("configured") Boolean configured,
    @JsonProperty("acme_requested") Boolean acmeRequested,
    @JsonProperty("dns_provider") String dnsProvider,
    @JsonProperty("certificates") List<CertificateEntry> certificates,
    @JsonProperty("dns_requirements") DnsRequirements dnsRequirements,
    @JsonProperty("validation") CertificateValidation validation,
    @JsonProperty("validation_errors") List<CertificateValidationError> validationErrors,
    @JsonProperty("rate_limited_until") String rateLimitedUntil,
    @JsonProperty("dns_records") DnsRecords dnsRecords) {

  /** Copies the collections ({@code null} becomes empty). */
  public CertificateCheck {
    certificates = certificates == null ? List.of() : List.copyOf(certificates);
    validationErrors = validationErrors == null ? List.of() : List.copyOf(validationErrors);
  }
}
