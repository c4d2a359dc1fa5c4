package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flyorchestrator.model.GuestConfig;
import java.util.Objects;

/**
 * Body of {@code POST /v1/apps/{app}/volumes}. Build it with {@link #of(String, String, int)} or
 * {@link #builder(String)}; a part left unset ({@code null}) is not sent, so the API's default applies.
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

  /**
   * Validates that a name is present.
   *
   * @throws NullPointerException when {@code name} is {@code null}
   */
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
   * @throws NullPointerException when {@code name} is {@code null}
   */
  public static CreateVolumeRequest of(String name, String region, int sizeGb) {
    return builder(name).region(region).sizeGb(sizeGb).build();
  }

  /**
   * Starts a builder.
   *
   * @param name volume name
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builder of {@link CreateVolumeRequest}; what is not set is not sent. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private String region;
    private Integer sizeGb;
    private Boolean encrypted;
    private String fstype;
    private Boolean requireUniqueZone;
    private Boolean uniqueZoneAppWide;
    private String snapshotId;
    private String sourceVolumeId;
    private Integer snapshotRetention;
    private Boolean autoBackupEnabled;
    private GuestConfig compute;
    private String computeImage;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * @param regionCode region code
     * @return this builder
     */
    public Builder region(String regionCode) {
      this.region = regionCode;
      return this;
    }

    /**
     * @param gigabytes size in GB
     * @return this builder
     */
    public Builder sizeGb(int gigabytes) {
      this.sizeGb = gigabytes;
      return this;
    }

    /**
     * @param encrypt encrypt the volume (Fly's default is {@code true})
     * @return this builder
     */
    public Builder encrypted(boolean encrypt) {
      this.encrypted = encrypt;
      return this;
    }

    /**
     * @param type file system type
     * @return this builder
     */
    public Builder fstype(String type) {
      this.fstype = type;
      return this;
    }

    /**
     * @param unique place it in a zone no other volume of the same name uses
     * @return this builder
     */
    public Builder requireUniqueZone(boolean unique) {
      this.requireUniqueZone = unique;
      return this;
    }

    /**
     * @param appWide apply the unique-zone rule across the whole app
     * @return this builder
     */
    public Builder uniqueZoneAppWide(boolean appWide) {
      this.uniqueZoneAppWide = appWide;
      return this;
    }

    /**
     * @param id restore from this snapshot
     * @return this builder
     */
    public Builder snapshotId(String id) {
      this.snapshotId = id;
      return this;
    }

    /**
     * @param id fork from this volume
     * @return this builder
     */
    public Builder sourceVolumeId(String id) {
      this.sourceVolumeId = id;
      return this;
    }

    /**
     * @param days days to keep snapshots
     * @return this builder
     */
    public Builder snapshotRetention(int days) {
      this.snapshotRetention = days;
      return this;
    }

    /**
     * @param enabled take scheduled snapshots (Fly's default is {@code true})
     * @return this builder
     */
    public Builder autoBackupEnabled(boolean enabled) {
      this.autoBackupEnabled = enabled;
      return this;
    }

    /**
     * @param guest guest of the machine the volume is meant for
     * @return this builder
     */
    public Builder compute(GuestConfig guest) {
      this.compute = guest;
      return this;
    }

    /**
     * @param image image of the machine the volume is meant for
     * @return this builder
     */
    public Builder computeImage(String image) {
      this.computeImage = image;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException when the name is {@code null}
     */
    public CreateVolumeRequest build() {
      return new CreateVolumeRequest(name, region, sizeGb, encrypted, fstype, requireUniqueZone, uniqueZoneAppWide,
          snapshotId, sourceVolumeId, snapshotRetention, autoBackupEnabled, compute, computeImage);
    }
  }
}
