package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.internal.client.FlyErrors;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a poll waits for: its acceptors, tried in order on every attempt, and how to describe a response as the
 * "last observed state" shown in a timeout (e.g. a machine's state). Immutable.
 *
 * @param acceptors the rules, first match wins
 * @param describe turns a response into the state it shows
 * @param <T> the response type of an attempt
 */
public record PollRules<T>(List<Acceptor<T>> acceptors, Function<? super T, String> describe) {

  /** Copies the acceptors. */
  public PollRules {
    acceptors = List.copyOf(Objects.requireNonNull(acceptors, "acceptors must not be null"));
    Objects.requireNonNull(describe, "describe must not be null");
  }

  /**
   * @param attempt an attempt's response or error
   * @return the state it shows: {@link #describe} of the response, or {@link FlyErrors#describe} of the error
   */
  String describe(Attempt<T> attempt) {
    return attempt.failed() ? FlyErrors.describe(attempt.error()) : describe.apply(attempt.value());
  }
}
