package io.github.flyorchestrator.internal.client;

import io.netty.handler.timeout.TimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;
import reactor.netty.http.client.PrematureCloseException;

/**
 * What kind of failure ended an attempt without a response, told once from the exception types of its cause chain
 * (the first exception that shows a kind decides): used for the failure's message and for the retry reason.
 */
enum TransportFailureKind {
  /** No pooled connection became free in time (Reactor Netty's {@code PoolAcquire...} exceptions). */
  POOL_EXHAUSTED(RetryReason.POOL_EXHAUSTED),
  /** An {@link AttemptTimeoutException}. */
  ATTEMPT_TIMEOUT(RetryReason.ATTEMPT_TIMEOUT),
  /** A response (read) timeout. */
  RESPONSE_TIMEOUT(RetryReason.TIMEOUT),
  /** A {@link ConnectException}. */
  CONNECTION_REFUSED(RetryReason.CONNECTION_REFUSED),
  /** A {@link PrematureCloseException}. */
  CONNECTION_CLOSED(RetryReason.CONNECTION_CLOSED),
  /** An {@link UnknownHostException}. */
  UNKNOWN_HOST(RetryReason.IO_ERROR),
  /** A {@link SocketException} or an {@link IOException} that says "reset". */
  CONNECTION_RESET(RetryReason.CONNECTION_RESET),
  /** Any other {@link IOException} at the end of the chain. */
  IO_ERROR(RetryReason.IO_ERROR),
  /** Nothing in the chain shows a kind. */
  OTHER(RetryReason.IO_ERROR);

  private final RetryReason retryReason;

  TransportFailureKind(RetryReason retryReason) {
    this.retryReason = retryReason;
  }

  /** @return the reason when a request that failed this way is sent again */
  RetryReason retryReason() {
    return retryReason;
  }

  /**
   * @param failure what went wrong
   * @return its kind
   */
  static TransportFailureKind of(Throwable failure) {
    return find(failure).kind();
  }

  /**
   * A short description, used in messages and retry logs.
   *
   * @param failure what went wrong
   * @return e.g. {@code connection refused or unreachable}
   */
  static String describe(Throwable failure) {
    Found found = find(failure);
    Throwable shownBy = found.shownBy();
    return switch (found.kind()) {
      case POOL_EXHAUSTED -> "no free connection in the client's pool (over HTTP/2: no free call slot) in time"
          + " (see fly.max-connections)";
      case ATTEMPT_TIMEOUT -> shownBy.getMessage();
      case RESPONSE_TIMEOUT -> "no response within the response timeout";
      case CONNECTION_REFUSED -> "connection refused or unreachable";
      case CONNECTION_CLOSED -> "connection closed prematurely";
      case UNKNOWN_HOST -> "unknown host";
      case CONNECTION_RESET -> "connection reset or broken";
      case IO_ERROR -> "I/O error (" + shownBy.getClass().getSimpleName() + ")";
      case OTHER -> "request failed (" + shownBy.getClass().getSimpleName() + ")";
    };
  }

  private static Found find(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      TransportFailureKind kind = kindShownBy(t);
      if (kind != null) {
        return new Found(kind, t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return new Found(OTHER, failure);
  }

  private static TransportFailureKind kindShownBy(Throwable t) {
    if (t.getClass().getSimpleName().startsWith("PoolAcquire") || t instanceof CallSlots.CallSlotTimeoutException) {
      return POOL_EXHAUSTED;
    }
    if (t instanceof AttemptTimeoutException) {
      return ATTEMPT_TIMEOUT;
    }
    if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
      return RESPONSE_TIMEOUT;
    }
    if (t instanceof ConnectException) {
      return CONNECTION_REFUSED;
    }
    if (t instanceof PrematureCloseException) {
      return CONNECTION_CLOSED;
    }
    if (t instanceof UnknownHostException) {
      return UNKNOWN_HOST;
    }
    if (t instanceof SocketException || isReset(t)) {
      return CONNECTION_RESET;
    }
    return t instanceof IOException && t.getCause() == null ? IO_ERROR : null;
  }

  private static boolean isReset(Throwable t) {
    return t instanceof IOException && t.getMessage() != null
        && t.getMessage().toLowerCase(Locale.ROOT).contains("reset");
  }

  /** A kind and the exception of the cause chain that showed it. */
  private record Found(TransportFailureKind kind, Throwable shownBy) {
  }
}
