package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of address {@code POST /v1/apps/{app}/ip_assignments} allocates (its {@code type} field). */
public enum IpAddressType {
  /** A shared public IPv4 address ({@code shared_v4}), free. */
  SHARED_V4("shared_v4"),
  /** A dedicated public IPv4 address ({@code v4}), billed. */
  DEDICATED_V4("v4"),
  /** A dedicated public IPv6 address ({@code v6}). */
  V6("v6"),
  /** A private (Flycast) IPv6 address on the organization's network ({@code private_v6}). */
  PRIVATE_V6("private_v6");

  private final String wireValue;

  IpAddressType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** @return the value the API expects, e.g. {@code shared_v4} */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }
}
