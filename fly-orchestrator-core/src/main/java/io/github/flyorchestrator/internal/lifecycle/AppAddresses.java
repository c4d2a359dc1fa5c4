package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.IpAssignment;
import io.github.flyorchestrator.param.AllocateIpRequest;
import io.github.flyorchestrator.param.IpAddressType;
import io.github.flyorchestrator.param.ProvisionAppRequest;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.service.ReactiveIpAssignmentService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The address step of {@code provisionAppAndWait}: lists the app's addresses and allocates each requested kind it
 * does not have yet, so a re-run allocates nothing twice. An allocation is sent through the
 * {@link AmbiguousFailureLoop}: after an ambiguous failure the addresses are listed again, and one of that kind that
 * was not there before means the allocation landed.
 *
 * <p>The API's {@code IPAssignment} has no type, so the kind is read from the address: {@code shared} is a shared
 * IPv4 address, any other IPv4 a dedicated one, an IPv6 under {@code fdaa:} a private one (Fly's private networks),
 * any other IPv6 a public one (see {@code docs/fly-api-assumptions.md}).
 */
final class AppAddresses {

  private final ReactiveFlyMachinesClient client;
  private final AmbiguousFailureLoop loop;

  AppAddresses(OrchestrationSupport support) {
    Objects.requireNonNull(support, "support must not be null");
    this.client = support.client();
    this.loop = new AmbiguousFailureLoop(support.backoff(), support.scheduler());
  }

  /**
   * @param request the app, its organization and network, the kinds of address wanted
   * @param progress the workflow's deadline
   * @return every address of the app afterwards: those it had, then those allocated
   */
  Mono<List<IpAssignment>> ensure(ProvisionAppRequest request, WaitProgress progress) {
    String app = request.appName();
    ReactiveIpAssignmentService ips = client.ipAssignments();
    return progress.bound(ips.list(app)).flatMap(existing -> Flux.fromIterable(request.ips())
        .filter(kind -> existing.stream().noneMatch(ip -> kindOf(ip) == kind))
        .concatMap(kind -> allocate(request, kind, existing, progress))
        .collectList()
        .map(added -> {
          List<IpAssignment> all = new ArrayList<>(existing);
          all.addAll(added);
          return all;
        }));
  }

  private Mono<IpAssignment> allocate(ProvisionAppRequest request, IpAddressType kind, List<IpAssignment> before,
      WaitProgress progress) {
    String app = request.appName();
    ReactiveIpAssignmentService ips = client.ipAssignments();
    AllocateIpRequest body = kind == IpAddressType.PRIVATE_V6
        ? AllocateIpRequest.builder(kind).orgSlug(request.orgSlug()).network(request.network()).build()
        : AllocateIpRequest.builder(kind).build();
    progress.observe("allocating " + kind.wireValue());
    return loop.send("allocate " + kind.wireValue(), () -> ips.allocate(app, body),
        () -> ips.list(app).flatMap(now -> Mono.justOrEmpty(now.stream()
            .filter(ip -> kindOf(ip) == kind && before.stream().noneMatch(old -> old.ip().equals(ip.ip())))
            .findFirst())),
        progress);
  }

  /**
   * @param ip an address of the app
   * @return its kind, as far as the address tells
   */
  static IpAddressType kindOf(IpAssignment ip) {
    if (Boolean.TRUE.equals(ip.shared())) {
      return IpAddressType.SHARED_V4;
    }
    String address = ip.ip() == null ? "" : ip.ip().toLowerCase(Locale.ROOT);
    if (!address.contains(":")) {
      return IpAddressType.DEDICATED_V4;
    }
    return address.startsWith("fdaa:") ? IpAddressType.PRIVATE_V6 : IpAddressType.V6;
  }
}
