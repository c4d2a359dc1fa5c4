package io.github.flyorchestrator.param;

import io.github.flyorchestrator.exception.FlyTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long and under which name {@code pollUntil} polls. Start from {@link #of(Duration)} and name what you need, e.g.
 * {@code PollOptions.of(Duration.ofMinutes(2)).withOperation("wait_for_volume").withTimeoutMessage("volume vol_1 to
 * attach")}.
 *
 * @param timeout the deadline for the whole poll, counted from subscription (required, positive)
 * @param operation the operation name used in telemetry ({@code operation} tag) and errors (default
 *     {@value #DEFAULT_OPERATION})
 * @param timeoutMessage what the poll waits for, as the {@link FlyTimeoutException}'s message names it: "timed out
 *     after 10s waiting for {@code timeoutMessage} (last state: pending, 4 attempts)", e.g. {@code volume vol_1 to
 *     attach} (default: {@code <operation> to be done})
 */
public record PollOptions(Duration timeout, String operation, String timeoutMessage) {

  /** The operation name used when none is given. */
  public static final String DEFAULT_OPERATION = "poll_until";

  /**
   * Validates and applies the defaults to the parts left unset ({@code null} or blank).
   *
   * @throws NullPointerException when {@code timeout} is {@code null}
   * @throws IllegalArgumentException when {@code timeout} is zero or negative
   */
  public PollOptions {
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (operation == null || operation.isBlank()) {
      operation = DEFAULT_OPERATION;
    }
    if (timeoutMessage == null || timeoutMessage.isBlank()) {
      timeoutMessage = defaultTimeoutMessage(operation);
    }
  }

  private static String defaultTimeoutMessage(String operation) {
    return operation + " to be done";
  }

  /**
   * Options with only a timeout: operation {@value #DEFAULT_OPERATION}, timeout message {@code poll_until to be
   * done}.
   *
   * @param timeout the deadline
   * @return the options
   * @throws NullPointerException when {@code timeout} is {@code null}
   * @throws IllegalArgumentException when {@code timeout} is zero or negative
   */
  public static PollOptions of(Duration timeout) {
    return new PollOptions(timeout, null, null);
  }

  /**
   * Options with a timeout and an operation name; the timeout message is {@code <operation> to be done}.
   *
   * @param timeout the deadline
   * @param operation operation name for telemetry and errors
   * @return the options
   * @throws NullPointerException when {@code timeout} is {@code null}
   * @throws IllegalArgumentException when {@code timeout} is zero or negative
   */
  public static PollOptions of(Duration timeout, String operation) {
    return new PollOptions(timeout, operation, null);
  }

  /**
   * A copy under another operation name. A timeout message that was derived from the old name follows the new one.
   *
   * @param name operation name for telemetry and errors, e.g. {@code wait_for_volume}
   * @return the copy
   * @throws NullPointerException when {@code name} is {@code null}
   */
  public PollOptions withOperation(String name) {
    Objects.requireNonNull(name, "name must not be null");
    boolean derivedMessage = timeoutMessage.equals(defaultTimeoutMessage(operation));
    return new PollOptions(timeout, name, derivedMessage ? null : timeoutMessage);
  }

  /**
   * A copy whose timeout error names what was awaited.
   *
   * @param awaited what the poll waits for, e.g. {@code volume vol_1 to attach}
   * @return the copy
   * @throws NullPointerException when {@code awaited} is {@code null}
   */
  public PollOptions withTimeoutMessage(String awaited) {
    Objects.requireNonNull(awaited, "awaited must not be null");
    return new PollOptions(timeout, operation, awaited);
  }
}
