package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A machine's configuration ({@code fly.MachineConfig}).
 *
 * <p>The commonly used fields are typed; the rarely used nested structures (checks, init, processes, files, dns,
 * metrics, statics, containers, stop_config, ...) are kept as JSON-shaped maps and lists, and any field this record
 * does not know is kept in {@link #additionalProperties()}: a config read from the API and sent back loses nothing.
 * Build one with {@link #builder(String)} or copy one with {@link #toBuilder()}.
 *
 * @param image image reference, e.g. {@code registry-1.docker.io/flyio/hellofly:latest} (required to create)
 * @param guest VM size
 * @param env environment variables
 * @param services network services
 * @param metadata user metadata (string keys and values)
 * @param restart restart policy
 * @param autoDestroy destroy the machine when its process exits
 * @param schedule {@code hourly}, {@code daily}, {@code weekly} or {@code monthly}
 * @param size a named size preset such as {@code shared-cpu-1x}
 * @param mounts mounted volumes
 * @param checks health checks by name, JSON-shaped
 * @param init init overrides (exec, entrypoint, cmd, tty, ...), JSON-shaped
 * @param processes process definitions, JSON-shaped
 * @param files files to write, JSON-shaped
 * @param stopConfig stop signal and timeout, JSON-shaped
 * @param standbys machine ids this one stands by for
 * @param additionalProperties fields this record does not model (dns, metrics, statics, containers, rootfs, ...)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MachineConfig(
    @JsonProperty("image") String image,
    @JsonProperty("guest") GuestConfig guest,
    @JsonProperty("env") Map<String, String> env,
    @JsonProperty("services") List<MachineService> services,
    @JsonProperty("metadata") Map<String, String> metadata,
    @JsonProperty("restart") RestartPolicy restart,
    @JsonProperty("auto_destroy") Boolean autoDestroy,
    @JsonProperty("schedule") String schedule,
    @JsonProperty("size") String size,
    @JsonProperty("mounts") List<MachineMount> mounts,
    @JsonProperty("checks") Map<String, Object> checks,
    @JsonProperty("init") Map<String, Object> init,
    @JsonProperty("processes") List<Object> processes,
    @JsonProperty("files") List<Object> files,
    @JsonProperty("stop_config") Map<String, Object> stopConfig,
    @JsonProperty("standbys") List<String> standbys,
    @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.NON_EMPTY)
    Map<String, Object> additionalProperties) {

  /** Copies every collection so that the record stays immutable. */
  public MachineConfig {
    env = env == null ? null : ModelCollections.copyOfNullable(env);
    services = services == null ? null : List.copyOf(services);
    metadata = metadata == null ? null : ModelCollections.copyOfNullable(metadata);
    mounts = mounts == null ? null : List.copyOf(mounts);
    checks = checks == null ? null : ModelCollections.copyOfNullable(checks);
    init = init == null ? null : ModelCollections.copyOfNullable(init);
    processes = processes == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(processes));
    files = files == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(files));
    stopConfig = stopConfig == null ? null : ModelCollections.copyOfNullable(stopConfig);
    standbys = standbys == null ? null : List.copyOf(standbys);
    additionalProperties = ModelCollections.copyOfNullable(additionalProperties);
  }

  /**
   * A config with only an image.
   *
   * @param image image reference
   * @return the config
   */
  public static MachineConfig ofImage(String image) {
    return builder(image).build();
  }

  /**
   * Starts a builder.
   *
   * @param image image reference
   * @return a builder
   */
  public static Builder builder(String image) {
    return new Builder().image(image);
  }

  /**
   * A builder holding this config's values, for a modified copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.image = image;
    b.guest = guest;
    b.env = env == null ? null : new LinkedHashMap<>(env);
    b.services = services;
    b.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
    b.restart = restart;
    b.autoDestroy = autoDestroy;
    b.schedule = schedule;
    b.size = size;
    b.mounts = mounts;
    b.checks = checks;
    b.init = init;
    b.processes = processes;
    b.files = files;
    b.stopConfig = stopConfig;
    b.standbys = standbys;
    b.additionalProperties = new LinkedHashMap<>(additionalProperties);
    return b;
  }

  /**
   * A copy with one metadata entry added or replaced.
   *
   * @param key metadata key
   * @param value metadata value
   * @return the new config
   */
  public MachineConfig withMetadata(String key, String value) {
    return toBuilder().metadata(key, value).build();
  }

  /** Builder for {@link MachineConfig}; not thread-safe. */
  public static final class Builder {
    private String image;
    private GuestConfig guest;
    private Map<String, String> env;
    private List<MachineService> services;
    private Map<String, String> metadata;
    private RestartPolicy restart;
    private Boolean autoDestroy;
    private String schedule;
    private String size;
    private List<MachineMount> mounts;
    private Map<String, Object> checks;
    private Map<String, Object> init;
    private List<Object> processes;
    private List<Object> files;
    private Map<String, Object> stopConfig;
    private List<String> standbys;
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * @param image image reference
     * @return this builder
     */
    public Builder image(String image) {
      this.image = image;
      return this;
    }

    /**
     * @param guest VM size
     * @return this builder
     */
    public Builder guest(GuestConfig guest) {
      this.guest = guest;
      return this;
    }

    /**
     * @param env environment variables (replaces any set before)
     * @return this builder
     */
    public Builder env(Map<String, String> env) {
      this.env = env == null ? null : new LinkedHashMap<>(env);
      return this;
    }

    /**
     * @param name variable name
     * @param value variable value
     * @return this builder
     */
    public Builder env(String name, String value) {
      if (this.env == null) {
        this.env = new LinkedHashMap<>();
      }
      this.env.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * @param services network services
     * @return this builder
     */
    public Builder services(List<MachineService> services) {
      this.services = services;
      return this;
    }

    /**
     * @param metadata metadata (replaces any set before)
     * @return this builder
     */
    public Builder metadata(Map<String, String> metadata) {
      this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
      return this;
    }

    /**
     * @param key metadata key
     * @param value metadata value
     * @return this builder
     */
    public Builder metadata(String key, String value) {
      if (this.metadata == null) {
        this.metadata = new LinkedHashMap<>();
      }
      this.metadata.put(Objects.requireNonNull(key, "key"), value);
      return this;
    }

    /**
     * @param restart restart policy
     * @return this builder
     */
    public Builder restart(RestartPolicy restart) {
      this.restart = restart;
      return this;
    }

    /**
     * @param autoDestroy destroy when the process exits
     * @return this builder
     */
    public Builder autoDestroy(Boolean autoDestroy) {
      this.autoDestroy = autoDestroy;
      return this;
    }

    /**
     * @param schedule hourly, daily, weekly or monthly
     * @return this builder
     */
    public Builder schedule(String schedule) {
      this.schedule = schedule;
      return this;
    }

    /**
     * @param size named size preset
     * @return this builder
     */
    public Builder size(String size) {
      this.size = size;
      return this;
    }

    /**
     * @param mounts mounted volumes
     * @return this builder
     */
    public Builder mounts(List<MachineMount> mounts) {
      this.mounts = mounts;
      return this;
    }

    /**
     * @param checks health checks, JSON-shaped
     * @return this builder
     */
    public Builder checks(Map<String, Object> checks) {
      this.checks = checks;
      return this;
    }

    /**
     * @param init init overrides, JSON-shaped
     * @return this builder
     */
    public Builder init(Map<String, Object> init) {
      this.init = init;
      return this;
    }

    /**
     * @param processes process definitions, JSON-shaped
     * @return this builder
     */
    public Builder processes(List<Object> processes) {
      this.processes = processes;
      return this;
    }

    /**
     * @param files files to write, JSON-shaped
     * @return this builder
     */
    public Builder files(List<Object> files) {
      this.files = files;
      return this;
    }

    /**
     * @param stopConfig stop signal and timeout, JSON-shaped
     * @return this builder
     */
    public Builder stopConfig(Map<String, Object> stopConfig) {
      this.stopConfig = stopConfig;
      return this;
    }

    /**
     * @param standbys machine ids this one stands by for
     * @return this builder
     */
    public Builder standbys(List<String> standbys) {
      this.standbys = standbys;
      return this;
    }

    /**
     * @param name JSON field name not modelled by the record
     * @param value JSON-shaped value
     * @return this builder
     */
    public Builder additionalProperty(String name, Object value) {
      this.additionalProperties.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** @return the config */
    public MachineConfig build() {
      return new MachineConfig(image, guest, env, services, metadata, restart, autoDestroy, schedule, size, mounts,
          checks, init, processes, files, stopConfig, standbys, additionalProperties);
    }
  }
}
