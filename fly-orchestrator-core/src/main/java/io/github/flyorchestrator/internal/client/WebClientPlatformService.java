package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.RegionPlacement;
import io.github.flyorchestrator.model.Regions;
import io.github.flyorchestrator.param.PlacementRequest;
import io.github.flyorchestrator.service.ReactivePlatformService;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/** {@link ReactivePlatformService} over the client's {@link FlyExchange}. */
final class WebClientPlatformService implements ReactivePlatformService {

  private final FlyExchange exchange;

  WebClientPlatformService(FlyExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public Mono<Regions> regions() {
    return exchange.read(FlyCall.of(HttpMethod.GET, FlyRoutes.PLATFORM_REGIONS), Regions.class);
  }

  @Override
  public Mono<List<RegionPlacement>> placements(PlacementRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    FlyNames.requireOrgSlug("orgSlug", request.orgSlug());
    // Asking where machines would fit changes nothing: repeating it is harmless.
    return exchange.read(FlyCall.of(HttpMethod.POST, FlyRoutes.PLATFORM_PLACEMENTS).body(request).retryable(),
        FlyServiceEnvelopes.PlacementList.class).map(FlyServiceEnvelopes.PlacementList::regionsOrEmpty);
  }
}
