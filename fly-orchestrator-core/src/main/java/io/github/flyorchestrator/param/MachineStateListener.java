package io.github.flyorchestrator.param;

import java.time.Duration;

/**
 * Told each newly observed machine state while an orchestration waits, e.g. to show progress. It is called only when
 * the observed state differs from the last one reported (the state of the create or the first read included), never
 * for errors such as a 408 from the wait endpoint. It runs on the thread that observed the state and must not block;
 * a {@link RuntimeException} it throws is ignored.
 */
@FunctionalInterface
public interface MachineStateListener {

  /**
   * A machine was seen in a new state.
   *
   * @param machineId the machine
   * @param state the state seen, e.g. {@code starting}
   * @param elapsed time since the orchestration started
   */
  void onStateObserved(String machineId, String state, Duration elapsed);
}
