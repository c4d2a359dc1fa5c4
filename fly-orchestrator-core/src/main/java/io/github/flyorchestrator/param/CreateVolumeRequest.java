package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flyorchestrator.model.GuestConfig;
import java.util.Objects;

/**
 * Body of {@code POST /v1/apps/{app}/volumes}. Fields left {@code null} are not sent.
 *
 * @param name volume name (required)
 * @param region region code
 * @param sizeGb size in GB
 * @param encrypted encrypt the volume (Fly's default is {@code true})
 * @param fstype file system type
 * @param requireUniqueZone place it in a zone no other volume of the same name uses
 * @param uniqueZoneAppWide apply the unique-zone rule across the whole app
 * @param snapshotId restore from this snapshot
 * @param sourceVolumeId fork from this volume
 * @param snapshotRetention days to keep snapshots
 * @param autoBackupEnabled take scheduled snapshots (Fly's default is {@code true})
 * @param compute guest of the machine the volume is meant for
 * @param computeImage image of the machine the volume is meant for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVolumeRequest(
    @JsonProperty("name") String name,
    @JsonProperty("region") String region,
    @JsonProperty("size_gb") Integer sizeGb,
    @JsonProperty("encrypted") Boolean encrypted,
    @JsonProperty("fstype") String fstype,
    @JsonProperty("require_unique_zone") Boolean requireUniqueZone,
    @JsonProperty("unique_zone_app_wide") Boolean uniqueZoneAppWide,
    @JsonProperty("snapshot_id") String snapshotId,
    @JsonProperty("source_volume_id") String sourceVolumeId,
    @JsonProperty("snapshot_retention") Integer snapshotRetention,
    @JsonProperty("auto_backup_enabled") Boolean autoBackupEnabled,
    @JsonProperty("compute") GuestConfig compute,
    @JsonProperty("compute_image") String computeImage) {

  /** Validates that a name is present. */
  public CreateVolumeRequest {
    Objects.requireNonNull(name, "name must not be null");
  }

  /**
   * A request with name, region and size only.
   *
   * @param name volume name
   * @param region region code
   * @param sizeGb size in GB
   * @return the request
   */
  public static CreateVolumeRequest of(String name, String region, int sizeGb) {
    return new CreateVolumeRequest(name, region, sizeGb, null, null, null, null, null, null, null, null, null, null);
  }
}
