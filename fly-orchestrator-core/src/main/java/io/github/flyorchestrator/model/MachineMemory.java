package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A machine's memory ({@code main.memoryResponse}).
 *
 * @param availableMb memory available, in MB
 * @param limitMb the current limit, in MB
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MachineMemory(
    @JsonProperty("available_mb") Long availableMb,
    @JsonProperty("limit_mb") Long limitMb) {
}
