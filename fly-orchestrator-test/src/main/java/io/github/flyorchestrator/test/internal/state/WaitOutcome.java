package io.github.flyorchestrator.test.internal.state;

/**
 * How a wait ended before its timeout.
 *
 * @param gone true when the machine was purged or its app deleted
 * @param state state reached
 * @param version machine version
 * @param eventId newest event id
 */
public record WaitOutcome(boolean gone, String state, String version, String eventId) {

  /** @return the outcome for a machine that no longer exists */
  public static WaitOutcome machineGone() {
    return new WaitOutcome(true, null, null, null);
  }
}
