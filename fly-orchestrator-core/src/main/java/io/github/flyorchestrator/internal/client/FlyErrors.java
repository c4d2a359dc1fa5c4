package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.netty.handler.timeout.TimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * What a failure of a Machines API call means, in one place: every check of an HTTP status or of Fly's error answer
 * that the client and the engine make. An error that is no {@link FlyException} has no status. The deadline's own
 * {@link FlyTimeoutException} is never a failed attempt nor an ambiguous failure: it ends the workflow.
 *
 * <ul>
 *   <li>{@link #isFailedAttempt}: a read that may succeed when made again (no response, 408, 429, 5xx, an unreadable
 *       2xx); a wait spends one attempt on it.</li>
 *   <li>{@link #isAmbiguous}: a mutation that may or may not have taken effect (no response, 408, 5xx, an unreadable
 *       2xx); the engine re-reads before it sends it again.</li>
 *   <li>Fly's answers with a meaning of their own: {@link #isNotFound}, {@link #isLeaseRefusal},
 *       {@link #isVersionRefusal}, {@link #isNameTaken}.</li>
 * </ul>
 */
public final class FlyErrors {

  /** Statuses after which an idempotent request may be sent again. */
  static final Set<Integer> TRANSIENT_STATUSES = RetryReason.TRANSIENT_STATUSES;

  /** Rate limited: the request was refused before it had any effect. */
  static final int TOO_MANY_REQUESTS = 429;

  private static final int NOT_FOUND = 404;
  private static final int REQUEST_TIMEOUT = 408;

  private FlyErrors() {
  }

  /**
   * @param error an error
   * @param status an HTTP status
   * @return whether {@code error} is a {@link FlyException} for a response with that status
   */
  public static boolean hasStatus(Throwable error, int status) {
    return error instanceof FlyException fly && fly.hasStatus(status);
  }

  /**
   * @param error an error
   * @return whether it is a 404
   */
  public static boolean isNotFound(Throwable error) {
    return hasStatus(error, NOT_FOUND);
  }

  /**
   * @param error an error, or {@code null}
   * @return whether it is a 409 (e.g. a lease acquire while someone else holds the lease)
   */
  public static boolean isConflict(Throwable error) {
    return hasStatus(error, 409);
  }

  /** Whether {@code error} reports a 2xx response whose body could not be read (cut off, malformed or stalled). */
  private static boolean isUnreadableSuccess(Throwable error) {
    Integer status = error instanceof FlyException fly ? fly.getHttpStatus() : null;
    return status != null && status >= 200 && status < 300;
  }

  /**
   * Whether a read (a machine or app read, a wait call) may succeed when made again: no response in time, a refused,
   * reset or closed connection, 408, 429, 5xx, or a 2xx whose body could not be read. Everything else is the
   * server's answer: 400, 401, 403, 409, 412, 422, ...
   *
   * @param error an attempt's error
   * @return whether the attempt may succeed when made again
   */
  public static boolean isFailedAttempt(Throwable error) {
    if (error instanceof FlyTimeoutException) {
      return false;
    }
    return isUnreadableSuccess(error) || error instanceof java.util.concurrent.TimeoutException
        || isTransient(error);
  }

  /**
   * Whether a failure may go away when the same request is sent again: a {@link FlyException} with status 408, 429,
   * 500, 502, 503 or 504, or one caused by a refused or reset connection or a response timeout. 400, 401, 403, 404,
   * 409, 412 and 422 are not.
   *
   * @param failure the failure
   * @return {@code true} when a retry may succeed
   */
  public static boolean isTransient(Throwable failure) {
    if (failure instanceof RetryableFailure) {
      return true;
    }
    if (failure instanceof FlyException fly) {
      Integer status = fly.getHttpStatus();
      if (status != null) {
        return TRANSIENT_STATUSES.contains(status);
      }
      return fly.getCause() != null && isTransientTransportFailure(fly.getCause());
    }
    return false;
  }

  /**
   * Whether a failed mutation (a create, an update, a machine action) may still have taken effect: no response (a
   * timeout, a dropped connection, the attempt timeout), 408, 5xx, or a 2xx whose body could not be read (the
   * mutation took effect, but what it returned is unknown). A failure that proves nothing was sent
   * ({@link #isNeverSent}) is not ambiguous.
   *
   * @param error the mutation's error
   * @return whether its outcome is unknown
   */
  public static boolean isAmbiguous(Throwable error) {
    if (error instanceof FlyTimeoutException) {
      return false;
    }
    if (error instanceof java.util.concurrent.TimeoutException) {
      return true;
    }
    if (error instanceof FlyException fly) {
      Integer status = fly.getHttpStatus();
      if (status == null && fly.getCause() != null && isNeverSent(fly.getCause())) {
        return false;
      }
      return status == null || status == REQUEST_TIMEOUT || status >= 500 || isUnreadableSuccess(fly);
    }
    return false;
  }

  /**
   * Whether the API refused a mutation because someone else holds the machine's lease: 409 or 412 naming the lease
   * (no source says which).
   *
   * @param error the mutation's error
   * @return whether it is such a refusal
   */
  public static boolean isLeaseRefusal(Throwable error) {
    return (isConflict(error) || hasStatus(error, 412)) && errorText((FlyException) error).contains("lease");
  }

  /**
   * Whether the API refused an update's {@code current_version}. No source documents the answer to a mismatch, so
   * every plausible one counts: 409 or 412 that is not about a lease, or 400 or 422 that names the version.
   *
   * @param error the update's error
   * @return whether it is such a refusal
   */
  public static boolean isVersionRefusal(Throwable error) {
    if (!(error instanceof FlyException fly) || fly.getHttpStatus() == null) {
      return false;
    }
    String text = errorText(fly);
    return switch (fly.getHttpStatus()) {
      case 409, 412 -> !text.contains("lease");
      case 400, 422 -> text.contains("version");
      default -> false;
    };
  }

  /**
   * @param error an app create's error
   * @return whether it is a 422 saying the name is taken ({@code name_taken}, or an error text saying "taken")
   */
  public static boolean isNameTaken(Throwable error) {
    return hasStatus(error, 422) && ("name_taken".equals(((FlyException) error).getFlyStatus())
        || errorText((FlyException) error).contains("taken"));
  }

  /**
   * Describes an error as an observed state: {@code http <status>} for an error response, {@code unreadable http
   * <status> body} for a success whose body could not be read, {@code no response} for a transport failure or a
   * timeout, else the error type. Never the error message, so that nothing sensitive reaches telemetry.
   *
   * @param error the error
   * @return e.g. {@code http 404}
   */
  public static String describe(Throwable error) {
    if (error instanceof FlyException fly && fly.getHttpStatus() != null) {
      return isUnreadableSuccess(fly) ? "unreadable http " + fly.getHttpStatus() + " body"
          : "http " + fly.getHttpStatus();
    }
    if (error instanceof FlyException || error instanceof java.util.concurrent.TimeoutException) {
      return "no response";
    }
    return error.getClass().getSimpleName();
  }

  /**
   * Whether a transport failure is worth retrying for an idempotent request: I/O failures such as refused, reset or
   * prematurely closed connections, and response timeouts. Unknown hosts and TLS failures are not.
   *
   * @param failure the failure
   * @return {@code true} when a retry may succeed
   */
  static boolean isTransientTransportFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof SSLException) {
        return false;
      }
      if (t instanceof IOException || t instanceof TimeoutException
          || t instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether a transport failure proves that the request never reached the server: the connection was refused, or no
   * pooled connection (over HTTP/2: no call slot, see {@link CallSlots}) became free in time. Such a request may be
   * sent again whatever its method, creates included, and its outcome is not ambiguous.
   *
   * @param failure the failure
   * @return {@code true} when nothing was sent
   */
  static boolean isNeverSent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof CallSlots.CallSlotTimeoutException
          || t.getClass().getSimpleName().startsWith("PoolAcquire")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** Fly's {@code error} text in lower case ({@code "null"} without one), for answers documented only in words. */
  private static String errorText(FlyException error) {
    return String.valueOf(error.getError()).toLowerCase(Locale.ROOT);
  }
}
