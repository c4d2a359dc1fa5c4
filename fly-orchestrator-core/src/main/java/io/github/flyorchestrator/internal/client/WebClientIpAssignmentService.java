package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.IpAssignment;
import io.github.flyorchestrator.param.AllocateIpRequest;
import io.github.flyorchestrator.service.ReactiveIpAssignmentService;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/** {@link ReactiveIpAssignmentService} over the client's {@link FlyExchange}: one short method per route. */
final class WebClientIpAssignmentService implements ReactiveIpAssignmentService {

  private final FlyExchange exchange;

  WebClientIpAssignmentService(FlyExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public Mono<List<IpAssignment>> list(String appName) {
    return exchange.read(FlyCall.of(HttpMethod.GET, FlyRoutes.IP_ASSIGNMENTS).path("app", appName),
        FlyServiceEnvelopes.IpList.class).map(FlyServiceEnvelopes.IpList::ipsOrEmpty);
  }

  @Override
  public Mono<IpAssignment> allocate(String appName, AllocateIpRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    return exchange.read(FlyCall.of(HttpMethod.POST, FlyRoutes.IP_ASSIGNMENTS).path("app", appName).body(request),
        IpAssignment.class);
  }

  @Override
  public Mono<Void> release(String appName, String ip) {
    return exchange.send(FlyCall.of(HttpMethod.DELETE, FlyRoutes.IP_ASSIGNMENT).path("app", appName).path("ip", ip));
  }
}
