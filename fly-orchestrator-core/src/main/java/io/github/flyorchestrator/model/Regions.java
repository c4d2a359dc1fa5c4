package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code GET /v1/platform/regions} ({@code main.regionResponse}).
 *
 * @param nearest the region nearest to the caller
 * @param regions the regions
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Regions(
    @JsonProperty("nearest") String nearest,
    @JsonProperty("regions") List<Region> regions) {

  /** Copies the collections ({@code null} becomes empty). */
  public Regions {
    regions = regions == null ? List.of() : List.copyOf(regions);
  }
}
