package io.github.flyorchestrator.internal.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why an idempotent request is sent again: a transient HTTP status or a kind of transport failure. Told once, from the
 * status or from the exception types of the failure ({@link TransportFailureKind}); its {@link #tag()} is the
 * {@code reason} tag of {@value ReactorRetry#RETRIES_METER} and of the retry's log line.
 */
enum RetryReason {
  /** 408 Request Timeout. */
  HTTP_408(408),
  /** 429 Too Many Requests. */
  HTTP_429(429),
  /** 500 Internal Server Error. */
  HTTP_500(500),
  /** 502 Bad Gateway. */
  HTTP_502(502),
  /** 503 Service Unavailable. */
  HTTP_503(503),
  /** 504 Gateway Timeout. */
  HTTP_504(504),
  /** No complete answer within the client's attempt timeout. */
  ATTEMPT_TIMEOUT,
  /** No response within the response (read) timeout. */
  TIMEOUT,
  /** The connection was refused or the host unreachable. */
  CONNECTION_REFUSED,
  /** The connection was closed before the response. */
  CONNECTION_CLOSED,
  /** The connection was reset or broken. */
  CONNECTION_RESET,
  /** No pooled connection became free in time. */
  POOL_EXHAUSTED,
  /** Any other I/O failure. */
  IO_ERROR;

  /** The statuses after which an idempotent request may be sent again: those of the {@code HTTP_} reasons. */
  static final Set<Integer> TRANSIENT_STATUSES = Arrays.stream(values())
      .map(reason -> reason.status).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());

  private final Integer status;

  RetryReason() {
    this(null);
  }

  RetryReason(Integer status) {
    this.status = status;
  }

  /** @return the metric tag value, e.g. {@code http_503} or {@code connection_reset} */
  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param status a transient HTTP status, one of {@link #TRANSIENT_STATUSES}
   * @return its reason, e.g. {@link #HTTP_503}
   * @throws IllegalArgumentException for a status that is not transient
   */
  static RetryReason ofStatus(int status) {
    return Arrays.stream(values()).filter(reason -> reason.status != null && reason.status == status).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a transient status: " + status));
  }

  /**
   * @param failure a transport failure (no response)
   * @return its reason; {@link #IO_ERROR} for a kind that has none of its own (e.g. an unknown host)
   */
  static RetryReason ofTransport(Throwable failure) {
    return TransportFailureKind.of(failure).retryReason();
  }
}
