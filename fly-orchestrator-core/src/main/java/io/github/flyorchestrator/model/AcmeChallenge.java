package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The ACME DNS-01 challenge record ({@code AcmeChallenge}).
 *
 * @param name record name
 * @param target CNAME target
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcmeChallenge(
    @JsonProperty("name") String name,
    @JsonProperty("target") String target) {
}
