package io.github.flyorchestrator.param;

import io.github.flyorchestrator.exception.FlyTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long and under which name {@code pollUntil} polls.
 *
 * @param timeout the deadline for the whole poll, counted from subscription (required, positive)
 * @param operation the operation name used in telemetry and errors (default {@code poll_until})
 * @param timeoutMessage what the poll waits for, as the {@link FlyTimeoutException}'s message names it: "timed out
 *     after 10s waiting for {@code timeoutMessage} (last state: pending, 4 attempts)", e.g. {@code volume vol_1 to
 *     attach} (default: {@code <operation> to be done})
 */
public record PollOptions(Duration timeout, String operation, String timeoutMessage) {

  /** The operation name used when none is given. */
  public static final String DEFAULT_OPERATION = "poll_until";

  /** Validates and applies defaults. */
  public PollOptions {
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (operation == null || operation.isBlank()) {
      operation = DEFAULT_OPERATION;
    }
    if (timeoutMessage == null || timeoutMessage.isBlank()) {
      timeoutMessage = operation + " to be done";
    }
  }

  /**
   * Options with only a timeout.
   *
   * @param timeout the deadline
   * @return the options
   */
  public static PollOptions of(Duration timeout) {
    return new PollOptions(timeout, null, null);
  }

  /**
   * Options with a timeout and an operation name.
   *
   * @param timeout the deadline
   * @param operation operation name for telemetry and errors
   * @return the options
   */
  public static PollOptions of(Duration timeout, String operation) {
    return new PollOptions(timeout, operation, null);
  }
}
