package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flyorchestrator.model.GuestConfig;
import java.util.Map;
import java.util.Objects;

/**
 * Body of {@code POST /v1/platform/placements} ({@code main.getPlacementsRequest}): where machines of a given size
 * could be placed. Build it with {@link #of(String)} or {@link #builder(String)}; a part left unset ({@code null}) is
 * not sent.
 *
 * @param orgSlug the organization (required)
 * @param region region expression, e.g. {@code lhr,eu}, or {@code null} for the API's default
 * @param count machines to place, or {@code null} for the organization's limit per region
 * @param compute guest of the machines, or {@code null} for a performance-1x machine
 * @param volumeName volume name the machines need, or {@code null}
 * @param volumeSizeBytes volume size the machines need, or {@code null}
 * @param weights weights overriding the placement preferences, e.g. {@code region=1000}; empty for none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlacementRequest(
    @JsonProperty("org_slug") String orgSlug,
    @JsonProperty("region") String region,
    @JsonProperty("count") Integer count,
    @JsonProperty("compute") GuestConfig compute,
    @JsonProperty("volume_name") String volumeName,
    @JsonProperty("volume_size_bytes") Long volumeSizeBytes,
    @JsonProperty("weights") Map<String, Integer> weights) {

  /**
   * Validates the organization and copies the weights.
   *
   * @throws NullPointerException when {@code orgSlug} is {@code null}
   */
  public PlacementRequest {
    Objects.requireNonNull(orgSlug, "orgSlug must not be null");
    weights = weights == null ? Map.of() : Map.copyOf(weights);
  }

  /**
   * @param orgSlug the organization
   * @return a request with the API's defaults
   */
  public static PlacementRequest of(String orgSlug) {
    return builder(orgSlug).build();
  }

  /**
   * @param orgSlug the organization
   * @return a builder
   */
  public static Builder builder(String orgSlug) {
    return new Builder(orgSlug);
  }

  /** Builder of {@link PlacementRequest}; what is not set is not sent. Not thread-safe. */
  public static final class Builder {
    private final String orgSlug;
    private String region;
    private Integer count;
    private GuestConfig compute;
    private String volumeName;
    private Long volumeSizeBytes;
    private Map<String, Integer> weights;

    private Builder(String orgSlug) {
      this.orgSlug = orgSlug;
    }

    /**
     * @param expression region expression, e.g. {@code lhr,eu}
     * @return this builder
     */
    public Builder region(String expression) {
      this.region = expression;
      return this;
    }

    /**
     * @param machines machines to place
     * @return this builder
     */
    public Builder count(int machines) {
      this.count = machines;
      return this;
    }

    /**
     * @param guest guest of the machines
     * @return this builder
     */
    public Builder compute(GuestConfig guest) {
      this.compute = guest;
      return this;
    }

    /**
     * @param name volume name the machines need
     * @param sizeBytes volume size the machines need
     * @return this builder
     */
    public Builder volume(String name, long sizeBytes) {
      this.volumeName = name;
      this.volumeSizeBytes = sizeBytes;
      return this;
    }

    /**
     * @param preferenceWeights weights overriding the placement preferences
     * @return this builder
     */
    public Builder weights(Map<String, Integer> preferenceWeights) {
      this.weights = preferenceWeights;
      return this;
    }

    /**
     * @return the request
     * @throws NullPointerException when no organization was given
     */
    public PlacementRequest build() {
      return new PlacementRequest(orgSlug, region, count, compute, volumeName, volumeSizeBytes, weights);
    }
  }
}
