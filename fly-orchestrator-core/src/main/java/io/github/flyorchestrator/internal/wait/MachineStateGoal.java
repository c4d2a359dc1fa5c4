package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.model.MachineState;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The machine state a wait is for, and which states mean it can no longer be reached: waiting for {@code started}
 * gives up on {@code failed} or {@code destroyed}; waiting for {@code stopped}, {@code suspended} or {@code failed}
 * gives up on {@code destroyed}; {@code destroyed} and {@code settled} never give up early. {@code settled} is reached
 * by any persistent state or {@code destroyed}.
 *
 * @param target the awaited state, one of {@link MachineState#WAITABLE}
 */
public record MachineStateGoal(String target) {

  /** Validates the state. */
  public MachineStateGoal {
    Objects.requireNonNull(target, "target must not be null");
    if (!MachineState.WAITABLE.contains(target)) {
      throw new IllegalArgumentException("target must be one of " + MachineState.WAITABLE + ", was " + target);
    }
  }

  /**
   * @param state a machine state
   * @return whether it satisfies the wait
   */
  public boolean isReached(String state) {
    if (state == null) {
      return false;
    }
    if (MachineState.SETTLED.equals(target)) {
      return MachineState.PERSISTENT.contains(state) || MachineState.DESTROYED.equals(state);
    }
    return target.equals(state);
  }

  /**
   * @param state a machine state
   * @return whether the machine can no longer reach the target from it
   */
  public boolean isUnreachable(String state) {
    return state != null && !isReached(state) && unreachableStates().contains(state);
  }

  /**
   * The states to pass to the wait endpoint: the target plus the states that make it unreachable, so that the server
   * answers early when the machine fails.
   *
   * @return e.g. {@code [started, failed, destroyed]}
   */
  public List<String> waitStates() {
    List<String> states = new java.util.ArrayList<>();
    states.add(target);
    unreachableStates().stream().sorted().forEach(states::add);
    return List.copyOf(states);
  }

  private Set<String> unreachableStates() {
    return switch (target) {
      case MachineState.STARTED -> Set.of(MachineState.FAILED, MachineState.DESTROYED);
      case MachineState.DESTROYED, MachineState.SETTLED -> Set.of();
      default -> Set.of(MachineState.DESTROYED);
    };
  }
}
