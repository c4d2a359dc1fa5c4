package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatioIntervalTest {

  @Test
  void relativeErrorsOfTheTwoScoresAddInQuadrature() {
    RatioInterval interval = RatioInterval.of(105, 3, 100, 4);
    assertThat(interval.ratio()).isCloseTo(1.05, within(1e-12));
    assertThat(interval.relativeHalfWidth())
        .isCloseTo(Math.sqrt(Math.pow(3 / 105.0, 2) + Math.pow(0.04, 2)), within(1e-12));
    assertThat(interval.upper()).isCloseTo(1.05 + interval.halfWidth(), within(1e-12));
  }

  @Test
  void exactScoresGiveAZeroWidthInterval() {
    assertThat(RatioInterval.of(50, 0, 40, 0).halfWidth()).isZero();
  }

  @Test
  void aZeroDenominatorOrANegativeErrorIsRejected() {
    assertThatThrownBy(() -> RatioInterval.of(1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RatioInterval.of(1, -1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
