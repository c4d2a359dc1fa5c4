package io.github.flyorchestrator.param;

import java.util.List;

/**
 * Filters of {@code GET /v1/apps/{app}/secretkeys}. Start from {@link #ALL}; what is not set is not sent.
 *
 * @param minVersion only answer once the app's secrets are at least at this version, or {@code null}
 * @param types key types to include (sent comma-separated), empty for all
 */
public record SecretKeyListOptions(Long minVersion, List<String> types) {

  /** No filters. */
  public static final SecretKeyListOptions ALL = new SecretKeyListOptions(null, List.of());

  /** Copies the types. */
  public SecretKeyListOptions {
    types = types == null ? List.of() : List.copyOf(types);
  }

  /**
   * @param version the smallest secrets version to answer from
   * @return a copy with this version
   */
  public SecretKeyListOptions withMinVersion(long version) {
    return new SecretKeyListOptions(version, types);
  }

  /**
   * @param keyTypes key types to include
   * @return a copy with these types
   * @throws NullPointerException when a type is {@code null}
   */
  public SecretKeyListOptions withTypes(String... keyTypes) {
    return new SecretKeyListOptions(minVersion, List.of(keyTypes));
  }
}
