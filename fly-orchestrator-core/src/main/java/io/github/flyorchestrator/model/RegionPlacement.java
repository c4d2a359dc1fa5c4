package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where machines could be placed in one region ({@code placement.RegionPlacement}).
 *
 * @param region region code
 * @param count machines that fit
 * @param concurrency how many could be created at once
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegionPlacement(
    @JsonProperty("region") String region,
    @JsonProperty("count") Integer count,
    @JsonProperty("concurrency") Integer concurrency) {
}
