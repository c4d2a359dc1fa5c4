package io.github.flyorchestrator.rollout;

/** How one machine fared in a rollout. */
public enum MachineRolloutStatus {
  /** Updated to the target config and settled in a non-failed state. */
  UPDATED,
  /** Already had the target config when read under the lease (e.g. another replica updated it); left alone. */
  ALREADY_CURRENT,
  /** The lease, the update or the wait failed, or the per-machine timeout passed. */
  FAILED,
  /** Not attempted because an earlier machine failed under {@link RolloutFailurePolicy#STOP_AT_FIRST_FAILURE}. */
  SKIPPED
}
