package io.github.flyorchestrator.param;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code provisionAppAndWait} sets up: an app of an organization, the public (and private) addresses it needs
 * and an ACME certificate for each hostname it serves. Build it with {@link #builder(String, String)}; every optional
 * part has a default.
 *
 * @param appName the app (required); adopted when it exists in the organization, created otherwise
 * @param orgSlug the organization (required)
 * @param network the custom private network of a new app and of a private IPv6 address; unset ({@code null}, the
 *     default) means the organization's default network
 * @param ips the kinds of address the app must have, each at most once; empty or {@code null} means the default,
 *     a shared IPv4 address only
 * @param hostnames the hostnames to certify (lower-cased, each at most once); none by default
 * @param timeout the one deadline of the whole workflow; unset ({@code null}, the default) means
 *     {@code fly.orchestrator.timeout} ({@code OrchestratorSettings.defaultTimeout()})
 */
public record ProvisionAppRequest(String appName, String orgSlug, String network, List<IpAddressType> ips,
    List<String> hostnames, Duration timeout) {

  /** The addresses an app gets when the request names none: one shared IPv4 address. */
  public static final List<IpAddressType> DEFAULT_IPS = List.of(IpAddressType.SHARED_V4);

  /**
   * Validates and applies defaults.
   *
   * @throws NullPointerException when {@code appName} or {@code orgSlug} is {@code null}, or a listed address kind
   *     or hostname is
   * @throws IllegalArgumentException when {@code timeout} is not positive
   */
  public ProvisionAppRequest {
    Objects.requireNonNull(appName, "appName must not be null");
    Objects.requireNonNull(orgSlug, "orgSlug must not be null");
    ips = ips == null || ips.isEmpty() ? DEFAULT_IPS : List.copyOf(new LinkedHashSet<>(ips));
    hostnames = hostnames == null ? List.of() : hostnames.stream()
        .map(hostname -> Objects.requireNonNull(hostname, "a hostname must not be null")
            .toLowerCase(Locale.ROOT))
        .distinct().toList();
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /**
   * Starts a builder with the defaults: a shared IPv4 address, no hostname, the default timeout.
   *
   * @param appName the app
   * @param orgSlug the organization
   * @return a builder
   */
  public static Builder builder(String appName, String orgSlug) {
    return new Builder(appName, orgSlug);
  }

  /** Builder for {@link ProvisionAppRequest}; what is not set keeps its default. Not thread-safe. */
  public static final class Builder {

    private final String appName;
    private final String orgSlug;
    private final List<IpAddressType> ips = new ArrayList<>();
    private final List<String> hostnames = new ArrayList<>();
    private String network;
    private Duration timeout;

    private Builder(String appName, String orgSlug) {
      this.appName = appName;
      this.orgSlug = orgSlug;
    }

    /**
     * The custom private network of a new app and of a private IPv6 address (default: the organization's).
     *
     * @param networkName the network's name
     * @return this builder
     */
    public Builder network(String networkName) {
      this.network = networkName;
      return this;
    }

    /**
     * The kinds of address the app must have, replacing the default (a shared IPv4 address), e.g.
     * {@code ips(IpAddressType.DEDICATED_V4, IpAddressType.V6)}.
     *
     * @param kinds the kinds of address
     * @return this builder
     */
    public Builder ips(IpAddressType... kinds) {
      ips.clear();
      ips.addAll(List.of(kinds));
      return this;
    }

    /**
     * Adds a public IPv6 address to the default shared IPv4 address (or to what {@link #ips} set).
     *
     * @return this builder
     */
    public Builder withIpv6() {
      return adding(IpAddressType.V6);
    }

    /**
     * Adds a dedicated (billed) IPv4 address to the default shared IPv4 address (or to what {@link #ips} set).
     *
     * @return this builder
     */
    public Builder withDedicatedIpv4() {
      return adding(IpAddressType.DEDICATED_V4);
    }

    /**
     * Adds a private (Flycast) IPv6 address on the app's network.
     *
     * @return this builder
     */
    public Builder withPrivateIpv6() {
      return adding(IpAddressType.PRIVATE_V6);
    }

    /**
     * Adds hostnames to certify, e.g. {@code hostnames("example.com", "www.example.com")}.
     *
     * @param names the hostnames
     * @return this builder
     */
    public Builder hostnames(String... names) {
      return hostnames(List.of(names));
    }

    /**
     * Adds hostnames to certify.
     *
     * @param names the hostnames
     * @return this builder
     */
    public Builder hostnames(Collection<String> names) {
      hostnames.addAll(names);
      return this;
    }

    /**
     * The one deadline of the whole workflow (default {@code fly.orchestrator.timeout}).
     *
     * @param deadline the deadline
     * @return this builder
     */
    public Builder timeout(Duration deadline) {
      this.timeout = deadline;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException when the app name, the organization, an address kind or a hostname is
     *     {@code null}
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public ProvisionAppRequest build() {
      return new ProvisionAppRequest(appName, orgSlug, network, ips, hostnames, timeout);
    }

    private Builder adding(IpAddressType kind) {
      if (ips.isEmpty()) {
        ips.addAll(DEFAULT_IPS);
      }
      ips.add(kind);
      return this;
    }
  }
}
