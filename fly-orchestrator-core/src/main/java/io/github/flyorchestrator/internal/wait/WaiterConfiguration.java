package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.exception.FlyException;
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
public record WaiterConfiguration<T>(List<Acceptor<T>> acceptors, Function<? super T, String> describe) {

  /** Copies the acceptors. */
  public WaiterConfiguration {
    acceptors = List.copyOf(Objects.requireNonNull(acceptors, "acceptors must not be null"));
    Objects.requireNonNull(describe, "describe must not be null");
  }

  /**
   * Describes an error as an observed state: {@code http <status>} for an error response, {@code unreadable http
   * <status> body} for a success whose body could not be read, {@code no response} for a transport failure or a
   * timeout, else the error type. Never the error message, so that nothing sensitive reaches telemetry.
   *
   * @param error the error
   * @return e.g. {@code http 404}
   */
  public static String describeError(Throwable error) {
    if (error instanceof FlyException fly && fly.getHttpStatus() != null) {
      return AttemptFailures.isUnreadableSuccess(fly) ? "unreadable http " + fly.getHttpStatus() + " body"
          : "http " + fly.getHttpStatus();
    }
    if (error instanceof FlyException || error instanceof java.util.concurrent.TimeoutException) {
      return "no response";
    }
    return error.getClass().getSimpleName();
  }
}
