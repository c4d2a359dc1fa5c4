package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.internal.util.HumanDuration;
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
    super("no complete answer within " + HumanDuration.format(timeout));
  }
}
