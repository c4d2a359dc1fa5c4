package io.github.flyorchestrator.exception;

import io.github.flyorchestrator.internal.util.HumanDuration;
import java.time.Duration;

/**
 * A wait did not reach its goal before its deadline. Carries the operation, the number of attempts, the elapsed time
 * and the last state that was observed, so that the message says what the resource was doing when time ran out, e.g.
 * "timed out after 5s waiting for machine 1781 of app my-app to reach started (last state: created, 3 attempts)".
 * The cause, when there is one, is the last error seen before the deadline.
 *
 * <p>Raised by every {@code ...AndWait} workflow and by {@code pollUntil} when the deadline passes; a
 * {@code rollout} reports it as the failure of the machine whose deadline passed.
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

  /**
   * The timeout of a wait, with the message every wait of this library uses: "timed out after 5s waiting for
   * machine 1781 of app my-app to reach started (last state: created, 3 attempts)".
   *
   * @param awaited what was awaited, e.g. {@code machine 1781 of app my-app to reach started}
   * @param timeout the deadline that passed
   * @param operation the operation that timed out, e.g. {@code create_machine_and_wait}
   * @param attempts how many checks or wait calls were made
   * @param elapsed time from the start of the wait to the timeout
   * @param lastObservedState the last state seen, or {@code null}
   * @param cause the last error seen, or {@code null}
   * @return the exception
   */
  public static FlyTimeoutException waitingFor(String awaited, Duration timeout, String operation, int attempts,
      Duration elapsed, String lastObservedState, Throwable cause) {
    String observed = lastObservedState != null ? "last state: " + lastObservedState : "no state observed";
    String message = "timed out after " + HumanDuration.format(timeout) + " waiting for " + awaited + " ("
        + observed + ", " + attempts + (attempts == 1 ? " attempt)" : " attempts)");
    return new FlyTimeoutException(message, operation, attempts, elapsed, lastObservedState, cause);
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
