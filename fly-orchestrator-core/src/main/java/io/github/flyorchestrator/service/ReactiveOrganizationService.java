package io.github.flyorchestrator.service;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.OrgMachine;
import io.github.flyorchestrator.model.OrgVolume;
import io.github.flyorchestrator.param.OrgListOptions;
import reactor.core.publisher.Flux;

/**
 * Organization-wide listings ({@code /v1/orgs/{org}/machines}, {@code /v1/orgs/{org}/volumes}), reached as {@code
 * client.organizations()}; the blocking twin is {@link OrganizationService}. Both are cursor-paged: the {@code Flux}
 * asks for the next page only when the items of the last one are consumed and more are requested, and stops when the
 * API sends no {@code next_cursor}. The API sorts by {@code updated_at}; a listing is "a point in time" per page, so
 * items changed while paging may appear twice or not at all.
 */
public interface ReactiveOrganizationService {

  /**
   * {@code GET /v1/orgs/{org}/machines}, every page, without filters.
   *
   * @param orgSlug organization slug
   * @return the organization's machines; the {@code Flux} fails with {@link FlyException} when the API answers with
   *     an error or no complete answer comes
   * @throws IllegalArgumentException when {@code orgSlug} is not valid (nothing is sent)
   */
  default Flux<OrgMachine> listMachines(String orgSlug) {
    return listMachines(orgSlug, OrgListOptions.ALL);
  }

  /**
   * {@code GET /v1/orgs/{org}/machines?region=&state=&include_deleted=&summary=&updated_after=&limit=&cursor=},
   * every page, fetched as items are requested.
   *
   * @param orgSlug organization slug
   * @param options filters and page size ({@link OrgListOptions#ALL} for none)
   * @return the organization's machines; the {@code Flux} fails with {@link FlyException} when the API answers with
   *     an error or no complete answer comes
   * @throws IllegalArgumentException when {@code orgSlug} is not valid (nothing is sent)
   */
  Flux<OrgMachine> listMachines(String orgSlug, OrgListOptions options);

  /**
   * {@code GET /v1/orgs/{org}/volumes}, every page, without filters.
   *
   * @param orgSlug organization slug
   * @return the organization's volumes; the {@code Flux} fails with {@link FlyException} when the API answers with
   *     an error or no complete answer comes
   * @throws IllegalArgumentException when {@code orgSlug} is not valid (nothing is sent)
   */
  default Flux<OrgVolume> listVolumes(String orgSlug) {
    return listVolumes(orgSlug, OrgListOptions.ALL);
  }

  /**
   * {@code GET /v1/orgs/{org}/volumes?...&limit=&cursor=}, every page, fetched as items are requested.
   *
   * @param orgSlug organization slug
   * @param options filters and page size ({@link OrgListOptions#ALL} for none)
   * @return the organization's volumes; the {@code Flux} fails with {@link FlyException} when the API answers with
   *     an error or no complete answer comes
   * @throws IllegalArgumentException when {@code orgSlug} is not valid (nothing is sent)
   */
  Flux<OrgVolume> listVolumes(String orgSlug, OrgListOptions options);
}
