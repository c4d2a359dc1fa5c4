package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.OrgMachine;
import io.github.flyorchestrator.model.OrgVolume;
import io.github.flyorchestrator.param.OrgListOptions;
import io.github.flyorchestrator.service.ReactiveOrganizationService;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;

/** {@link ReactiveOrganizationService} over the client's {@link FlyExchange}, paged by {@link CursorPages}. */
final class WebClientOrganizationService implements ReactiveOrganizationService {

  private final FlyExchange exchange;

  WebClientOrganizationService(FlyExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public Flux<OrgMachine> listMachines(String orgSlug, OrgListOptions options) {
    FlyNames.requireOrgSlug("orgSlug", orgSlug);
    return CursorPages.items(cursor -> exchange.read(page(FlyRoutes.ORG_MACHINES, orgSlug, options, cursor),
        FlyServiceEnvelopes.OrgMachinePage.class));
  }

  @Override
  public Flux<OrgVolume> listVolumes(String orgSlug, OrgListOptions options) {
    FlyNames.requireOrgSlug("orgSlug", orgSlug);
    return CursorPages.items(cursor -> exchange.read(page(FlyRoutes.ORG_VOLUMES, orgSlug, options, cursor),
        FlyServiceEnvelopes.OrgVolumePage.class));
  }

  private static FlyCall.Builder page(String route, String orgSlug, OrgListOptions options, String cursor) {
    OrgListOptions filters = options == null ? OrgListOptions.ALL : options;
    return FlyCall.of(HttpMethod.GET, route).path("org", orgSlug)
        .query("region", filters.region())
        .query("state", filters.states().isEmpty() ? null : String.join(",", filters.states()))
        .query("include_deleted", filters.includeDeleted() ? Boolean.TRUE : null)
        .query("summary", filters.summary() ? Boolean.TRUE : null)
        .query("updated_after", cursor == null ? filters.updatedAfter() : null)
        .query("limit", filters.pageSize())
        .query("cursor", cursor);
  }
}
