package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.OrgMachine;
import io.github.flyorchestrator.model.OrgVolume;
import io.github.flyorchestrator.param.OrgListOptions;
import io.github.flyorchestrator.service.OrganizationService;
import io.github.flyorchestrator.service.ReactiveOrganizationService;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@link OrganizationService} that blocks on its reactive twin, as {@link BlockingFlyMachinesClient} does: errors reach
 * the caller as {@link BlockingCalls} describes; a paged listing is a lazy stream that fetches a page when it needs
 * one.
 */
final class BlockingOrganizationService implements OrganizationService {

  private final ReactiveOrganizationService reactive;

  BlockingOrganizationService(ReactiveOrganizationService reactive) {
    this.reactive = Objects.requireNonNull(reactive, "reactive must not be null");
  }

  @Override
  public Stream<OrgMachine> listMachines(String orgSlug, OrgListOptions options) {
    return BlockingCalls.stream(reactive.listMachines(orgSlug, options));
  }

  @Override
  public Stream<OrgVolume> listVolumes(String orgSlug, OrgListOptions options) {
    return BlockingCalls.stream(reactive.listVolumes(orgSlug, options));
  }
}
