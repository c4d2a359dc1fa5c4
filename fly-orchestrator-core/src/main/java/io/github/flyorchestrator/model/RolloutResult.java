package io.github.flyorchestrator.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of a rollout: every selected machine's outcome, in the order the API listed the machines.
 *
 * @param appName the app
 * @param outcomes one per selected machine
 * @param elapsed time the whole rollout took
 */
public record RolloutResult(String appName, List<MachineRolloutOutcome> outcomes, Duration elapsed) {

  /** Copies the outcomes. */
  public RolloutResult {
    Objects.requireNonNull(appName, "appName must not be null");
    outcomes = List.copyOf(outcomes);
  }

  /** @return whether every machine is updated or was already on the target config */
  public boolean isSuccessful() {
    return outcomes.stream().allMatch(outcome -> outcome.status() == MachineRolloutStatus.UPDATED
        || outcome.status() == MachineRolloutStatus.ALREADY_CURRENT
        || outcome.status() == MachineRolloutStatus.ALREADY_UPDATED);
  }

  /**
   * @param status a status
   * @return the outcomes with that status
   */
  public List<MachineRolloutOutcome> withStatus(MachineRolloutStatus status) {
    return outcomes.stream().filter(outcome -> outcome.status() == status).toList();
  }
}
