package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.Machine;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Sends a machine action (start, stop, update, destroy, ...) that the client sends exactly once, and decides what an
 * ambiguous failure meant. After a failure that leaves open whether the action took effect (no response, a timeout,
 * 408, 5xx; see {@link IdempotentCreate#isAmbiguous}) it pauses for the backoff delay, re-reads the machine, and
 * sends the action again only when the read shows it did not take effect: at most {@link #MAX_ATTEMPTS} times in
 * all and never past the deadline. When the re-read fails, the action's error is returned (a 404 is returned as it
 * is, so that a destroy can treat it as done).
 */
final class AmbiguousActions {

  /** Sends of one action, at most. */
  static final int MAX_ATTEMPTS = 3;

  private final OrchestrationSupport support;

  AmbiguousActions(OrchestrationSupport support) {
    this.support = Objects.requireNonNull(support, "support must not be null");
  }

  /**
   * @param app the app
   * @param id the machine
   * @param action sends the action once
   * @param tookEffect whether a read of the machine shows the action took effect
   * @param fromRead the action's result made from that read
   * @param progress the orchestration's deadline
   * @param <T> the action's result type
   * @return the action's result, or {@code fromRead} of the read that showed it took effect
   */
  <T> Mono<T> send(String app, String id, Supplier<Mono<T>> action, Predicate<Machine> tookEffect,
      Function<Machine, Mono<T>> fromRead, WaitProgress progress) {
    return attempt(app, id, action, tookEffect, fromRead, progress, 1);
  }

  private <T> Mono<T> attempt(String app, String id, Supplier<Mono<T>> action, Predicate<Machine> tookEffect,
      Function<Machine, Mono<T>> fromRead, WaitProgress progress, int attempt) {
    return progress.bound(Mono.defer(action))
        .onErrorResume(error -> attempt < MAX_ATTEMPTS && IdempotentCreate.isAmbiguous(error), error -> {
          progress.observe("action ambiguous");
          Duration delay = support.backoff().delay(attempt - 1, progress.deadline().remaining());
          if (delay.isZero()) {
            return Mono.error(error);
          }
          return Mono.delay(delay, support.scheduler())
              .then(progress.bound(support.client().getMachine(app, id)))
              .onErrorResume(lookupError -> !(lookupError instanceof FlyTimeoutException) && !isNotFound(lookupError),
                  lookupError -> {
                    error.addSuppressed(lookupError);
                    return Mono.error(error);
                  })
              .flatMap(read -> tookEffect.test(read) ? fromRead.apply(read)
                  : attempt(app, id, action, tookEffect, fromRead, progress, attempt + 1));
        });
  }

  private static boolean isNotFound(Throwable error) {
    return error instanceof FlyException fly && fly.hasStatus(404);
  }
}
