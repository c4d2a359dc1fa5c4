package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Body of {@code POST /v1/apps/{app}/certificates/custom} ({@code createCustomCertificateRequest}): a certificate
 * the user brings. {@link #toString()} never shows the private key.
 *
 * @param hostname the hostname the certificate is for
 * @param fullchain the PEM certificate chain
 * @param privateKey the PEM private key; a secret
 */
public record CustomCertificateRequest(
    @JsonProperty("hostname") String hostname,
    @JsonProperty("fullchain") String fullchain,
    @JsonProperty("private_key") String privateKey) {

  /**
   * Validates that every part is present.
   *
   * @throws NullPointerException when a part is {@code null}
   */
  public CustomCertificateRequest {
    Objects.requireNonNull(hostname, "hostname must not be null");
    Objects.requireNonNull(fullchain, "fullchain must not be null");
    Objects.requireNonNull(privateKey, "privateKey must not be null");
  }

  /**
   * @param hostname the hostname
   * @param fullchain the PEM certificate chain
   * @param privateKey the PEM private key
   * @return the request
   * @throws NullPointerException when a part is {@code null}
   */
  public static CustomCertificateRequest of(String hostname, String fullchain, String privateKey) {
    return new CustomCertificateRequest(hostname, fullchain, privateKey);
  }

  /** @return the hostname and the chain's length; the private key redacted */
  @Override
  public String toString() {
    return "CustomCertificateRequest[hostname=" + hostname + ", fullchain=<" + fullchain.length()
        + " chars>, privateKey=<redacted>]";
  }
}
