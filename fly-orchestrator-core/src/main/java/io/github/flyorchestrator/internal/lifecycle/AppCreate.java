package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.internal.wait.Acceptor;
import io.github.flyorchestrator.internal.wait.Attempt;
import io.github.flyorchestrator.internal.wait.PollRules;
import io.github.flyorchestrator.internal.wait.Poller;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.param.CreateAppRequest;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;

/**
 * Creates an app so that an ambiguous failure of {@code POST /v1/apps} neither fails the workflow nor creates twice,
 * through the {@link AmbiguousFailureLoop}. App names are unique, so the name itself is the idempotency key: after an
 * ambiguous failure a read of the app that answers 200 means the create landed, a 404 that it may not have, so it is
 * sent again; a 422 {@code name_taken} on that re-send means the earlier send landed after all (the app was not yet
 * readable: Fly's reads are eventually consistent). A 422 on the first send is a real conflict. Then, for
 * {@link #createAndAwait}, the app is read until it can be (a 404 right after the create means not yet).
 */
public final class AppCreate {

  private final ReactiveFlyMachinesClient client;
  private final AmbiguousFailureLoop loop;
  private final Poller poller;

  /**
   * @param support the orchestrator's client, backoff and scheduler
   */
  public AppCreate(OrchestrationSupport support) {
    Objects.requireNonNull(support, "support must not be null");
    this.client = support.client();
    this.loop = new AmbiguousFailureLoop(support.backoff(), support.scheduler());
    this.poller = support.poller();
  }

  /**
   * Creates the app, then reads it until it can be read and {@code ready} accepts it. A read that fails without an
   * answer (no response, a reset, 5xx, a cut-off or unreadable body) costs one attempt; 401, 403 and other answers
   * end it.
   *
   * @param request the app to create
   * @param ready the condition the app must meet
   * @param progress the orchestration's deadline and attempt count
   * @return the first app read that meets the condition
   */
  public Mono<App> createAndAwait(CreateAppRequest request, Predicate<App> ready, WaitProgress progress) {
    PollRules<App> readiness = new PollRules<>(List.of(
        Acceptor.<App>successOn(ready),
        Acceptor.<App>retryOnError(FlyErrors::isNotFound),
        Acceptor.<App>retryOnError(FlyErrors::isFailedAttempt)),
        App::status);
    return create(request, progress)
        .then(poller.poll(() -> client.getApp(request.name()), readiness, progress))
        .map(Attempt::value);
  }

  /**
   * Sends the create until it has landed, as far as the deadline allows.
   *
   * @param request the app to create
   * @param progress the orchestration's deadline and attempt count
   * @return completes when the app was created (or was found created after an ambiguous failure)
   */
  public Mono<Void> create(CreateAppRequest request, WaitProgress progress) {
    return loop.send("create", () -> client.createApp(request).then(Mono.<App>empty()),
        () -> client.getApp(request.name()).onErrorResume(FlyErrors::isNotFound, notYet -> Mono.empty()),
        FlyErrors::isNameTaken, progress).then();
  }
}
