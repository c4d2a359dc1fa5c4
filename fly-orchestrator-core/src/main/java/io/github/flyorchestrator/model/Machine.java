package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A Fly machine as the Machines API returns it.
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
 * @param config configuration
 * @param imageRef resolved image
 * @param createdAt creation time
 * @param updatedAt last update time
 * @param events recent events, newest first
 * @param nonce lease nonce, only present when the create or update asked for {@code lease_ttl}
 * @param hostStatus {@code ok}, {@code unknown} or {@code unreachable}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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
    @JsonProperty("events") List<MachineEvent> events,
    @JsonProperty("nonce") String nonce,
    @JsonProperty("host_status") String hostStatus) {

  /** Copies the events so that the record stays immutable. */
  public Machine {
    events = events == null ? List.of() : List.copyOf(events);
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
   * A copy with another state, for tests and simulators.
   *
   * @param newState the state
   * @return the copy
   */
  public Machine withState(String newState) {
    return new Machine(id, name, newState, region, instanceId, version, privateIp, config, imageRef, createdAt,
        updatedAt, events, nonce, hostStatus);
  }
}
