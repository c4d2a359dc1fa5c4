package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RolloutBoundTest {

  @Test
  void sixtyMachinesEightAtATimeTakeEightWavesOfTheirStartTime() {
    Duration bound = RolloutBound.lowerBound(60, 8, Duration.ofMillis(2200), 1, 3, 1.0);
    assertThat(bound).isEqualTo(Duration.ofMillis(8 * 2200));
  }

  @Test
  void allMachinesAtOnceTakeOneStartTime() {
    assertThat(RolloutBound.lowerBound(60, 60, Duration.ofSeconds(2), 1, 3, 1.0)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aSharedBucketBindsWhenItsCallsOutrunTheConcurrencyBound() {
    Duration bound = RolloutBound.lowerBound(60, 60, Duration.ofSeconds(2), 60, 3, 1.0);
    assertThat(bound).isEqualTo(Duration.ofSeconds(57));
  }

  @Test
  void callsWithinTheBurstNeedNoTime() {
    assertThat(RolloutBound.rateBound(3, 3, 1.0)).isZero();
    assertThat(RolloutBound.rateBound(13, 3, 5.0)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aConcurrencyOfZeroIsRejected() {
    assertThatThrownBy(() -> RolloutBound.lowerBound(60, 0, Duration.ofSeconds(1), 1, 3, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
