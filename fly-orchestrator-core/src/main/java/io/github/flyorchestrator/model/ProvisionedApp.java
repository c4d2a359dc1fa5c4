package io.github.flyorchestrator.model;

import java.util.List;
import java.util.Objects;

/**
 * What {@code provisionAppAndWait} set up: the app, every address it has and the certificate of each requested
 * hostname, all issued.
 *
 * @param app the app as read (created or adopted)
 * @param ips every address of the app, those it had and those the workflow allocated
 * @param certificates each requested hostname's certificate, in the order of the request
 */
public record ProvisionedApp(App app, List<IpAssignment> ips, List<HostnameCertificate> certificates) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException when {@code app} is {@code null}
   */
  public ProvisionedApp {
    Objects.requireNonNull(app, "app must not be null");
    ips = ips == null ? List.of() : List.copyOf(ips);
    certificates = certificates == null ? List.of() : List.copyOf(certificates);
  }
}
