package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The organization that owns an app.
 *
 * @param name display name
 * @param slug the org slug used in API calls (e.g. {@code personal})
 * @param internalNumericId Fly's numeric id of the organization
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organization(
    @JsonProperty("name") String name,
    @JsonProperty("slug") String slug,
    @JsonProperty("internal_numeric_id") Long internalNumericId) {
}
