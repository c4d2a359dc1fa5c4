package io.github.flyorchestrator;

import java.time.Duration;

/**
 * A wait did not reach its goal before its deadline. Carries the operation, the number of attempts, the elapsed time
 * and the last state that was observed, so that the message says what the resource was doing when time ran out.
 */
public class FlyTimeoutException extends FlyException {

  private static final long serialVersionUID = 1L;

  private final String operation;
  private final int attempts;
  private final Duration elapsed;
  private final String lastObservedState;

  /**
   * Creates the exception.
   *
   * @param message human-readable message
   * @param operation the operation that timed out, e.g. {@code create_machine_and_wait}
   * @param attempts how many checks or wait calls were made
   * @param elapsed time from the start of the wait to the timeout
   * @param lastObservedState the last state seen (a machine state, an HTTP status, a poll reason), or {@code null}
   * @param cause the last error seen, or {@code null}
   */
  public FlyTimeoutException(String message, String operation, int attempts, Duration elapsed,
      String lastObservedState, Throwable cause) {
    super(message, null, null, null, null, null, null, cause);
    this.operation = operation;
    this.attempts = attempts;
    this.elapsed = elapsed;
    this.lastObservedState = lastObservedState;
  }

  /** @return the operation that timed out */
  public String getOperation() {
    return operation;
  }

  /** @return how many checks or wait calls were made */
  public int getAttempts() {
    return attempts;
  }

  /** @return time from the start of the wait to the timeout */
  public Duration getElapsed() {
    return elapsed;
  }

  /** @return the last state seen, or {@code null} when nothing was observed */
  public String getLastObservedState() {
    return lastObservedState;
  }
}
