package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Body of {@code POST /v1/apps}. The OpenAPI document calls the name field {@code name} (fly-go sends that), while the
 * docs show {@code app_name}; the live API accepts {@code name}, so this record sends {@code name}. Start from
 * {@link #of(String, String)} and add the optional parts with the {@code with...} methods; an unset part is not sent.
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

  /**
   * Validates the required fields.
   *
   * @throws NullPointerException when {@code name} or {@code orgSlug} is {@code null}
   */
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
   * @throws NullPointerException when {@code name} or {@code orgSlug} is {@code null}
   */
  public static CreateAppRequest of(String name, String orgSlug) {
    return new CreateAppRequest(name, orgSlug, null, null);
  }

  /**
   * A copy that puts the app into a custom private network.
   *
   * @param networkName the network's name
   * @return the copy
   */
  public CreateAppRequest withNetwork(String networkName) {
    return new CreateAppRequest(name, orgSlug, networkName, enableSubdomains);
  }

  /**
   * A copy that enables or disables app subdomains.
   *
   * @param enable whether to enable them
   * @return the copy
   */
  public CreateAppRequest withSubdomains(boolean enable) {
    return new CreateAppRequest(name, orgSlug, network, enable);
  }
}
