package io.github.flyorchestrator.param;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Filters and page size of the organization-wide listings {@code GET /v1/orgs/{org}/machines} and
 * {@code GET /v1/orgs/{org}/volumes}. Start from {@link #ALL} and narrow with the {@code with...} methods; what is not
 * set is not sent.
 *
 * @param region region code, or {@code null} for all
 * @param states states to include (sent comma-separated), empty for all
 * @param includeDeleted include deleted machines or volumes
 * @param summary leave out each item's configuration
 * @param updatedAfter only items updated after this instant (sent as RFC 3339), or {@code null}
 * @param pageSize items per page, or {@code null} for the API's default
 */
public record OrgListOptions(String region, List<String> states, boolean includeDeleted, boolean summary,
    Instant updatedAfter, Integer pageSize) {

  /** No filters, the API's page size. */
  public static final OrgListOptions ALL = new OrgListOptions(null, List.of(), false, false, null, null);

  /**
   * Copies the states and validates the page size.
   *
   * @throws IllegalArgumentException when {@code pageSize} is not positive
   */
  public OrgListOptions {
    states = states == null ? List.of() : List.copyOf(states);
    PageSizes.check(pageSize);
  }

  /**
   * @param regionCode region code
   * @return a copy with this region
   * @throws NullPointerException when {@code regionCode} is {@code null}
   */
  public OrgListOptions withRegion(String regionCode) {
    Objects.requireNonNull(regionCode, "regionCode must not be null");
    return new OrgListOptions(regionCode, states, includeDeleted, summary, updatedAfter, pageSize);
  }

  /**
   * @param itemStates states to include
   * @return a copy with these states
   * @throws NullPointerException when a state is {@code null}
   */
  public OrgListOptions withStates(String... itemStates) {
    return new OrgListOptions(region, List.of(itemStates), includeDeleted, summary, updatedAfter, pageSize);
  }

  /**
   * @param include include deleted items
   * @return a copy with this flag
   */
  public OrgListOptions withIncludeDeleted(boolean include) {
    return new OrgListOptions(region, states, include, summary, updatedAfter, pageSize);
  }

  /**
   * @param summaryForm leave out each item's configuration
   * @return a copy with this flag
   */
  public OrgListOptions withSummary(boolean summaryForm) {
    return new OrgListOptions(region, states, includeDeleted, summaryForm, updatedAfter, pageSize);
  }

  /**
   * @param instant only items updated after this instant
   * @return a copy with this bound
   * @throws NullPointerException when {@code instant} is {@code null}
   */
  public OrgListOptions withUpdatedAfter(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    return new OrgListOptions(region, states, includeDeleted, summary, instant, pageSize);
  }

  /**
   * @param size items per page
   * @return a copy with this page size
   * @throws IllegalArgumentException when {@code size} is not positive
   */
  public OrgListOptions withPageSize(int size) {
    return new OrgListOptions(region, states, includeDeleted, summary, updatedAfter, size);
  }
}
