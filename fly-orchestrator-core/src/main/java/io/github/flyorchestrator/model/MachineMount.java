package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A volume mounted into a machine ({@code fly.MachineMount}).
 *
 * @param volume volume id
 * @param path mount path inside the machine
 * @param name volume name
 * @param sizeGb size in GB
 * @param additionalProperties fields this record does not model, kept for round trips
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MachineMount(
    @JsonProperty("volume") String volume,
    @JsonProperty("path") String path,
    @JsonProperty("name") String name,
    @JsonProperty("size_gb") Integer sizeGb,
    @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.NON_EMPTY)
    Map<String, Object> additionalProperties) {

  /** Copies the map so that the record stays immutable. */
  public MachineMount {
    additionalProperties = ModelCollections.copyOfNullable(additionalProperties);
  }
}
