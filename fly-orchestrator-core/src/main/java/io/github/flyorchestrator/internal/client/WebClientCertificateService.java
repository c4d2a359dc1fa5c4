package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.Certificate;
import io.github.flyorchestrator.model.CertificateCheck;
import io.github.flyorchestrator.model.CertificateSummary;
import io.github.flyorchestrator.param.CertificateListOptions;
import io.github.flyorchestrator.param.CustomCertificateRequest;
import io.github.flyorchestrator.service.ReactiveCertificateService;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@link ReactiveCertificateService} over the client's {@link FlyExchange}: one short method per route. */
final class WebClientCertificateService implements ReactiveCertificateService {

  private final FlyExchange exchange;

  WebClientCertificateService(FlyExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public Flux<CertificateSummary> list(String appName, CertificateListOptions options) {
    FlyNames.requireAppName("appName", appName);
    CertificateListOptions filters = options == null ? CertificateListOptions.ALL : options;
    return CursorPages.items(cursor -> exchange.read(FlyCall.of(HttpMethod.GET, FlyRoutes.CERTIFICATES)
        .path("app", appName).query("filter", filters.filter()).query("limit", filters.pageSize())
        .query("cursor", cursor), FlyServiceEnvelopes.CertificatePage.class));
  }

  @Override
  public Mono<Certificate> get(String appName, String hostname) {
    return exchange.read(hostname(HttpMethod.GET, FlyRoutes.CERTIFICATE, appName, hostname), Certificate.class);
  }

  @Override
  public Mono<Certificate> requestAcme(String appName, String hostname) {
    FlyNames.requireHostname("hostname", hostname);
    return exchange.read(FlyCall.of(HttpMethod.POST, FlyRoutes.CERTIFICATES_ACME).path("app", appName)
        .body(Map.of("hostname", hostname)), Certificate.class);
  }

  @Override
  public Mono<Certificate> addCustom(String appName, CustomCertificateRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    FlyNames.requireHostname("hostname", request.hostname());
    return exchange.read(FlyCall.of(HttpMethod.POST, FlyRoutes.CERTIFICATES_CUSTOM).path("app", appName)
        .body(request), Certificate.class);
  }

  @Override
  public Mono<CertificateCheck> check(String appName, String hostname) {
    // A check only re-reads DNS and issuance state: repeating it is harmless.
    return exchange.read(hostname(HttpMethod.POST, FlyRoutes.CERTIFICATE_CHECK, appName, hostname).retryable(),
        CertificateCheck.class);
  }

  @Override
  public Mono<Void> delete(String appName, String hostname) {
    return exchange.send(hostname(HttpMethod.DELETE, FlyRoutes.CERTIFICATE, appName, hostname));
  }

  @Override
  public Mono<Certificate> deleteAcme(String appName, String hostname) {
    return exchange.read(hostname(HttpMethod.DELETE, FlyRoutes.CERTIFICATE_ACME, appName, hostname),
        Certificate.class);
  }

  @Override
  public Mono<Certificate> deleteCustom(String appName, String hostname) {
    return exchange.read(hostname(HttpMethod.DELETE, FlyRoutes.CERTIFICATE_CUSTOM, appName, hostname),
        Certificate.class);
  }

  private static FlyCall.Builder hostname(HttpMethod method, String route, String appName, String hostname) {
    return FlyCall.of(method, route).path("app", appName).path("hostname", hostname);
  }
}
