package io.github.flyorchestrator.test.internal.state;

import java.util.Set;

/**
 * What a wait request waits for.
 *
 * @param states requested states ({@code settled} means any persistent state with nothing pending)
 * @param version required machine version, or {@code null} for the current one
 * @param fromEventId only an event after this one counts, or {@code null}
 */
public record WaitCondition(Set<String> states, String version, String fromEventId) {

  /** States the wait endpoint accepts. */
  public static final Set<String> ALLOWED = Set.of("started", "stopped", "suspended", "destroyed", "failed",
      "settled");

  /** Persistent states, the ones {@code settled} matches. */
  public static final Set<String> PERSISTENT = Set.of("created", "started", "stopped", "suspended", "failed");

  /** Copies. */
  public WaitCondition {
    states = Set.copyOf(states);
  }

  /**
   * @param state current state
   * @param currentVersion current version
   * @param transitionPending whether a transition is scheduled
   * @param latestEventId newest event id
   * @return whether the wait is satisfied
   */
  public boolean satisfiedBy(String state, String currentVersion, boolean transitionPending, String latestEventId) {
    if (version != null && !version.equals(currentVersion)) {
      return false;
    }
    if (fromEventId != null && fromEventId.equals(latestEventId)) {
      return false;
    }
    if (states.contains(state)) {
      return true;
    }
    return states.contains("settled") && PERSISTENT.contains(state) && !transitionPending;
  }

  /** @return the states as the 408 message lists them */
  public String describe() {
    return String.join(", ", new java.util.TreeSet<>(states));
  }
}
