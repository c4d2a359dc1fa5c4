package io.github.flyorchestrator.faults;

import io.github.flyorchestrator.model.MachineRolloutOutcome;
import io.github.flyorchestrator.model.MachineRolloutStatus;
import io.github.flyorchestrator.model.RolloutResult;


/** A rollout whose result records a failed machine; a rollout reports failures in its result instead of throwing. */
final class RolloutFailedException extends RuntimeException {

  private final transient RolloutResult result;

  RolloutFailedException(RolloutResult result) {
    super("rollout of " + result.appName() + " failed: " + result.withStatus(MachineRolloutStatus.FAILED).stream()
        .map(MachineRolloutOutcome::errorMessage).toList());
    this.result = result;
  }

  /** @return the rollout's result */
  RolloutResult result() {
    return result;
  }
}
