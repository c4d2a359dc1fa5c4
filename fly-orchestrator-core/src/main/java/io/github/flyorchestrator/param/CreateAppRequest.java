package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Body of {@code POST /v1/apps}. The OpenAPI document calls the name field {@code name} (fly-go sends that), while the
 * docs show {@code app_name}; the live API accepts {@code name}, so this record sends {@code name}.
 *
 * @param name app name (required)
 * @param orgSlug organization slug (required)
 * @param network custom private network name (optional)
 * @param enableSubdomains whether to enable app subdomains (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateAppRequest(
    @JsonProperty("name") String name,
    @JsonProperty("org_slug") String orgSlug,
    @JsonProperty("network") String network,
    @JsonProperty("enable_subdomains") Boolean enableSubdomains) {

  /** Validates the required fields. */
  public CreateAppRequest {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(orgSlug, "orgSlug must not be null");
  }

  /**
   * A request with only the required fields.
   *
   * @param name app name
   * @param orgSlug organization slug
   * @return the request
   */
  public static CreateAppRequest of(String name, String orgSlug) {
    return new CreateAppRequest(name, orgSlug, null, null);
  }
}
