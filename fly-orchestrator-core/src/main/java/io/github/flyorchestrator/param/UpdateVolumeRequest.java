package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code PUT /v1/apps/{app}/volumes/{id}}. Fields left {@code null} are not sent (and not changed).
 *
 * @param autoBackupEnabled take scheduled snapshots
 * @param snapshotRetention days to keep snapshots
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateVolumeRequest(
    @JsonProperty("auto_backup_enabled") Boolean autoBackupEnabled,
    @JsonProperty("snapshot_retention") Integer snapshotRetention) {
}
