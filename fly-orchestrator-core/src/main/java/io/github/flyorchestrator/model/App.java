package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Fly app as {@code GET /v1/apps/{app_name}} returns it.
 *
 * <p>The API reports {@code status} as {@code pending}, {@code deployed} or {@code suspended}; it never reports
 * {@code active}. An app is usable as soon as {@code GET} answers 200.
 *
 * @param id app id
 * @param name app name
 * @param status {@code pending}, {@code deployed} or {@code suspended}
 * @param organization owning organization (may be {@code null})
 * @param machineCount number of machines (may be {@code null})
 * @param volumeCount number of volumes (may be {@code null})
 * @param network the app's private network name (may be {@code null})
 * @param internalNumericId Fly's numeric id (may be {@code null})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record App(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("status") String status,
    @JsonProperty("organization") Organization organization,
    @JsonProperty("machine_count") Integer machineCount,
    @JsonProperty("volume_count") Integer volumeCount,
    @JsonProperty("network") String network,
    @JsonProperty("internal_numeric_id") Long internalNumericId) {

  /** Status of an app that is created but has no deployed machine yet. */
  public static final String STATUS_PENDING = "pending";
  /** Status of an app with deployed machines. */
  public static final String STATUS_DEPLOYED = "deployed";
  /** Status of a suspended app. */
  public static final String STATUS_SUSPENDED = "suspended";

  /**
   * Whether the app has been deployed, the way fly-go defines it ({@code deployed} or {@code suspended}).
   *
   * @return {@code true} for status {@code deployed} or {@code suspended}
   */
  public boolean isDeployed() {
    return STATUS_DEPLOYED.equals(status) || STATUS_SUSPENDED.equals(status);
  }
}
