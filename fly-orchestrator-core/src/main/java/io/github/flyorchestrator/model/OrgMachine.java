package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A machine of {@code GET /v1/orgs/{org}/machines} ({@code OrgMachine}).
 *
 * @param id machine id
 * @param name machine name
 * @param appName the app it belongs to
 * @param state state
 * @param region region
 * @param instanceId instance id (deprecated, see version)
 * @param version version
 * @param privateIp 6PN address
 * @param createdAt creation time as the API sends it
 * @param updatedAt last update as the API sends it
 * @param config image, guest and metadata (absent with {@code summary})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrgMachine(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("app_name") String appName,
    @JsonProperty("state") String state,
    @JsonProperty("region") String region,
    @JsonProperty("instance_id") String instanceId,
    @JsonProperty("version") String version,
    @JsonProperty("private_ip") String privateIp,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt,
    @JsonProperty("config") MachineOverviewConfig config) {
}
