package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A volume of {@code GET /v1/orgs/{org}/volumes} ({@code OrgVolume}).
 *
 * @param id volume id
 * @param name name
 * @param appName the app it belongs to
 * @param state state
 * @param region region
 * @param zone zone
 * @param sizeGb size in GB
 * @param encrypted encrypted
 * @param fstype file system type
 * @param type {@code local} or {@code cache}
 * @param hostStatus {@code ok}, {@code unknown} or {@code unreachable}
 * @param attachedMachineId machine it is attached to
 * @param attachedAllocId allocation it is attached to
 * @param autoBackupEnabled scheduled snapshots
 * @param snapshotRetention days snapshots are kept
 * @param blockSize block size
 * @param blocks blocks
 * @param blocksAvail blocks available
 * @param blocksFree blocks free
 * @param bytesTotal bytes in total
 * @param bytesUsed bytes used
 * @param createdAt creation time as the API sends it
 * @param updatedAt last update as the API sends it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrgVolume(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("app_name") String appName,
    @JsonProperty("state") String state,
    @JsonProperty("region") String region,
    @JsonProperty("zone") String zone,
    @JsonProperty("size_gb") Integer sizeGb,
    @JsonProperty("encrypted") Boolean encrypted,
    @JsonProperty("fstype") String fstype,
    @JsonProperty("type") String type,
    @JsonProperty("host_status") String hostStatus,
    @JsonProperty("attached_machine_id") String attachedMachineId,
    @JsonProperty("attached_alloc_id") String attachedAllocId,
    @JsonProperty("auto_backup_enabled") Boolean autoBackupEnabled,
    @JsonProperty("snapshot_retention") Integer snapshotRetention,
    @JsonProperty("block_size") Long blockSize,
    @JsonProperty("blocks") Long blocks,
    @JsonProperty("blocks_avail") Long blocksAvail,
    @JsonProperty("blocks_free") Long blocksFree,
    @JsonProperty("bytes_total") Long bytesTotal,
    @JsonProperty("bytes_used") Long bytesUsed,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt) {
}
