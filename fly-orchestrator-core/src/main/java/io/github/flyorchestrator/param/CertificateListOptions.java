package io.github.flyorchestrator.param;

import java.util.Objects;

/**
 * Filters and page size of {@code GET /v1/apps/{app}/certificates}. Start from {@link #ALL} and narrow with the
 * {@code with...} methods; what is not set is not sent.
 *
 * @param filter hostname substring to match, or {@code null} for all
 * @param pageSize hostnames per page (the API's default is 25, its maximum 500), or {@code null} for the default
 */
public record CertificateListOptions(String filter, Integer pageSize) {

  /** No filter, the API's page size. */
  public static final CertificateListOptions ALL = new CertificateListOptions(null, null);

  /**
   * Validates the page size.
   *
   * @throws IllegalArgumentException when {@code pageSize} is not positive
   */
  public CertificateListOptions {
    PageSizes.check(pageSize);
  }

  /**
   * @param hostnameSubstring hostname substring to match
   * @return a copy with this filter
   * @throws NullPointerException when {@code hostnameSubstring} is {@code null}
   */
  public CertificateListOptions withFilter(String hostnameSubstring) {
    Objects.requireNonNull(hostnameSubstring, "hostnameSubstring must not be null");
    return new CertificateListOptions(hostnameSubstring, pageSize);
  }

  /**
   * @param size hostnames per page
   * @return a copy with this page size
   * @throws IllegalArgumentException when {@code size} is not positive
   */
  public CertificateListOptions withPageSize(int size) {
    return new CertificateListOptions(filter, size);
  }
}
