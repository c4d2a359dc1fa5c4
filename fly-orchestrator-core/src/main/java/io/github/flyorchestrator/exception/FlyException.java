package io.github.flyorchestrator.exception;

/**
 * An error from the Fly Machines API or from talking to it. Unchecked.
 *
 * <p>Carries the HTTP status (when there was a response), Fly's {@code error} text and {@code status} code from the
 * error body, the {@code fly-request-id} response header, and the request's method and path. It never carries the API
 * token: messages are built only from these fields.
 *
 * <p>Every call of the clients and orchestrators can end with one: an error answer of the API (after the retries of a
 * read), no complete answer, or an interrupt of a blocking call. The subclasses say more where the workflow knows more.
 */
public class FlyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Integer httpStatus;
  private final String error;
  private final String flyStatus;
  private final String requestId;
  private final String method;
  private final String path;

  /**
   * Creates an exception.
   *
   * @param message human-readable message (must not contain the token)
   * @param httpStatus HTTP status, or {@code null} when no response was received
   * @param error the {@code error} text of Fly's error body, or {@code null}
   * @param flyStatus the {@code status} code of Fly's error body (e.g. {@code insufficient_capacity},
   *     {@code name_taken}), or {@code null}
   * @param requestId the {@code fly-request-id} response header, or {@code null}
   * @param method HTTP method, or {@code null}
   * @param path request path (no query, no host), or {@code null}
   * @param cause underlying cause, or {@code null}
   */
  public FlyException(String message, Integer httpStatus, String error, String flyStatus, String requestId,
      String method, String path, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.error = error;
    this.flyStatus = flyStatus;
    this.requestId = requestId;
    this.method = method;
    this.path = path;
  }

  /**
   * Creates an exception that has no HTTP context.
   *
   * @param message human-readable message
   * @param cause underlying cause, or {@code null}
   */
  public FlyException(String message, Throwable cause) {
    this(message, null, null, null, null, null, null, cause);
  }

  /** @return the HTTP status, or {@code null} when no response was received */
  public Integer getHttpStatus() {
    return httpStatus;
  }

  /** @return Fly's {@code error} text from the body, or {@code null} */
  public String getError() {
    return error;
  }

  /** @return Fly's {@code status} code from the body (e.g. {@code name_taken}), or {@code null} */
  public String getFlyStatus() {
    return flyStatus;
  }

  /** @return the {@code fly-request-id} response header, or {@code null} */
  public String getRequestId() {
    return requestId;
  }

  /** @return the HTTP method, or {@code null} */
  public String getMethod() {
    return method;
  }

  /** @return the request path, or {@code null} */
  public String getPath() {
    return path;
  }

  /**
   * Whether the response had the given HTTP status.
   *
   * @param status the status to compare
   * @return {@code true} when the response had that status
   */
  public boolean hasStatus(int status) {
    return httpStatus != null && httpStatus == status;
  }
}
