package io.github.flyorchestrator.param;

import java.util.List;
import java.util.Objects;

/**
 * Filters of {@code GET /v1/apps/{app}/machines}. Start from {@link #ALL} and narrow it, e.g.
 * {@code MachineListOptions.ALL.withRegion("ams").withStates("started", "stopped")}.
 *
 * @param region only machines in this region; unset ({@code null}, the default) for every region
 * @param states only machines in these states (sent comma-separated); empty (the default) for every state
 * @param includeDeleted include destroyed machines (default {@code false})
 * @param summary ask for the summary form, without the full config (default {@code false})
 */
public record MachineListOptions(String region, List<String> states, boolean includeDeleted, boolean summary) {

  /** No filter. */
  public static final MachineListOptions ALL = new MachineListOptions(null, List.of(), false, false);

  /** Copies the states list; no states means every state. */
  public MachineListOptions {
    states = states == null ? List.of() : List.copyOf(states);
  }

  /**
   * A copy that lists only the machines in one region.
   *
   * @param regionCode region code, e.g. {@code ams}
   * @return the copy
   * @throws NullPointerException when {@code regionCode} is {@code null}
   */
  public MachineListOptions withRegion(String regionCode) {
    Objects.requireNonNull(regionCode, "regionCode must not be null");
    return new MachineListOptions(regionCode, states, includeDeleted, summary);
  }

  /**
   * A copy that lists only the machines in these states.
   *
   * @param machineStates the states, e.g. {@code started}
   * @return the copy
   * @throws NullPointerException when a state is {@code null}
   */
  public MachineListOptions withStates(String... machineStates) {
    return new MachineListOptions(region, List.of(machineStates), includeDeleted, summary);
  }

  /**
   * A copy that includes, or leaves out, destroyed machines.
   *
   * @param include {@code true} to include destroyed machines
   * @return the copy
   */
  public MachineListOptions withIncludeDeleted(boolean include) {
    return new MachineListOptions(region, states, include, summary);
  }

  /**
   * A copy that asks for the summary form, or the full one.
   *
   * @param summaryForm {@code true} for the summary form (no full config)
   * @return the copy
   */
  public MachineListOptions withSummary(boolean summaryForm) {
    return new MachineListOptions(region, states, includeDeleted, summaryForm);
  }
}
