package io.github.flyorchestrator.model;

import io.github.flyorchestrator.param.RolloutFailurePolicy;

/** How one machine fared in a rollout. */
public enum MachineRolloutStatus {
  /** Updated to the target config, settled in a non-failed state, and (unless turned off) its health checks pass. */
  UPDATED,
  /** Already had the target config when read under the lease (e.g. another replica updated it); left alone. */
  ALREADY_CURRENT,
  /**
   * Already had the target config when the rollout listed the machines (e.g. an earlier run of the same rollout,
   * stopped by a crash, updated it): neither leased nor updated, only waited for until it settled and passed its
   * health checks.
   */
  ALREADY_UPDATED,
  /** The lease, the update, the wait or the health checks failed, or the per-machine timeout passed. */
  FAILED,
  /** Not attempted because an earlier machine failed under {@link RolloutFailurePolicy#STOP_AT_FIRST_FAILURE}. */
  SKIPPED,
  /**
   * Not attempted because the machine's {@code host_status} is not {@code ok}: its host does not answer, so it can be
   * neither leased nor updated (flyctl skips such machines when it leases a fleet). Roll it out once the host is back.
   */
  SKIPPED_HOST_UNHEALTHY
}
