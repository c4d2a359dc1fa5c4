package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code PUT /v1/apps/{app}/volumes/{id}}. Start from {@link #NO_CHANGE} and set what should change, e.g.
 * {@code UpdateVolumeRequest.NO_CHANGE.withSnapshotRetention(14)}; a part left unset ({@code null}) is not sent and
 * not changed.
 *
 * @param autoBackupEnabled take scheduled snapshots
 * @param snapshotRetention days to keep snapshots
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateVolumeRequest(
    @JsonProperty("auto_backup_enabled") Boolean autoBackupEnabled,
    @JsonProperty("snapshot_retention") Integer snapshotRetention) {

  /** Changes nothing. */
  public static final UpdateVolumeRequest NO_CHANGE = new UpdateVolumeRequest(null, null);

  /**
   * A copy that turns scheduled snapshots on or off.
   *
   * @param enabled take scheduled snapshots
   * @return the copy
   */
  public UpdateVolumeRequest withAutoBackupEnabled(boolean enabled) {
    return new UpdateVolumeRequest(enabled, snapshotRetention);
  }

  /**
   * A copy that sets how long snapshots are kept.
   *
   * @param days days to keep snapshots
   * @return the copy
   */
  public UpdateVolumeRequest withSnapshotRetention(int days) {
    return new UpdateVolumeRequest(autoBackupEnabled, days);
  }
}
