package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.param.CreateAppRequest;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Creates an app so that an ambiguous failure of {@code POST /v1/apps} neither fails the workflow nor creates twice,
 * through the {@link AmbiguousFailureLoop}. App names are unique, so the name itself is the idempotency key: after an
 * ambiguous failure a read of the app that answers 200 means the create landed, a 404 that it may not have, so it is
 * sent again; a 422 {@code name_taken} on that re-send means the earlier send landed after all (the app was not yet
 * readable: Fly's reads are eventually consistent). A 422 on the first send is a real conflict.
 */
public final class AppCreate {

  private final ReactiveFlyMachinesClient client;
  private final AmbiguousFailureLoop loop;

  /**
   * @param support the orchestrator's client, backoff and scheduler
   */
  public AppCreate(OrchestrationSupport support) {
    Objects.requireNonNull(support, "support must not be null");
    this.client = support.client();
    this.loop = new AmbiguousFailureLoop(support.backoff(), support.scheduler());
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
