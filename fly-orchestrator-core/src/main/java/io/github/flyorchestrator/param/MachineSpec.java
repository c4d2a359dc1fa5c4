package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flyorchestrator.model.MachineConfig;
import java.util.Objects;

/**
 * Body of {@code POST /v1/apps/{app}/machines} (create) and {@code POST /v1/apps/{app}/machines/{id}} (update), as
 * the typed client sends it. Build it with {@link #of(MachineConfig)} or {@link #builder(MachineConfig)}; a part left
 * unset ({@code null}) is not sent, so the API's default applies.
 *
 * @param config machine configuration (required)
 * @param region region code (Fly picks one when unset)
 * @param name machine name (Fly names it when unset)
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

  /**
   * Validates that a config is present.
   *
   * @throws NullPointerException when {@code config} is {@code null}
   */
  public MachineSpec {
    Objects.requireNonNull(config, "config must not be null");
  }

  /**
   * A body with only a config.
   *
   * @param config configuration
   * @return the body
   * @throws NullPointerException when {@code config} is {@code null}
   */
  public static MachineSpec of(MachineConfig config) {
    return builder(config).build();
  }

  /**
   * A body with a config and a region.
   *
   * @param config configuration
   * @param region region code, or {@code null} to let Fly choose
   * @return the body
   * @throws NullPointerException when {@code config} is {@code null}
   */
  public static MachineSpec of(MachineConfig config, String region) {
    return builder(config).region(region).build();
  }

  /**
   * Starts a builder.
   *
   * @param config configuration
   * @return a builder
   */
  public static Builder builder(MachineConfig config) {
    return new Builder(config);
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

  /** Builder of {@link MachineSpec}; what is not set is not sent. Not thread-safe. */
  public static final class Builder {
    private final MachineConfig config;
    private String region;
    private String name;
    private Boolean skipLaunch;
    private Boolean skipServiceRegistration;
    private Integer leaseTtl;
    private String currentVersion;
    private Long minSecretsVersion;
    private Boolean skipSecrets;

    private Builder(MachineConfig config) {
      this.config = config;
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
     * @param machineName machine name
     * @return this builder
     */
    public Builder name(String machineName) {
      this.name = machineName;
      return this;
    }

    /**
     * @param skip create without starting
     * @return this builder
     */
    public Builder skipLaunch(boolean skip) {
      this.skipLaunch = skip;
      return this;
    }

    /**
     * @param skip do not register services with the proxy
     * @return this builder
     */
    public Builder skipServiceRegistration(boolean skip) {
      this.skipServiceRegistration = skip;
      return this;
    }

    /**
     * @param seconds acquire a lease of this many seconds atomically with the create or update
     * @return this builder
     */
    public Builder leaseTtlSeconds(int seconds) {
      this.leaseTtl = seconds;
      return this;
    }

    /**
     * @param version on update only: fail unless the machine is at this version
     * @return this builder
     */
    public Builder currentVersion(String version) {
      this.currentVersion = version;
      return this;
    }

    /**
     * @param version minimum app secrets version the machine must see
     * @return this builder
     */
    public Builder minSecretsVersion(long version) {
      this.minSecretsVersion = version;
      return this;
    }

    /**
     * @param skip do not inject app secrets
     * @return this builder
     */
    public Builder skipSecrets(boolean skip) {
      this.skipSecrets = skip;
      return this;
    }

    /**
     * Builds the body.
     *
     * @return the body
     * @throws NullPointerException when the config is {@code null}
     */
    public MachineSpec build() {
      return new MachineSpec(config, region, name, skipLaunch, skipServiceRegistration, leaseTtl, currentVersion,
          minSecretsVersion, skipSecrets);
    }
  }
}
