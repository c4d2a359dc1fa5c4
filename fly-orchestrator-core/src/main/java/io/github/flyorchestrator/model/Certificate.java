package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A hostname's certificates ({@code CertificateDetail}; the custom-certificate delete answer adds {@code warning}).
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
 * @param warning a warning of the custom-certificate delete, else {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Certificate(
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
    @JsonProperty("warning") String warning) {

  /** Copies the collections ({@code null} becomes empty). */
  public Certificate {
    certificates = certificates == null ? List.of() : List.copyOf(certificates);
    validationErrors = validationErrors == null ? List.of() : List.copyOf(validationErrors);
  }
}
