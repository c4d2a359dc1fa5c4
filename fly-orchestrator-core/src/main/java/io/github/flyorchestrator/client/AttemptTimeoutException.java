package io.github.flyorchestrator.client;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * One attempt of a call got no complete answer (status, headers and the whole body) within its attempt timeout,
 * counted from the moment the request was sent. A transient transport failure: an idempotent call is retried, any
 * other call's outcome is unknown. Never carries request headers.
 */
final class AttemptTimeoutException extends TimeoutException {

  private static final long serialVersionUID = 1L;

  /**
   * @param timeout the attempt timeout that ran out
   */
  AttemptTimeoutException(Duration timeout) {
    super("no complete answer within " + seconds(timeout));
  }

  /** Whole seconds as {@code 10s}, anything else in milliseconds. */
  private static String seconds(Duration timeout) {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
  }
}
