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

  private final WaitState state;
  private final Predicate<? super T> responseMatcher;
  private final Predicate<? super Throwable> errorMatcher;
  private final Function<? super T, ? extends Throwable> failure;
  private final Function<? super Throwable, ? extends Throwable> errorFailure;

  private Acceptor(WaitState state, Predicate<? super T> responseMatcher, Predicate<? super Throwable> errorMatcher,
      Function<? super T, ? extends Throwable> failure) {
    this(state, responseMatcher, errorMatcher, failure, null);
  }

  private Acceptor(WaitState state, Predicate<? super T> responseMatcher, Predicate<? super Throwable> errorMatcher,
      Function<? super T, ? extends Throwable> failure, Function<? super Throwable, ? extends Throwable> errorFailure) {
    this.state = Objects.requireNonNull(state, "state must not be null");
    this.responseMatcher = responseMatcher;
    this.errorMatcher = errorMatcher;
    this.failure = failure;
    this.errorFailure = errorFailure;
  }

  /**
   * Succeeds on a response that matches.
   *
   * @param matcher which responses mean done
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> successOn(Predicate<? super T> matcher) {
    return new Acceptor<>(WaitState.SUCCESS, Objects.requireNonNull(matcher), null, null);
  }

  /**
   * Retries on a response that matches.
   *
   * @param matcher which responses mean not yet
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> retryOn(Predicate<? super T> matcher) {
    return new Acceptor<>(WaitState.RETRY, Objects.requireNonNull(matcher), null, null);
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
    return new Acceptor<>(WaitState.FAILURE, Objects.requireNonNull(matcher), null, Objects.requireNonNull(error));
  }

  /**
   * Succeeds on an error that matches (e.g. a 404 while waiting for a deletion).
   *
   * @param matcher which errors mean done
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> successOnError(Predicate<? super Throwable> matcher) {
    return new Acceptor<>(WaitState.SUCCESS, null, Objects.requireNonNull(matcher), null);
  }

  /**
   * Retries on an error that matches (e.g. a 404 right after a create).
   *
   * @param matcher which errors mean not yet
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> retryOnError(Predicate<? super Throwable> matcher) {
    return new Acceptor<>(WaitState.RETRY, null, Objects.requireNonNull(matcher), null);
  }

  /**
   * Fails with the error itself when it matches. Errors that no acceptor matches fail the same way; this acceptor
   * lets a failure rule come before a broader retry rule.
   *
   * @param matcher which errors end the wait
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> failureOnError(Predicate<? super Throwable> matcher) {
    return new Acceptor<>(WaitState.FAILURE, null, Objects.requireNonNull(matcher), null);
  }

  /**
   * Fails with an error built from the matched one, e.g. a "machine gone" error for a 404.
   *
   * @param matcher which errors end the wait
   * @param error builds the error to fail with from the matched one
   * @param <T> the response type
   * @return the acceptor
   */
  public static <T> Acceptor<T> failureOnError(Predicate<? super Throwable> matcher,
      Function<? super Throwable, ? extends Throwable> error) {
    return new Acceptor<>(WaitState.FAILURE, null, Objects.requireNonNull(matcher), null,
        Objects.requireNonNull(error, "error must not be null"));
  }

  /** @return what the wait does when this acceptor matches */
  public WaitState state() {
    return state;
  }

  /**
   * @param response an attempt's response
   * @return whether this acceptor applies to it
   */
  public boolean matches(T response) {
    return responseMatcher != null && responseMatcher.test(response);
  }

  /**
   * @param error an attempt's error
   * @return whether this acceptor applies to it
   */
  public boolean matchesError(Throwable error) {
    return errorMatcher != null && errorMatcher.test(error);
  }

  /**
   * The error a failure acceptor ends the wait with.
   *
   * @param response the matched response, or {@code null} when {@code error} matched
   * @param error the matched error, or {@code null} when {@code response} matched
   * @return the error to fail with: the built one for a response, the error itself (or the one built from it) for
   *     an error
   */
  public Throwable failureFor(T response, Throwable error) {
    if (error != null) {
      return errorFailure != null ? errorFailure.apply(error) : error;
    }
    return failure != null ? failure.apply(response)
        : new IllegalStateException("acceptor " + state + " has no failure for a response");
  }
}
