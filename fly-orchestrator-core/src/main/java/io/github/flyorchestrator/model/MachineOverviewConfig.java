package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The configuration overview of an org-wide machine listing ({@code MachineOverviewConfig}).
 *
 * @param image image
 * @param guest guest size
 * @param metadata metadata
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MachineOverviewConfig(
    @JsonProperty("image") String image,
    @JsonProperty("guest") GuestConfig guest,
    @JsonProperty("metadata") Map<String, String> metadata) {

  /** Copies the collections ({@code null} becomes empty). */
  public MachineOverviewConfig {
    metadata = ModelCollections.copyOfNullable(metadata);
  }
}
