package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of {@code PUT /v1/apps/{app}/volumes/{id}/extend} ({@code ExtendVolumeResponse}).
 *
 * @param needsRestart whether the attached machine must restart to see the new size
 * @param volume the extended volume
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtendVolumeResult(
    @JsonProperty("needs_restart") Boolean needsRestart,
    @JsonProperty("volume") Volume volume) {
}
