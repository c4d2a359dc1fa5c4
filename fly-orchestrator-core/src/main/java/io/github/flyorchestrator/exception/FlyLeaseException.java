package io.github.flyorchestrator.exception;

/**
 * A lease answer that cannot be relied on: its {@code status} is not {@code success}, it carries no {@code data} or
 * no nonce, or a refresh answered with another nonce than the lease's (flyctl rejects the same answers). Whatever
 * was acquired is released before this error is raised; the nonce never appears in the message.
 *
 * <p>Raised by {@code withLease}; a {@code rollout} reports it as the machine's failure.
 */
public class FlyLeaseException extends FlyException {

  private static final long serialVersionUID = 1L;

  private final String leaseStatus;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, without any nonce
   * @param leaseStatus the answer's {@code status}, or {@code null} when it had none
   * @param cause the underlying error, or {@code null}
   */
  public FlyLeaseException(String message, String leaseStatus, Throwable cause) {
    super(message, cause);
    this.leaseStatus = leaseStatus;
  }

  /** @return the lease answer's {@code status} (e.g. {@code error}), or {@code null} when it had none */
  public String getLeaseStatus() {
    return leaseStatus;
  }
}
