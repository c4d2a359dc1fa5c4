package io.github.flyorchestrator.model;

import java.util.Objects;

/**
 * The certificate state of one hostname as the last {@code check} answered it.
 *
 * @param hostname the hostname
 * @param status the answer's overall status, e.g. {@code active} or {@code pending_validation}
 * @param issued whether a certificate is issued for it (see {@code provisionAppAndWait} for what counts)
 * @param check the whole {@code check} answer, with the DNS records required and found
 */
public record HostnameCertificate(String hostname, String status, boolean issued, CertificateCheck check) {

  /**
   * Validates.
   *
   * @throws NullPointerException when {@code hostname} or {@code check} is {@code null}
   */
  public HostnameCertificate {
    Objects.requireNonNull(hostname, "hostname must not be null");
    Objects.requireNonNull(check, "check must not be null");
  }
}
