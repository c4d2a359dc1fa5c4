package io.github.flyorchestrator.param;

import java.util.List;

/**
 * Filters of {@code GET /v1/apps/{app}/machines}.
 *
 * @param region only machines in this region, or {@code null}
 * @param states only machines in these states (sent comma-separated), or empty
 * @param includeDeleted include destroyed machines
 * @param summary ask for the summary form (no full config)
 */
public record MachineListOptions(String region, List<String> states, boolean includeDeleted, boolean summary) {

  /** No filter. */
  public static final MachineListOptions ALL = new MachineListOptions(null, List.of(), false, false);

  /** Copies the states list. */
  public MachineListOptions {
    states = states == null ? List.of() : List.copyOf(states);
  }
}
