package io.github.flyorchestrator.test.internal;

/** An API error answer: HTTP status plus the {@code error} text and an optional {@code status} code. */
public final class ApiError extends RuntimeException {

  private final int httpStatus;
  private final String statusCode;

  /**
   * @param httpStatus HTTP status
   * @param error text for the {@code error} field
   * @param statusCode value for the {@code status} field, or {@code null} to omit it
   */
  public ApiError(int httpStatus, String error, String statusCode) {
    super(error, null, false, false);
    this.httpStatus = httpStatus;
    this.statusCode = statusCode;
  }

  /** @return the HTTP status */
  public int httpStatus() {
    return httpStatus;
  }

  /** @return the {@code status} field, or {@code null} */
  public String statusCode() {
    return statusCode;
  }

  /**
   * @param what thing not found
   * @return 404
   */
  public static ApiError notFound(String what) {
    return new ApiError(404, what + " not found", "unknown");
  }

  /**
   * @param message text
   * @return 400
   */
  public static ApiError badRequest(String message) {
    return new ApiError(400, message, "unknown");
  }

  /**
   * @param message text
   * @return 412
   */
  public static ApiError precondition(String message) {
    return new ApiError(412, message, "unknown");
  }

  /**
   * What a mutation or lease call on a machine whose host is unreachable answers. No source says; the simulator
   * answers 503 with this text.
   *
   * @param machineId the machine
   * @return 503 with a text naming the machine
   */
  public static ApiError hostUnreachable(String machineId) {
    return new ApiError(503, "unable to reach the host of machine " + machineId + ": host unreachable", "unknown");
  }

  /** @return 409 lease currently held */
  public static ApiError leaseHeld() {
    return new ApiError(409, "lease currently held", "unknown");
  }
}
