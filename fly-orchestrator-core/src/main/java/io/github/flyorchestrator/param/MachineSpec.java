package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flyorchestrator.model.MachineConfig;
import java.util.Objects;

/**
 * Body of {@code POST /v1/apps/{app}/machines} (create) and {@code POST /v1/apps/{app}/machines/{id}} (update).
 *
 * @param config machine configuration (required)
 * @param region region code (optional; Fly picks one when absent)
 * @param name machine name (optional)
 * @param skipLaunch create without starting
 * @param skipServiceRegistration do not register services with the proxy
 * @param leaseTtl acquire a lease of this many seconds atomically with the create or update
 * @param currentVersion on update only: fail unless the machine is at this version
 * @param minSecretsVersion minimum app secrets version the machine must see
 * @param skipSecrets do not inject app secrets
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MachineSpec(
    @JsonProperty("config") MachineConfig config,
    @JsonProperty("region") String region,
    @JsonProperty("name") String name,
    @JsonProperty("skip_launch") Boolean skipLaunch,
    @JsonProperty("skip_service_registration") Boolean skipServiceRegistration,
    @JsonProperty("lease_ttl") Integer leaseTtl,
    @JsonProperty("current_version") String currentVersion,
    @JsonProperty("min_secrets_version") Long minSecretsVersion,
    @JsonProperty("skip_secrets") Boolean skipSecrets) {

  /** Validates that a config is present. */
  public MachineSpec {
    Objects.requireNonNull(config, "config must not be null");
  }

  /**
   * A request with a config and an optional region.
   *
   * @param config configuration
   * @param region region code or {@code null}
   * @return the request
   */
  public static MachineSpec of(MachineConfig config, String region) {
    return new MachineSpec(config, region, null, null, null, null, null, null, null);
  }

  /**
   * A copy with {@code current_version} set, for an update.
   *
   * @param version the expected current version
   * @return the copy
   */
  public MachineSpec withCurrentVersion(String version) {
    return new MachineSpec(config, region, name, skipLaunch, skipServiceRegistration, leaseTtl, version,
        minSecretsVersion, skipSecrets);
  }
}
