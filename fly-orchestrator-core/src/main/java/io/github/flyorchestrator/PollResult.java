package io.github.flyorchestrator;

import java.util.Objects;

/**
 * What one check of a poll found: {@link #done(Object) done} with a value, {@link #pending(String) pending} with a
 * reason (keep polling), or {@link #failed(Throwable) failed} with an error (stop now).
 *
 * @param <T> the value type
 */
public sealed interface PollResult<T> permits PollResult.Done, PollResult.Pending, PollResult.Failed {

  /**
   * The goal is reached.
   *
   * @param value the value to return from the poll
   * @param <T> the value type
   * @return a done result
   */
  static <T> PollResult<T> done(T value) {
    return new Done<>(value);
  }

  /**
   * Not yet; poll again after the backoff delay.
   *
   * @param reason what was observed (e.g. the current state); shown in a timeout error
   * @param <T> the value type
   * @return a pending result
   */
  static <T> PollResult<T> pending(String reason) {
    return new Pending<>(reason);
  }

  /**
   * The goal can no longer be reached; stop polling with this error.
   *
   * @param error the error to fail with (a {@link RuntimeException} is rethrown as it is)
   * @param <T> the value type
   * @return a failed result
   * @throws NullPointerException when {@code error} is {@code null}
   */
  static <T> PollResult<T> failed(Throwable error) {
    return new Failed<>(error);
  }

  /**
   * The goal is reached.
   *
   * @param value the value
   * @param <T> the value type
   */
  record Done<T>(T value) implements PollResult<T> {
  }

  /**
   * Not yet.
   *
   * @param reason what was observed
   * @param <T> the value type
   */
  record Pending<T>(String reason) implements PollResult<T> {
  }

  /**
   * The goal can no longer be reached.
   *
   * @param error the error
   * @param <T> the value type
   */
  record Failed<T>(Throwable error) implements PollResult<T> {
    /**
     * Requires an error.
     *
     * @throws NullPointerException when {@code error} is {@code null}
     */
    public Failed {
      Objects.requireNonNull(error, "error must not be null");
    }
  }
}
