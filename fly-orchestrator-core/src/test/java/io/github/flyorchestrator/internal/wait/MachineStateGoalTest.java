package io.github.flyorchestrator.internal.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MachineStateGoalTest {

  @Test
  void waitingForStartedGivesUpOnFailedOrDestroyedAndAsksTheServerForThemToo() {
    MachineStateGoal started = new MachineStateGoal("started");
    assertThat(started.waitStates()).containsExactly("started", "destroyed", "failed");
    assertThat(started.isReached("started")).isTrue();
    assertThat(started.isUnreachable("failed")).isTrue();
    assertThat(started.isUnreachable("destroyed")).isTrue();
    assertThat(started.isUnreachable("starting")).isFalse();
    assertThat(started.isUnreachable("stopped")).isFalse();
  }

  @Test
  void settledIsReachedByAnyPersistentStateOrDestroyed() {
    MachineStateGoal settled = new MachineStateGoal("settled");
    assertThat(settled.waitStates()).containsExactly("settled");
    assertThat(settled.isReached("stopped")).isTrue();
    assertThat(settled.isReached("failed")).isTrue();
    assertThat(settled.isReached("destroyed")).isTrue();
    assertThat(settled.isReached("starting")).isFalse();
  }

  @Test
  void waitingForDestroyedNeverGivesUpEarly() {
    MachineStateGoal destroyed = new MachineStateGoal("destroyed");
    assertThat(destroyed.waitStates()).containsExactly("destroyed");
    assertThat(destroyed.isUnreachable("failed")).isFalse();
  }

  @Test
  void onlyTheWaitEndpointsStatesCanBeAwaited() {
    assertThatThrownBy(() -> new MachineStateGoal("starting")).isInstanceOf(IllegalArgumentException.class);
  }
}
