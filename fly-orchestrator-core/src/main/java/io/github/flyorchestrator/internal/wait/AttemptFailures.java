package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.client.RetryPolicies;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failed attempt from a definitive answer, for the idempotent reads a wait makes (machine and app reads,
 * wait calls). A failed attempt costs that attempt and is tried again within the deadline: no response in time, a
 * refused, reset or closed connection, 408, 429, 5xx, and a 2xx whose body could not be read (cut off, malformed or
 * stalled past the client's attempt timeout). Everything else is the server's answer and ends the wait: 400, 401,
 * 403, 409, 412, 422, ... The deadline's own {@link FlyTimeoutException} is never a failed attempt.
 */
public final class AttemptFailures {

  private AttemptFailures() {
  }

  /**
   * @param error an attempt's error
   * @return whether the attempt may succeed when made again
   */
  public static boolean isFailedAttempt(Throwable error) {
    if (error instanceof FlyTimeoutException) {
      return false;
    }
    if (error instanceof FlyException fly && isUnreadableSuccess(fly)) {
      return true;
    }
    return error instanceof TimeoutException || RetryPolicies.isTransient(error);
  }

  /**
   * @param error an error
   * @return whether it reports a 2xx response whose body could not be read
   */
  public static boolean isUnreadableSuccess(FlyException error) {
    Integer status = error.getHttpStatus();
    return status != null && status >= 200 && status < 300;
  }
}
