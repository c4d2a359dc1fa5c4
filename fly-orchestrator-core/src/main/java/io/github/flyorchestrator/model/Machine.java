package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Fly machine as the Machines API returns it: every field of the spec's {@code Machine} schema plus what fly-go's
 * {@code Machine} adds ({@code version}, {@code cordoned}, {@code containers}). Fields this record does not know are
 * kept in {@link #additionalProperties()}, so a machine read and written back loses nothing. Build one with
 * {@link #builder(String)} or copy one with {@link #toBuilder()} or {@link #withState(String)}.
 *
 * <p>Longer than most records (about 350 lines) only because of its builder: one setter per field of the API's
 * machine, which callers need to make machines for tests and simulators without a 20-argument constructor.
 *
 * @param id machine id
 * @param name machine name
 * @param state current state, see {@link MachineState}
 * @param region region code, e.g. {@code ams}
 * @param instanceId id of the current version ("unique for each version"); the wait endpoint's deprecated
 *     {@code instance_id}
 * @param version id of the current version, the wait endpoint's {@code version} (may be {@code null} on older
 *     responses; then {@link #instanceId()} is the same value)
 * @param privateIp 6PN address
 * @param config configuration; {@code null} when the host is not reachable (see {@link #incompleteConfig()})
 * @param imageRef resolved image
 * @param createdAt creation time
 * @param updatedAt last update time
 * @param events recent events, newest first (never {@code null})
 * @param nonce lease nonce, only present when the create or update asked for {@code lease_ttl}
 * @param hostStatus {@value #HOST_OK}, {@code unknown} or {@code unreachable}
 * @param incompleteConfig the partial config the API rebuilds when {@code host_status} is not {@value #HOST_OK}
 * @param checks the latest result of each health check (never {@code null}; empty without checks)
 * @param cordoned whether the machine is cordoned (takes no new proxy traffic), or {@code null} when not reported
 * @param containers the status of each container, JSON-shaped, or {@code null}
 * @param additionalProperties fields this record does not model, kept for round trips
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Machine(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("state") String state,
    @JsonProperty("region") String region,
    @JsonProperty("instance_id") String instanceId,
    @JsonProperty("version") String version,
    @JsonProperty("private_ip") String privateIp,
    @JsonProperty("config") MachineConfig config,
    @JsonProperty("image_ref") ImageRef imageRef,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("events") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MachineEvent> events,
    @JsonProperty("nonce") String nonce,
    @JsonProperty("host_status") String hostStatus,
    @JsonProperty("incomplete_config") MachineConfig incompleteConfig,
    @JsonProperty("checks") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CheckStatus> checks,
    @JsonProperty("cordoned") Boolean cordoned,
    @JsonProperty("containers") List<Object> containers,
    @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.NON_EMPTY)
    Map<String, Object> additionalProperties) {

  /** The {@code host_status} of a machine whose host answers. */
  public static final String HOST_OK = "ok";

  /** Copies every collection so that the record stays immutable. */
  public Machine {
    events = events == null ? List.of() : List.copyOf(events);
    checks = checks == null ? List.of() : List.copyOf(checks);
    containers = containers == null ? null : Collections.unmodifiableList(new ArrayList<>(containers));
    additionalProperties = ModelCollections.copyOfNullable(additionalProperties);
  }

  /**
   * The fields every older release of this record had; the rest are left empty. Prefer {@link #builder(String)}.
   *
   * @param id machine id
   * @param name machine name
   * @param state current state
   * @param region region code
   * @param instanceId id of the current version
   * @param version id of the current version
   * @param privateIp 6PN address
   * @param config configuration
   * @param imageRef resolved image
   * @param createdAt creation time
   * @param updatedAt last update time
   * @param events recent events, newest first
   * @param nonce lease nonce
   * @param hostStatus host status
   */
  public Machine(String id, String name, String state, String region, String instanceId, String version,
      String privateIp, MachineConfig config, ImageRef imageRef, Instant createdAt, Instant updatedAt,
      List<MachineEvent> events, String nonce, String hostStatus) {
    this(id, name, state, region, instanceId, version, privateIp, config, imageRef, createdAt, updatedAt, events,
        nonce, hostStatus, null, null, null, null, null);
  }

  /**
   * Starts a builder.
   *
   * @param id machine id
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder().id(id);
  }

  /**
   * The version to pass to the wait endpoint: {@code version} when the API returned it, otherwise
   * {@code instance_id}.
   *
   * @return the version id, or {@code null} when the response had neither
   */
  public String currentVersion() {
    return version != null ? version : instanceId;
  }

  /**
   * Whether the machine's host answers. A response without {@code host_status} (older answers, hand-made stubs)
   * counts as reachable.
   *
   * @return {@code false} when {@code host_status} is present and not {@value #HOST_OK}
   */
  @JsonIgnore
  public boolean isHostOk() {
    return hostStatus == null || HOST_OK.equals(hostStatus);
  }

  /** @return {@link #config()}, or {@link #incompleteConfig()} when the API could not read the full config */
  public MachineConfig configOrIncomplete() {
    return config != null ? config : incompleteConfig;
  }

  /** @return whether the machine is cordoned ({@code false} when not reported) */
  @JsonIgnore
  public boolean isCordoned() {
    return Boolean.TRUE.equals(cordoned);
  }

  /** @return the checks that do not pass (empty when every check passes or there are none) */
  public List<CheckStatus> failingChecks() {
    return checks.stream().filter(check -> !check.isPassing()).toList();
  }

  /** @return whether every health check passes; {@code true} for a machine without checks */
  public boolean allChecksPassing() {
    return failingChecks().isEmpty();
  }

  /**
   * A copy with another state, for tests and simulators.
   *
   * @param newState the state
   * @return the copy
   */
  public Machine withState(String newState) {
    return toBuilder().state(newState).build();
  }

  /**
   * A builder holding this machine's values, for a modified copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.state = state;
    b.region = region;
    b.instanceId = instanceId;
    b.version = version;
    b.privateIp = privateIp;
    b.config = config;
    b.imageRef = imageRef;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.events = events;
    b.nonce = nonce;
    b.hostStatus = hostStatus;
    b.incompleteConfig = incompleteConfig;
    b.checks = checks;
    b.cordoned = cordoned;
    b.containers = containers;
    b.additionalProperties = new LinkedHashMap<>(additionalProperties);
    return b;
  }

  /** Builder of {@link Machine}; not thread-safe. */
  public static final class Builder {
    private String id;
    private String name;
    private String state;
    private String region;
    private String instanceId;
    private String version;
    private String privateIp;
    private MachineConfig config;
    private ImageRef imageRef;
    private Instant createdAt;
    private Instant updatedAt;
    private List<MachineEvent> events;
    private String nonce;
    private String hostStatus;
    private MachineConfig incompleteConfig;
    private List<CheckStatus> checks;
    private Boolean cordoned;
    private List<Object> containers;
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * @param value machine id
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * @param value machine name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * @param value state
     * @return this builder
     */
    public Builder state(String value) {
      this.state = value;
      return this;
    }

    /**
     * @param value region code
     * @return this builder
     */
    public Builder region(String value) {
      this.region = value;
      return this;
    }

    /**
     * @param value the deprecated version id {@code instance_id}
     * @return this builder
     */
    public Builder instanceId(String value) {
      this.instanceId = value;
      return this;
    }

    /**
     * @param value version id
     * @return this builder
     */
    public Builder version(String value) {
      this.version = value;
      return this;
    }

    /**
     * @param value 6PN address
     * @return this builder
     */
    public Builder privateIp(String value) {
      this.privateIp = value;
      return this;
    }

    /**
     * @param value configuration
     * @return this builder
     */
    public Builder config(MachineConfig value) {
      this.config = value;
      return this;
    }

    /**
     * @param value resolved image
     * @return this builder
     */
    public Builder imageRef(ImageRef value) {
      this.imageRef = value;
      return this;
    }

    /**
     * @param value creation time
     * @return this builder
     */
    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    /**
     * @param value last update time
     * @return this builder
     */
    public Builder updatedAt(Instant value) {
      this.updatedAt = value;
      return this;
    }

    /**
     * @param value recent events, newest first
     * @return this builder
     */
    public Builder events(List<MachineEvent> value) {
      this.events = value;
      return this;
    }

    /**
     * @param value events, newest first
     * @return this builder
     */
    public Builder events(MachineEvent... value) {
      return events(List.of(value));
    }

    /**
     * @param value lease nonce
     * @return this builder
     */
    public Builder nonce(String value) {
      this.nonce = value;
      return this;
    }

    /**
     * @param value host status
     * @return this builder
     */
    public Builder hostStatus(String value) {
      this.hostStatus = value;
      return this;
    }

    /**
     * @param value the partial config of a machine on an unreachable host
     * @return this builder
     */
    public Builder incompleteConfig(MachineConfig value) {
      this.incompleteConfig = value;
      return this;
    }

    /**
     * @param value health check results
     * @return this builder
     */
    public Builder checks(List<CheckStatus> value) {
      this.checks = value;
      return this;
    }

    /**
     * @param value health check results
     * @return this builder
     */
    public Builder checks(CheckStatus... value) {
      return checks(List.of(value));
    }

    /**
     * @param value whether cordoned
     * @return this builder
     */
    public Builder cordoned(Boolean value) {
      this.cordoned = value;
      return this;
    }

    /**
     * @param value container statuses, JSON-shaped
     * @return this builder
     */
    public Builder containers(List<Object> value) {
      this.containers = value;
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

    /** @return the machine */
    public Machine build() {
      return new Machine(id, name, state, region, instanceId, version, privateIp, config, imageRef, createdAt,
          updatedAt, events, nonce, hostStatus, incompleteConfig, checks, cordoned, containers,
          additionalProperties);
    }
  }
}
