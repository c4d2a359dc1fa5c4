package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A validation failure ({@code CertificateValidationError}).
 *
 * @param code error code
 * @param message what failed
 * @param remediation how to fix it
 * @param timestamp when, as the API sends it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateValidationError(
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("remediation") String remediation,
    @JsonProperty("timestamp") String timestamp) {
}
