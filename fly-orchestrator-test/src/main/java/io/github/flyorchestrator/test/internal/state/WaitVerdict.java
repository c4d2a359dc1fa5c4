package io.github.flyorchestrator.test.internal.state;

/**
 * The simulator's answer to a pending wait call that ended before its timeout (not the orchestrator's
 * wait outcome): the machine reached the awaited state, or it is gone.
 *
 * @param gone true when the machine was purged or its app deleted
 * @param state state reached
 * @param version machine version
 * @param eventId newest event id
 */
public record WaitVerdict(boolean gone, String state, String version, String eventId) {

  /** @return the verdict for a machine that no longer exists */
  public static WaitVerdict machineGone() {
    return new WaitVerdict(true, null, null, null);
  }
}
