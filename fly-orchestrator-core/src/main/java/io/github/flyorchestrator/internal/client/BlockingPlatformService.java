package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.RegionPlacement;
import io.github.flyorchestrator.model.Regions;
import io.github.flyorchestrator.param.PlacementRequest;
import io.github.flyorchestrator.service.PlatformService;
import io.github.flyorchestrator.service.ReactivePlatformService;
import java.util.List;
import java.util.Objects;

/**
 * {@link PlatformService} that blocks on its reactive twin, as {@link BlockingFlyMachinesClient} does: errors reach the
 * caller as {@link BlockingCalls} describes; a paged listing is a lazy stream that fetches a page when it needs one.
 */
final class BlockingPlatformService implements PlatformService {

  private final ReactivePlatformService reactive;

  BlockingPlatformService(ReactivePlatformService reactive) {
    this.reactive = Objects.requireNonNull(reactive, "reactive must not be null");
  }

  @Override
  public Regions regions() {
    return BlockingCalls.block(reactive.regions(), "platform.regions");
  }

  @Override
  public List<RegionPlacement> placements(PlacementRequest request) {
    return BlockingCalls.block(reactive.placements(request), "platform.placements");
  }
}
