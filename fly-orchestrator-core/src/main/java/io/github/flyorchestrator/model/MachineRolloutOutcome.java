package io.github.flyorchestrator.model;

import java.time.Duration;
import java.util.Objects;

/**
 * One machine's outcome in a rollout.
 *
 * @param machineId the machine
 * @param status what happened
 * @param previousVersion the machine's version before (as read under the lease), or {@code null} if never read
 * @param newVersion the version after the update (the same as before for {@code ALREADY_CURRENT}; as read once settled
 *     for {@code ALREADY_UPDATED}), or {@code null}
 * @param errorMessage why it failed, or {@code null}
 * @param elapsed time spent on this machine, lease waiting included
 */
public record MachineRolloutOutcome(String machineId, MachineRolloutStatus status, String previousVersion,
    String newVersion, String errorMessage, Duration elapsed) {

  /** Validates the required values. */
  public MachineRolloutOutcome {
    Objects.requireNonNull(machineId, "machineId must not be null");
    Objects.requireNonNull(status, "status must not be null");
    elapsed = elapsed == null ? Duration.ZERO : elapsed;
  }
}
