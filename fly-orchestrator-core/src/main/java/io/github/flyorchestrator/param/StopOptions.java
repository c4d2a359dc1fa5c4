package io.github.flyorchestrator.param;

import java.time.Duration;
import java.util.Objects;

/**
 * Body of {@code POST .../stop}: how the machine's process is stopped. Start from {@link #DEFAULT} and set what you
 * need, e.g. {@code StopOptions.DEFAULT.withSignal("SIGINT").withTimeout(Duration.ofSeconds(30))}; a part left unset
 * is not sent, so the machine's own default applies.
 *
 * @param signal signal to send, e.g. {@code SIGTERM}; unset ({@code null}) sends none, so the machine's configured
 *     stop signal applies
 * @param timeout how long to wait for the process before killing it (sent in whole seconds, rounded up); unset
 *     ({@code null}) sends none, so the machine's default applies
 */
public record StopOptions(String signal, Duration timeout) {

  /** No signal and no timeout: the machine's defaults. */
  public static final StopOptions DEFAULT = new StopOptions(null, null);

  /**
   * Validates the timeout.
   *
   * @throws IllegalArgumentException when the timeout is zero or negative, or the signal is blank
   */
  public StopOptions {
    if (signal != null && signal.isBlank()) {
      throw new IllegalArgumentException("signal must not be blank");
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /**
   * A copy that sends this signal.
   *
   * @param stopSignal the signal, e.g. {@code SIGINT}
   * @return the copy
   * @throws NullPointerException when {@code stopSignal} is {@code null}
   * @throws IllegalArgumentException when {@code stopSignal} is blank
   */
  public StopOptions withSignal(String stopSignal) {
    Objects.requireNonNull(stopSignal, "stopSignal must not be null");
    return new StopOptions(stopSignal, timeout);
  }

  /**
   * A copy that sends this kill timeout.
   *
   * @param killTimeout how long to wait for the process before killing it
   * @return the copy
   * @throws NullPointerException when {@code killTimeout} is {@code null}
   * @throws IllegalArgumentException when {@code killTimeout} is zero or negative
   */
  public StopOptions withTimeout(Duration killTimeout) {
    Objects.requireNonNull(killTimeout, "killTimeout must not be null");
    return new StopOptions(signal, killTimeout);
  }
}
