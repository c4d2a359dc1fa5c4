package io.github.flyorchestrator.internal.wait;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One rule of a wait: when an attempt's response (or error) matches, the wait succeeds, fails or retries. A
 * {@link Poller} tries a wait's acceptors in order and applies the first that matches; a response that matches none
 * is retried and an error that matches none ends the wait with that error. Immutable.
 *
 * @param <T> the response type of an attempt
 */
public final class Acceptor<T> {

  private final PollDecision decision;
  private final Predicate<Attempt<T>> matcher;
  private final Function<Attempt<T>, ? extends Throwable> failure;

  private Acceptor(PollDecision decision, Predicate<Attempt<T>> matcher,
      Function<Attempt<T>, ? extends Throwable> failure) {
    this.decision = decision;
    this.matcher = matcher;
    this.failure = failure;
  }

  /**
   * Succeeds on a response that matches.
   *
   * @param matcher which responses mean done
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> successOn(Predicate<? super T> matcher) {
    return onResponse(PollDecision.SUCCESS, matcher, null);
  }

  /**
   * Retries on a response that matches.
   *
   * @param matcher which responses mean not yet
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> retryOn(Predicate<? super T> matcher) {
    return onResponse(PollDecision.RETRY, matcher, null);
  }

  /**
   * Fails on a response that matches.
   *
   * @param matcher which responses mean the goal can no longer be reached
   * @param error builds the error to fail with from the response
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> failureOn(Predicate<? super T> matcher,
      Function<? super T, ? extends Throwable> error) {
    Objects.requireNonNull(error, "error must not be null");
    return onResponse(PollDecision.FAILURE, matcher, attempt -> error.apply(attempt.value()));
  }

  /**
   * Succeeds on an error that matches (e.g. a 404 while waiting for a deletion).
   *
   * @param matcher which errors mean done
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> successOnError(Predicate<? super Throwable> matcher) {
    return onError(PollDecision.SUCCESS, matcher, null);
  }

  /**
   * Retries on an error that matches (e.g. a 404 right after a create).
   *
   * @param matcher which errors mean not yet
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> retryOnError(Predicate<? super Throwable> matcher) {
    return onError(PollDecision.RETRY, matcher, null);
  }

  /**
   * Fails with an error built from the matched one, e.g. a "machine gone" error for a 404. Errors that no acceptor
   * matches end the wait as they are; this acceptor lets a failure rule come before a broader retry rule.
   *
   * @param matcher which errors end the wait
   * @param error builds the error to fail with from the matched one
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> failureOnError(Predicate<? super Throwable> matcher,
      Function<? super Throwable, ? extends Throwable> error) {
    Objects.requireNonNull(error, "error must not be null");
    return onError(PollDecision.FAILURE, matcher, attempt -> error.apply(attempt.error()));
  }

  private static <T> Acceptor<T> onResponse(PollDecision decision, Predicate<? super T> matcher,
      Function<Attempt<T>, ? extends Throwable> failure) {
    Objects.requireNonNull(matcher, "matcher must not be null");
    return new Acceptor<>(decision, attempt -> !attempt.failed() && matcher.test(attempt.value()), failure);
  }

  private static <T> Acceptor<T> onError(PollDecision decision, Predicate<? super Throwable> matcher,
      Function<Attempt<T>, ? extends Throwable> failure) {
    Objects.requireNonNull(matcher, "matcher must not be null");
    return new Acceptor<>(decision, attempt -> attempt.failed() && matcher.test(attempt.error()), failure);
  }

  /** @return what the wait does when this acceptor matches */
  PollDecision decision() {
    return decision;
  }

  /**
   * @param attempt an attempt's response or error
   * @return whether this acceptor applies to it
   */
  boolean matches(Attempt<T> attempt) {
    return matcher.test(attempt);
  }

  /**
   * The error a failure acceptor ends the wait with.
   *
   * @param attempt the matched attempt
   * @return the error built from its response or error
   * @throws IllegalStateException when this acceptor does not fail
   */
  Throwable failureFor(Attempt<T> attempt) {
    if (failure == null) {
      throw new IllegalStateException("a " + decision + " acceptor has no failure");
    }
    return failure.apply(attempt);
  }
}
