package io.github.flyorchestrator.client;

import io.github.flyorchestrator.FlyException;
import java.time.Duration;

/**
 * Internal signal of a transient failure of a retryable request: carries the {@link FlyException} the caller gets when
 * no retry is left, and the delay the server asked for ({@code Retry-After}). Never reaches the caller.
 */
final class RetryableFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient FlyException exception;
  private final transient Duration retryAfter;
  private final String reason;

  RetryableFailure(FlyException exception, Duration retryAfter, String reason) {
    super(exception.getMessage(), exception, false, false);
    this.exception = exception;
    this.retryAfter = retryAfter;
    this.reason = reason;
  }

  FlyException exception() {
    return exception;
  }

  /** @return the server's {@code Retry-After}, or {@code null} */
  Duration retryAfter() {
    return retryAfter;
  }

  /** @return why the request failed, e.g. {@code HTTP 503} or {@code connection refused} */
  String reason() {
    return reason;
  }
}
