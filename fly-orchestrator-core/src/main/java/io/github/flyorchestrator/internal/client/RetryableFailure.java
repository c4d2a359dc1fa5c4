package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.exception.FlyException;
import java.time.Duration;

/**
 * Internal signal of a transient failure of a retryable request: carries the {@link FlyException} the caller gets when
 * no retry is left, the delay the server asked for ({@code Retry-After}), the route template and why it failed.
 * Never reaches the caller.
 */
final class RetryableFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient FlyException exception;
  private final transient Duration retryAfter;
  private final String route;
  private final RetryReason reason;

  RetryableFailure(FlyException exception, Duration retryAfter, String route, RetryReason reason) {
    super(exception.getMessage(), exception, false, false);
    this.exception = exception;
    this.retryAfter = retryAfter;
    this.route = route;
    this.reason = reason;
  }

  FlyException exception() {
    return exception;
  }

  /** @return the server's {@code Retry-After}, or {@code null} */
  Duration retryAfter() {
    return retryAfter;
  }

  /** @return the {@link FlyRoutes} template of the request, e.g. {@code /apps/{app}/machines/{machine}} */
  String route() {
    return route;
  }

  /** @return why the request failed, e.g. {@link RetryReason#HTTP_503} */
  RetryReason reason() {
    return reason;
  }
}
