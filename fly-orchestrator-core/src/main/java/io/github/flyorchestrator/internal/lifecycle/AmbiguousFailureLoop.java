package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.internal.wait.BackoffSchedule;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Sends a mutation the client sends only once (an app or machine create, an update, a machine action) and decides
 * what an ambiguous failure of it meant, the same way for every workflow. After a failure that leaves open whether
 * the mutation took effect ({@link FlyErrors#isAmbiguous}: no response, the attempt timeout, 408, 5xx, a 2xx whose
 * body could not be read) it pauses for the backoff delay (a mutation still being processed can then finish) and asks
 * the caller's lookup whether it took effect:
 *
 * <ul>
 *   <li>the lookup finds its effect: that is the result, and nothing is sent again;</li>
 *   <li>the lookup finds none: the mutation is sent again, at most {@link #MAX_SENDS} times in all; after the last
 *       send its failure is the result;</li>
 *   <li>the lookup fails: the mutation's failure is the result (with the lookup's error suppressed in it), rather
 *       than risk a second effect.</li>
 * </ul>
 *
 * <p>Every send and lookup is bounded by the workflow's deadline, and a pause that no longer fits ends the loop; when
 * the deadline passes while an ambiguous failure is being cleared up, the {@link FlyTimeoutException} keeps that
 * failure as its cause. A failure that is not ambiguous is the result at once. A re-send that fails because an
 * earlier send took effect after all (the caller's {@code landedEarlier}, e.g. an app name taken by the first create)
 * completes empty.
 */
final class AmbiguousFailureLoop {

  /** Sends of one mutation, at most. */
  static final int MAX_SENDS = 3;

  private final BackoffSchedule backoff;
  private final Scheduler scheduler;

  /**
   * @param backoff the pause before each lookup
   * @param scheduler where pauses run (the deadline's clock)
   */
  AmbiguousFailureLoop(BackoffSchedule backoff, Scheduler scheduler) {
    this.backoff = Objects.requireNonNull(backoff, "backoff must not be null");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
  }

  /**
   * Sends a mutation whose re-send never fails because of an earlier send.
   *
   * @param what what is sent, for the observed state, e.g. {@code create} ("create ambiguous: http 503")
   * @param mutation sends the mutation once
   * @param lookup whether it took effect: the result when it did, empty when it did not
   * @param progress the workflow's deadline
   * @param <T> the result type
   * @return the mutation's result, or the lookup's
   */
  <T> Mono<T> send(String what, Supplier<Mono<T>> mutation, Supplier<Mono<T>> lookup, WaitProgress progress) {
    return send(what, mutation, lookup, error -> false, progress);
  }

  /**
   * Sends a mutation.
   *
   * @param what what is sent, for the observed state, e.g. {@code create} ("create ambiguous: http 503")
   * @param mutation sends the mutation once
   * @param lookup whether it took effect: the result when it did, empty when it did not
   * @param landedEarlier which failures of a re-send show that an earlier send took effect
   * @param progress the workflow's deadline
   * @param <T> the result type
   * @return the mutation's result, or the lookup's; empty when a re-send failed as {@code landedEarlier} says
   */
  <T> Mono<T> send(String what, Supplier<Mono<T>> mutation, Supplier<Mono<T>> lookup,
      Predicate<Throwable> landedEarlier, WaitProgress progress) {
    Objects.requireNonNull(mutation, "mutation must not be null");
    Objects.requireNonNull(lookup, "lookup must not be null");
    Objects.requireNonNull(landedEarlier, "landedEarlier must not be null");
    return send(1, new Sends<>(what, mutation, lookup, landedEarlier, progress));
  }

  private <T> Mono<T> send(int send, Sends<T> sends) {
    WaitProgress progress = sends.progress();
    return progress.bound(Mono.defer(sends.mutation()))
        .onErrorResume(error -> send > 1 && sends.landedEarlier().test(error), error -> {
          progress.observe(sends.what() + " took effect earlier: " + FlyErrors.describe(error));
          return Mono.empty();
        })
        .onErrorResume(FlyErrors::isAmbiguous, error -> {
          progress.observe(sends.what() + " ambiguous: " + FlyErrors.describe(error));
          return pause(send, progress)
              .then(progress.bound(Mono.defer(sends.lookup())))
              .onErrorResume(lookupError -> !(lookupError instanceof FlyTimeoutException), lookupError -> {
                error.addSuppressed(lookupError);
                return Mono.error(error);
              })
              .switchIfEmpty(Mono.defer(() -> send < MAX_SENDS ? send(send + 1, sends) : Mono.error(error)))
              .onErrorMap(failure -> progress.explainTimeout(failure, error));
        });
  }

  /** The backoff pause after the given send, cut to the time left; a timeout when no time is left. */
  private Mono<Void> pause(int send, WaitProgress progress) {
    return Mono.defer(() -> {
      Duration delay = backoff.delay(send - 1, progress.deadline().remaining());
      return delay.isZero() ? Mono.error(progress.timeout(null)) : Mono.delay(delay, scheduler).then();
    });
  }

  /** One mutation's parts, the same for each of its sends. */
  private record Sends<T>(String what, Supplier<Mono<T>> mutation, Supplier<Mono<T>> lookup,
      Predicate<Throwable> landedEarlier, WaitProgress progress) {
  }
}
