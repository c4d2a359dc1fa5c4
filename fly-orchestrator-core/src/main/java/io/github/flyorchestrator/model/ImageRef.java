package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The resolved image of a machine.
 *
 * @param registry registry host
 * @param repository repository
 * @param tag tag
 * @param digest content digest
 * @param labels image labels
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageRef(
    @JsonProperty("registry") String registry,
    @JsonProperty("repository") String repository,
    @JsonProperty("tag") String tag,
    @JsonProperty("digest") String digest,
    @JsonProperty("labels") Map<String, String> labels) {

  /** Copies the labels so that the record stays immutable. */
  public ImageRef {
    labels = labels == null ? null : ModelCollections.copyOfNullable(labels);
  }
}
