package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An app secret ({@code AppSecret}). The API sends {@code value} only when asked to show secrets; {@link #toString()}
 * never shows it.
 *
 * @param name secret name
 * @param digest digest of the value
 * @param createdAt creation time as the API sends it
 * @param updatedAt last update time as the API sends it
 * @param value the value, usually {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSecret(
    @JsonProperty("name") String name,
    @JsonProperty("digest") String digest,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt,
    @JsonProperty("value") String value) {

  /** Hides the value. */
  @Override
  public String toString() {
    return "AppSecret[name=" + name + ", digest=" + digest + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt
        + ", value=" + (value == null ? "null" : "****") + "]";
  }
}
