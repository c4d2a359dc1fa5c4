package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One version of a machine's configuration ({@code MachineVersion}).
 *
 * @param version the version id
 * @param userConfig the configuration of that version
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MachineVersion(
    @JsonProperty("version") String version,
    @JsonProperty("user_config") MachineConfig userConfig) {
}
