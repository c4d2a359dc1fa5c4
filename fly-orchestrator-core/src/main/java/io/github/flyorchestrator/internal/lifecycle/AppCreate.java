package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.param.CreateAppRequest;
import java.time.Duration;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Creates an app so that an ambiguous failure of {@code POST /v1/apps} (no response, a timeout, 408, 5xx; see
 * {@link IdempotentCreate#isAmbiguous}) neither fails the workflow nor creates twice. App names are unique, so the
 * name itself is the idempotency key: after an ambiguous failure it pauses for the backoff delay and reads the app;
 * a 200 means the create landed; a 404 means it may not have, so it is sent again, and then a 422 {@code name_taken}
 * means the earlier attempt landed after all (the app is not yet readable: Fly's reads are eventually consistent).
 * At most {@link #MAX_ATTEMPTS} sends, never past the deadline; when the deadline passes while an ambiguous failure
 * is being cleared up, the {@link FlyTimeoutException} keeps that failure as its cause. A 422 on the first send is a
 * real conflict.
 */
public final class AppCreate {

  /** Sends of one create, at most. */
  static final int MAX_ATTEMPTS = 3;

  private final OrchestrationSupport support;

  /**
   * @param support the orchestrator's client, backoff and scheduler
   */
  public AppCreate(OrchestrationSupport support) {
    this.support = Objects.requireNonNull(support, "support must not be null");
  }

  /**
   * Sends the create until it has landed, as far as the deadline allows.
   *
   * @param request the app to create
   * @param progress the orchestration's deadline and attempt count
   * @return completes when the app was created (or was found created after an ambiguous failure)
   */
  public Mono<Void> create(CreateAppRequest request, WaitProgress progress) {
    return attempt(request, progress, 1);
  }

  private Mono<Void> attempt(CreateAppRequest request, WaitProgress progress, int attempt) {
    return progress.bound(support.client().createApp(request))
        .onErrorResume(error -> attempt > 1 && isNameTaken(error), error -> {
          progress.observe("created by an earlier attempt");
          return Mono.empty();
        })
        .onErrorResume(error -> attempt < MAX_ATTEMPTS && IdempotentCreate.isAmbiguous(error), error -> {
          progress.observe("create ambiguous");
          Duration delay = support.backoff().delay(attempt - 1, progress.deadline().remaining());
          if (delay.isZero()) {
            return Mono.error(progress.timeout(error));
          }
          Mono<Void> lookup = Mono.delay(delay, support.scheduler())
              .then(progress.bound(support.client().getApp(request.name())))
              .then()
              .onErrorMap(failure -> !isNotFound(failure) && !(failure instanceof FlyTimeoutException),
                  failure -> error);
          return lookup.onErrorResume(AppCreate::isNotFound, notFound -> attempt(request, progress, attempt + 1))
              .onErrorMap(failure -> progress.explainTimeout(failure, error));
        });
  }

  private static boolean isNotFound(Throwable error) {
    return error instanceof FlyException fly && fly.hasStatus(404);
  }

  private static boolean isNameTaken(Throwable error) {
    return error instanceof FlyException fly && fly.hasStatus(422)
        && ("name_taken".equals(fly.getFlyStatus()) || String.valueOf(fly.getError()).contains("taken"));
  }
}
