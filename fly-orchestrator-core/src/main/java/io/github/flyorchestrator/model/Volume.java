package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Fly volume as {@code GET /v1/apps/{app}/volumes/{id}} returns it. Timestamps are kept as the API sends them.
 *
 * @param id volume id, e.g. {@code vol_...}
 * @param name volume name
 * @param state e.g. {@code created}, {@code extending}, {@code destroyed}
 * @param region region code
 * @param zone hardware zone
 * @param sizeGb size in GB
 * @param encrypted whether the volume is encrypted
 * @param fstype file system type
 * @param type {@code local} or {@code cache}
 * @param attachedMachineId machine the volume is attached to, or {@code null}
 * @param attachedAllocId allocation the volume is attached to, or {@code null}
 * @param autoBackupEnabled whether scheduled snapshots are taken
 * @param snapshotRetention days snapshots are kept
 * @param blockSize block size in bytes
 * @param blocks number of blocks
 * @param blocksAvail available blocks
 * @param blocksFree free blocks
 * @param bytesTotal total bytes
 * @param bytesUsed used bytes
 * @param hostStatus {@code ok}, {@code unknown} or {@code unreachable}
 * @param createdAt creation time
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Volume(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("state") String state,
    @JsonProperty("region") String region,
    @JsonProperty("zone") String zone,
    @JsonProperty("size_gb") Integer sizeGb,
    @JsonProperty("encrypted") Boolean encrypted,
    @JsonProperty("fstype") String fstype,
    @JsonProperty("type") String type,
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
    @JsonProperty("host_status") String hostStatus,
    @JsonProperty("created_at") String createdAt) {
}
