package io.github.flyorchestrator.service;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.RegionPlacement;
import io.github.flyorchestrator.model.Regions;
import io.github.flyorchestrator.param.PlacementRequest;
import java.util.List;

/**
 * The platform's regions and placement capacity ({@code /v1/platform/*}), reached as {@code client.platform()}; the
 * blocking twin is {@link PlatformService}.
 */
public interface PlatformService {

  /**
   * {@code GET /v1/platform/regions}.
   *
   * @return the regions and the one nearest to the caller
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  Regions regions();

  /**
   * {@code POST /v1/platform/placements}: where machines of a size could be placed. Retried like a read: it changes
   * nothing.
   *
   * @param request organization, size, count and region expression
   * @return one entry per region with capacity
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when the organization slug is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  List<RegionPlacement> placements(PlacementRequest request);
}
