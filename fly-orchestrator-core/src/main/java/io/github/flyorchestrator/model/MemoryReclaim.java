package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of a memory reclaim ({@code main.reclaimMemoryResponse}).
 *
 * @param actualMb memory actually reclaimed, in MB
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemoryReclaim(
    @JsonProperty("actual_mb") Long actualMb) {
}
