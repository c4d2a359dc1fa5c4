package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The ownership TXT record ({@code OwnershipVerification}).
 *
 * @param name record name
 * @param appValue value proving the app owns the hostname
 * @param orgValue value proving the organization owns it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OwnershipVerification(
    @JsonProperty("name") String name,
    @JsonProperty("app_value") String appValue,
    @JsonProperty("org_value") String orgValue) {
}
