package io.github.flyorchestrator.param;

/** What a rollout does when one machine's update fails. */
public enum RolloutFailurePolicy {
  /** Start no further machine after the first failure; updates already running finish; the rest are skipped. */
  STOP_AT_FIRST_FAILURE,
  /** Go on with every machine and report all failures in the result. */
  CONTINUE
}
