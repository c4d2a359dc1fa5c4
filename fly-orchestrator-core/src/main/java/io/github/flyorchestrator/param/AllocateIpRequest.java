package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Body of {@code POST /v1/apps/{app}/ip_assignments} ({@code assignIPRequest}). Use a factory for the common
 * kinds ({@link #sharedV4()}, {@link #dedicatedV4()}, {@link #v6()}, {@link #privateV6()}) or
 * {@link #builder(IpAddressType)}; a part left unset ({@code null}) is not sent.
 *
 * @param type the kind of address (required)
 * @param region region of a regional address, or {@code null} for a global (anycast) one
 * @param orgSlug organization of a private address's network
 * @param network the organization's network of a private address, or {@code null} for its default network
 * @param serviceName the service to bind the address to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocateIpRequest(
    @JsonProperty("type") IpAddressType type,
    @JsonProperty("region") String region,
    @JsonProperty("org_slug") String orgSlug,
    @JsonProperty("network") String network,
    @JsonProperty("service_name") String serviceName) {

  /**
   * Validates that a type is present.
   *
   * @throws NullPointerException when {@code type} is {@code null}
   */
  public AllocateIpRequest {
    Objects.requireNonNull(type, "type must not be null");
  }

  /** @return a request for a shared public IPv4 address */
  public static AllocateIpRequest sharedV4() {
    return builder(IpAddressType.SHARED_V4).build();
  }

  /** @return a request for a dedicated public IPv4 address */
  public static AllocateIpRequest dedicatedV4() {
    return builder(IpAddressType.DEDICATED_V4).build();
  }

  /** @return a request for a public IPv6 address */
  public static AllocateIpRequest v6() {
    return builder(IpAddressType.V6).build();
  }

  /** @return a request for a private (Flycast) IPv6 address on the organization's default network */
  public static AllocateIpRequest privateV6() {
    return builder(IpAddressType.PRIVATE_V6).build();
  }

  /**
   * @param type the kind of address
   * @return a builder
   */
  public static Builder builder(IpAddressType type) {
    return new Builder(type);
  }

  /** Builder of {@link AllocateIpRequest}; what is not set is not sent. Not thread-safe. */
  public static final class Builder {
    private final IpAddressType type;
    private String region;
    private String orgSlug;
    private String network;
    private String serviceName;

    private Builder(IpAddressType type) {
      this.type = type;
    }

    /**
     * @param regionCode region of a regional address
     * @return this builder
     */
    public Builder region(String regionCode) {
      this.region = regionCode;
      return this;
    }

    /**
     * @param slug organization of a private address's network
     * @return this builder
     */
    public Builder orgSlug(String slug) {
      this.orgSlug = slug;
      return this;
    }

    /**
     * @param networkName the organization's network of a private address
     * @return this builder
     */
    public Builder network(String networkName) {
      this.network = networkName;
      return this;
    }

    /**
     * @param name the service to bind the address to
     * @return this builder
     */
    public Builder serviceName(String name) {
      this.serviceName = name;
      return this;
    }

    /**
     * @return the request
     * @throws NullPointerException when no type was given
     */
    public AllocateIpRequest build() {
      return new AllocateIpRequest(type, region, orgSlug, network, serviceName);
    }
  }
}
