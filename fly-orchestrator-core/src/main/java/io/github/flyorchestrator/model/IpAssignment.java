package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An IP address assigned to an app ({@code IPAssignment}).
 *
 * @param ip the address
 * @param region region, or {@code global}
 * @param serviceName service it is bound to
 * @param shared whether it is a shared IPv4 address
 * @param createdAt creation time as the API sends it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IpAssignment(
    @JsonProperty("ip") String ip,
    @JsonProperty("region") String region,
    @JsonProperty("service_name") String serviceName,
    @JsonProperty("shared") Boolean shared,
    @JsonProperty("created_at") String createdAt) {
}
