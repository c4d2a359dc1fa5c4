package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.internal.wait.Acceptor;
import io.github.flyorchestrator.internal.wait.Attempt;
import io.github.flyorchestrator.internal.wait.PollRules;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.CertificateCheck;
import io.github.flyorchestrator.model.CertificateSummary;
import io.github.flyorchestrator.model.HostnameCertificate;
import io.github.flyorchestrator.service.ReactiveCertificateService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The certificate step of {@code provisionAppAndWait}: requests an ACME certificate for each hostname the app does
 * not have yet (a re-run requests nothing twice), then calls {@code check} until every hostname's certificate is
 * issued ({@link CertificateReadiness}), with the workflow's backoff and deadline. Each round checks only the
 * hostnames still waiting. After every round the awaited description names each waiting hostname and the DNS records
 * it misses, so a timeout says what the user has to add.
 *
 * <p>A request is sent through the {@link AmbiguousFailureLoop}: after an ambiguous failure a read of the hostname
 * that answers 200 means it landed; a 422 on a re-send means an earlier send landed (the API refuses a repeated ACME
 * request with 422, or answers it 201: both are fine).
 */
final class HostnameCertificates {

  private final OrchestrationSupport support;
  private final AmbiguousFailureLoop loop;

  HostnameCertificates(OrchestrationSupport support) {
    this.support = Objects.requireNonNull(support, "support must not be null");
    this.loop = new AmbiguousFailureLoop(support.backoff(), support.scheduler());
  }

  /**
   * @param app the app
   * @param hostnames the hostnames to certify, lower case
   * @param progress the workflow's deadline
   * @return completes when each hostname has a certificate request
   */
  Mono<Void> request(String app, List<String> hostnames, WaitProgress progress) {
    if (hostnames.isEmpty()) {
      return Mono.empty();
    }
    ReactiveCertificateService certificates = support.client().certificates();
    return progress.bound(certificates.list(app).map(CertificateSummary::hostname)
            .map(hostname -> hostname.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
        .flatMapMany(present -> Flux.fromIterable(hostnames).filter(hostname -> !present.contains(hostname)))
        .concatMap(hostname -> loop.send("certificate request for " + hostname,
            () -> certificates.requestAcme(app, hostname),
            () -> certificates.get(app, hostname).onErrorResume(FlyErrors::isNotFound, absent -> Mono.empty()),
            error -> FlyErrors.hasStatus(error, 422), progress))
        .then();
  }

  /**
   * @param app the app
   * @param hostnames the hostnames whose certificates must be issued, lower case
   * @param progress the workflow's deadline and attempts
   * @return each hostname's state when all are issued; a timeout naming the waiting hostnames and their missing DNS
   *     records at the deadline
   */
  Mono<List<HostnameCertificate>> awaitIssued(String app, List<String> hostnames, WaitProgress progress) {
    if (hostnames.isEmpty()) {
      return Mono.just(List.of());
    }
    ReactiveCertificateService certificates = support.client().certificates();
    Map<String, CertificateCheck> latest = new ConcurrentHashMap<>();
    Set<String> issued = ConcurrentHashMap.newKeySet();
    progress.awaiting(waiting(app, hostnames, latest));
    PollRules<Set<String>> allIssued = new PollRules<>(List.of(
        Acceptor.<Set<String>>successOn(done -> done.size() == hostnames.size()),
        Acceptor.<Set<String>>retryOnError(FlyErrors::isFailedAttempt)),
        done -> done.size() + " of " + hostnames.size() + " certificates issued");
    return support.poller().poll(() -> Flux.fromIterable(hostnames).filter(hostname -> !issued.contains(hostname))
            .concatMap(hostname -> certificates.check(app, hostname).doOnNext(check -> {
              latest.put(hostname, check);
              if (CertificateReadiness.isIssued(check)) {
                issued.add(hostname);
              }
            }))
            .then(Mono.fromSupplier(() -> {
              progress.awaiting(waiting(app, hostnames, latest));
              return Set.copyOf(issued);
            })), allIssued, progress)
        .map(Attempt::value)
        .map(done -> hostnames.stream().map(hostname -> state(hostname, latest.get(hostname))).toList());
  }

  private static HostnameCertificate state(String hostname, CertificateCheck check) {
    return new HostnameCertificate(hostname, check.status(), CertificateReadiness.isIssued(check), check);
  }

  private static String waiting(String app, List<String> hostnames, Map<String, CertificateCheck> latest) {
    return "certificates of app " + app + ": " + hostnames.stream()
        .filter(hostname -> latest.get(hostname) == null || !CertificateReadiness.isIssued(latest.get(hostname)))
        .map(hostname -> CertificateReadiness.describeWaiting(hostname, latest.get(hostname)))
        .collect(Collectors.joining("; "));
  }
}
