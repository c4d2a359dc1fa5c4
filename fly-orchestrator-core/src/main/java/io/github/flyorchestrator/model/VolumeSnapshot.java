package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A snapshot of a volume ({@code GET /v1/apps/{app}/volumes/{id}/snapshots}).
 *
 * @param id snapshot id
 * @param status e.g. {@code created}
 * @param size snapshot size in bytes
 * @param volumeSize size of the volume it was taken from, in bytes
 * @param digest content digest
 * @param retentionDays days the snapshot is kept
 * @param createdAt creation time as the API sends it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumeSnapshot(
    @JsonProperty("id") String id,
    @JsonProperty("status") String status,
    @JsonProperty("size") Long size,
    @JsonProperty("volume_size") Long volumeSize,
    @JsonProperty("digest") String digest,
    @JsonProperty("retention_days") Integer retentionDays,
    @JsonProperty("created_at") String createdAt) {
}
