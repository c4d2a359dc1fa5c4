package io.github.flyorchestrator.param;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Query of one call to the wait endpoint {@code GET /v1/apps/{app}/machines/{id}/wait}. Start from
 * {@link #of(List, Duration)} or {@link #forState(String, Duration)} and add what you need, e.g.
 * {@code WaitRequest.forState("started", remaining).withVersion(machine.currentVersion())}; a part left unset is not
 * sent.
 *
 * @param states one or more target states (started, stopped, suspended, destroyed, failed, settled)
 * @param version machine version to wait on (preferred); unset ({@code null}) by default
 * @param instanceId deprecated alias of version, sent only when {@code version} is unset; unset by default
 * @param fromEventId wait for an event after this one; unset by default
 * @param timeout server-side long-poll timeout, 1..60 s (the API answers 400 outside that range)
 */
public record WaitRequest(List<String> states, String version, String instanceId, String fromEventId,
    Duration timeout) {

  /** The largest timeout the wait endpoint accepts. */
  public static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);
  /** The smallest timeout the wait endpoint accepts. */
  public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);

  /**
   * Validates the states and the 1..60 s timeout.
   *
   * @throws NullPointerException when {@code states} or {@code timeout} is {@code null}
   * @throws IllegalArgumentException when {@code states} is empty or the timeout is outside 1..60 s
   */
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
   * A wait for any of {@code states}, with no version, instance id or event id.
   *
   * @param states target states
   * @param timeout long-poll timeout, 1..60 s
   * @return the request
   * @throws NullPointerException when {@code states} or {@code timeout} is {@code null}
   * @throws IllegalArgumentException when {@code states} is empty or the timeout is outside 1..60 s
   */
  public static WaitRequest of(List<String> states, Duration timeout) {
    return new WaitRequest(states, null, null, null, timeout);
  }

  /**
   * A wait for one state, with the timeout clamped to 1..60 s ({@link #clamp(Duration)}).
   *
   * @param state target state
   * @param remaining time left before the caller's deadline
   * @return the request
   * @throws NullPointerException when {@code state} or {@code remaining} is {@code null}
   */
  public static WaitRequest forState(String state, Duration remaining) {
    Objects.requireNonNull(state, "state must not be null");
    return of(List.of(state), clamp(remaining));
  }

  /**
   * A wait for one state on a version, with the timeout clamped to 1..60 s ({@link #clamp(Duration)}).
   *
   * @param state target state
   * @param version machine version
   * @param remaining time left before the caller's deadline
   * @return the request
   * @throws NullPointerException when {@code state} or {@code remaining} is {@code null}
   */
  public static WaitRequest forState(String state, String version, Duration remaining) {
    return forState(state, remaining).withVersion(version);
  }

  /**
   * A copy that waits on this machine version.
   *
   * @param machineVersion the version, e.g. {@code machine.currentVersion()}
   * @return the copy
   */
  public WaitRequest withVersion(String machineVersion) {
    return new WaitRequest(states, machineVersion, instanceId, fromEventId, timeout);
  }

  /**
   * A copy that waits on this instance id (the API's deprecated alias of the version; sent only without a version).
   *
   * @param id the instance id
   * @return the copy
   */
  public WaitRequest withInstanceId(String id) {
    return new WaitRequest(states, version, id, fromEventId, timeout);
  }

  /**
   * A copy that waits for an event after this one.
   *
   * @param eventId the id of the newest event already seen
   * @return the copy
   */
  public WaitRequest withFromEventId(String eventId) {
    return new WaitRequest(states, version, instanceId, eventId, timeout);
  }

  /**
   * Clamps a duration to the 1..60 s the wait endpoint accepts, rounding up to whole seconds.
   *
   * @param remaining time left
   * @return a timeout within 1..60 s
   * @throws NullPointerException when {@code remaining} is {@code null}
   */
  public static Duration clamp(Duration remaining) {
    long seconds = (remaining.toMillis() + 999) / 1000;
    return Duration.ofSeconds(Math.max(1, Math.min(60, seconds)));
  }
}
