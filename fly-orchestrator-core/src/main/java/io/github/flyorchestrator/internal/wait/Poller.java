package io.github.flyorchestrator.internal.wait;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The generic waiting engine: makes an attempt, applies the first {@link Acceptor} that matches its response or
 * error, and between retries pauses for the {@link BackoffSchedule}'s delay cut to the time remaining. It never
 * starts an attempt after the deadline and bounds every attempt by it, so the whole poll ends by the deadline.
 * Pauses run on the given scheduler, so virtual time drives them in tests.
 */
public final class Poller {

  private final BackoffSchedule backoff;
  private final Scheduler scheduler;

  /**
   * Creates a poller.
   *
   * @param backoff delays between attempts
   * @param scheduler where pauses run (the deadline's clock should be the same scheduler)
   */
  public Poller(BackoffSchedule backoff, Scheduler scheduler) {
    this.backoff = Objects.requireNonNull(backoff, "backoff must not be null");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
  }

  /**
   * Polls until an acceptor says success or failure, or the deadline passes.
   *
   * @param attempt a fresh attempt each time (an empty result is an error)
   * @param rules acceptors and how to describe a response
   * @param progress deadline, attempt count and last state of the whole wait
   * @param <T> the response type
   * @return the attempt that matched a success acceptor (its response, or the error that meant done); the failure's
   *     error; or a {@link io.github.flyorchestrator.exception.FlyTimeoutException} at the deadline
   */
  public <T> Mono<Attempt<T>> poll(Supplier<? extends Mono<? extends T>> attempt,
      PollRules<T> rules, WaitProgress progress) {
    Objects.requireNonNull(attempt, "attempt must not be null");
    Objects.requireNonNull(rules, "rules must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    return attempt(0, attempt, rules, progress);
  }

  private <T> Mono<Attempt<T>> attempt(int retry, Supplier<? extends Mono<? extends T>> attempt,
      PollRules<T> rules, WaitProgress progress) {
    return Mono.defer(() -> {
      if (progress.deadline().isExpired()) {
        return Mono.error(progress.timeout(null));
      }
      progress.recordAttempt();
      Mono<Attempt<T>> call = Attempt.of(Mono.defer(attempt)
          .switchIfEmpty(Mono.error(() -> new IllegalStateException("a poll attempt completed without a result"))));
      return progress.bound(call)
          .flatMap(result -> decide(result, retry, attempt, rules, progress));
    });
  }

  private <T> Mono<Attempt<T>> decide(Attempt<T> result, int retry, Supplier<? extends Mono<? extends T>> attempt,
      PollRules<T> rules, WaitProgress progress) {
    progress.observe(rules.describe(result));
    for (Acceptor<T> acceptor : rules.acceptors()) {
      if (acceptor.matches(result)) {
        return switch (acceptor.decision()) {
          case SUCCESS -> Mono.just(result);
          case FAILURE -> Mono.error(acceptor.failureFor(result));
          case RETRY -> pauseThenRetry(retry, result.error(), attempt, rules, progress);
        };
      }
    }
    if (result.failed()) {
      return Mono.error(result.error());
    }
    return pauseThenRetry(retry, null, attempt, rules, progress);
  }

  private <T> Mono<Attempt<T>> pauseThenRetry(int retry, Throwable lastError,
      Supplier<? extends Mono<? extends T>> attempt, PollRules<T> rules, WaitProgress progress) {
    Duration pause = backoff.delay(retry, progress.deadline().remaining());
    if (pause.isZero()) {
      return Mono.error(progress.timeout(lastError));
    }
    return Mono.delay(pause, scheduler)
        .then(Mono.defer(() -> progress.deadline().isExpired()
            ? Mono.error(progress.timeout(lastError))
            : attempt(retry + 1, attempt, rules, progress)));
  }
}
