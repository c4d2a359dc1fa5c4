package io.github.flyorchestrator.param;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Query of one call to the wait endpoint {@code GET /v1/apps/{app}/machines/{id}/wait}.
 *
 * @param states one or more target states (started, stopped, suspended, destroyed, failed, settled)
 * @param version machine version to wait on (preferred), or {@code null}
 * @param instanceId deprecated alias of version, sent only when {@code version} is {@code null}, or {@code null}
 * @param fromEventId wait for an event after this one, or {@code null}
 * @param timeout server-side long-poll timeout, 1..60 s (the API answers 400 outside that range)
 */
public record WaitRequest(List<String> states, String version, String instanceId, String fromEventId,
    Duration timeout) {

  /** The largest timeout the wait endpoint accepts. */
  public static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);
  /** The smallest timeout the wait endpoint accepts. */
  public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);

  /** Validates the states and the 1..60 s timeout. */
  public WaitRequest {
    Objects.requireNonNull(states, "states must not be null");
    if (states.isEmpty()) {
      throw new IllegalArgumentException("states must not be empty");
    }
    states = List.copyOf(states);
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException("wait timeout must be within 1..60 s, was " + timeout);
    }
  }

  /**
   * A wait for one state on a version, with the timeout clamped to 1..60 s.
   *
   * @param state target state
   * @param version machine version, or {@code null}
   * @param remaining time left before the caller's deadline
   * @return the request
   */
  public static WaitRequest forState(String state, String version, Duration remaining) {
    return new WaitRequest(List.of(state), version, null, null, clamp(remaining));
  }

  /**
   * Clamps a duration to the 1..60 s the wait endpoint accepts, rounding up to whole seconds.
   *
   * @param remaining time left
   * @return a timeout within 1..60 s
   */
  public static Duration clamp(Duration remaining) {
    long seconds = (remaining.toMillis() + 999) / 1000;
    return Duration.ofSeconds(Math.max(1, Math.min(60, seconds)));
  }
}
