package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.internal.client.FlyNames;
import io.github.flyorchestrator.internal.wait.Acceptor;
import io.github.flyorchestrator.internal.wait.PollRules;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.IpAssignment;
import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code deprovisionAppAndWait}: undoes {@code provisionAppAndWait} in one observation
 * ({@code deprovision_app_and_wait}) and one deadline. It releases every address of the app, deletes the app (its
 * certificates go with it) and reads it until the read answers 404. A 404 anywhere means that part is already gone,
 * so a re-run after a failure or a timeout finishes the job; an app that does not exist is done at once.
 */
public final class AppDeprovisioning {

  /** Operation name of {@code deprovisionAppAndWait}. */
  public static final String DEPROVISION_APP_AND_WAIT = Operation.DEPROVISION_APP_AND_WAIT.value();

  private static final PollRules<App> GONE = new PollRules<>(List.of(
      Acceptor.<App>successOnError(FlyErrors::isNotFound),
      Acceptor.<App>retryOnError(FlyErrors::isFailedAttempt)),
      app -> "still there, " + app.status());

  private final OrchestrationSupport support;
  private final ReactiveFlyMachinesClient client;

  /**
   * @param support the orchestrator's client, backoff, scheduler and observation
   */
  public AppDeprovisioning(OrchestrationSupport support) {
    this.support = Objects.requireNonNull(support, "support must not be null");
    this.client = support.client();
  }

  /**
   * @param appName the app
   * @param timeout the deadline, or {@code null} for the default
   * @return completes when the app is gone
   * @throws IllegalArgumentException when the app name is not valid (nothing is sent)
   */
  public Mono<Void> deprovision(String appName, Duration timeout) {
    String app = FlyNames.requireAppName("appName", appName);
    return support.observe(DEPROVISION_APP_AND_WAIT, app, null, support.timeoutOrDefault(timeout),
        "app " + app + " to be deleted", null, progress -> releaseAddresses(app, progress)
            .then(ifPresent(progress.bound(client.deleteApp(app))))
            .then(support.poller().poll(() -> client.getApp(app), GONE, progress))
            .then());
  }

  private Mono<Void> releaseAddresses(String app, WaitProgress progress) {
    return progress.bound(client.ipAssignments().list(app))
        .onErrorResume(FlyErrors::isNotFound, gone -> Mono.just(List.of()))
        .flatMapMany(Flux::fromIterable)
        .map(IpAssignment::ip)
        .concatMap(ip -> ifPresent(progress.bound(client.ipAssignments().release(app, ip))))
        .then();
  }

  private static Mono<Void> ifPresent(Mono<Void> removal) {
    return removal.onErrorResume(FlyErrors::isNotFound, gone -> Mono.empty());
  }
}
