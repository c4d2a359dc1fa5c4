package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ForkPairTest {

  @Test
  void theForksMeansArePerCallInMicrosecondsAndTheRatioIsTheirs() {
    ForkPair fork = ForkPair.of(2_400_000, 2_000_000, 10_000);
    assertThat(fork.clientMicros()).isCloseTo(0.24, within(1e-12));
    assertThat(fork.rawMicros()).isCloseTo(0.2, within(1e-12));
    assertThat(fork.ratio()).isCloseTo(1.2, within(1e-12));
  }

  @Test
  void aForkWithoutATimedPairIsRejected() {
    assertThatThrownBy(() -> ForkPair.of(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ForkPair.of(0, 1, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
