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
  private final String reason;

  RetryableFailure(FlyException exception, Duration retryAfter, String route, String reason) {
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

  /** @return why the request failed as a metric tag value, e.g. {@code http_503} or {@code connection_reset} */
  String reason() {
    return reason;
  }

  /**
   * The reason tag of a transport failure.
   *
   * @param failure the failure
   * @return {@code timeout}, {@code connection_refused}, {@code connection_closed}, {@code connection_reset},
   *     {@code pool_exhausted} or {@code io_error}
   */
  static String transportReason(Throwable failure) {
    String description = FlyErrors.describeTransportFailure(failure);
    if (description.startsWith("no free connection")) {
      return "pool_exhausted";
    }
    if (description.startsWith("no response")) {
      return "timeout";
    }
    if (description.startsWith("connection refused")) {
      return "connection_refused";
    }
    if (description.startsWith("connection closed")) {
      return "connection_closed";
    }
    if (description.startsWith("connection reset")) {
      return "connection_reset";
    }
    return "io_error";
  }
}
