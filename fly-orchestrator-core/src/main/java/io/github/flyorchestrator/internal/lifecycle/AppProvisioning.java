package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.internal.client.FlyNames;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.ProvisionedApp;
import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation.Operation;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.ProvisionAppRequest;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * {@code provisionAppAndWait}: makes an app ready for traffic on its hostnames, in one observation
 * ({@code provision_app_and_wait}) and one deadline. It reads the app and adopts it when it belongs to the
 * requested organization (an app of another organization is an error, nothing is changed), or creates it
 * ({@link AppCreate}: no double create, read back until readable); then allocates the addresses it lacks
 * ({@link AppAddresses}), requests a certificate for each hostname it lacks and waits until every one is issued
 * ({@link HostnameCertificates}). Each step reads first, so a re-run after a failure or a timeout continues where the
 * first run stopped.
 */
public final class AppProvisioning {

  /** Operation name of {@code provisionAppAndWait}. */
  public static final String PROVISION_APP_AND_WAIT = Operation.PROVISION_APP_AND_WAIT.value();

  private final OrchestrationSupport support;
  private final AppCreate appCreates;
  private final AppAddresses addresses;
  private final HostnameCertificates certificates;

  /**
   * @param support the orchestrator's client, backoff, scheduler and observation
   * @param appCreates the app create shared with {@code createAppAndWait}
   */
  public AppProvisioning(OrchestrationSupport support, AppCreate appCreates) {
    this.support = Objects.requireNonNull(support, "support must not be null");
    this.appCreates = Objects.requireNonNull(appCreates, "appCreates must not be null");
    this.addresses = new AppAddresses(support);
    this.certificates = new HostnameCertificates(support);
  }

  /**
   * @param request the app, its organization, addresses and hostnames, the timeout
   * @return the app, its addresses and each hostname's issued certificate
   * @throws IllegalArgumentException when the app name, the organization or a hostname is not valid (nothing is
   *     sent)
   */
  public Mono<ProvisionedApp> provision(ProvisionAppRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    String app = FlyNames.requireAppName("appName", request.appName());
    FlyNames.requireOrgSlug("orgSlug", request.orgSlug());
    request.hostnames().forEach(hostname -> FlyNames.requireHostname("hostnames", hostname));
    return support.observe(PROVISION_APP_AND_WAIT, app, null, support.timeoutOrDefault(request.timeout()),
        "app " + app + " to be provisioned", null, progress -> adoptOrCreate(request, progress)
            .flatMap(read -> addresses.ensure(request, progress)
                .flatMap(ips -> certificates.request(app, request.hostnames(), progress)
                    .then(certificates.awaitIssued(app, request.hostnames(), progress))
                    .map(states -> new ProvisionedApp(read, ips, states)))));
  }

  private Mono<App> adoptOrCreate(ProvisionAppRequest request, WaitProgress progress) {
    String app = request.appName();
    CreateAppRequest create = CreateAppRequest.of(app, request.orgSlug());
    return progress.bound(support.client().getApp(app))
        .onErrorResume(FlyErrors::isNotFound, absent -> Mono.empty())
        .flatMap(existing -> adoptable(existing, request))
        .switchIfEmpty(Mono.defer(() -> appCreates.createAndAwait(
            request.network() != null ? create.withNetwork(request.network()) : create, read -> true, progress)));
  }

  /** The app itself when it belongs to the requested organization (or does not say), an error otherwise. */
  private static Mono<App> adoptable(App existing, ProvisionAppRequest request) {
    String owner = existing.organization() != null ? existing.organization().slug() : null;
    if (owner == null || owner.equals(request.orgSlug())) {
      return Mono.just(existing);
    }
    return Mono.error(new FlyException("app " + request.appName() + " already exists in organization " + owner
        + ", not in " + request.orgSlug() + "; provisionAppAndWait adopts only an app of the requested organization,"
        + " so nothing was changed", null));
  }
}
