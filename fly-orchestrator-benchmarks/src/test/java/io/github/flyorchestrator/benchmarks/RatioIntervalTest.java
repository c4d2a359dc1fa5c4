package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatioIntervalTest {

  @Test
  void theHalfWidthIsStudentsTTimesTheStandardErrorOfTheForkRatios() {
    RatioInterval interval = RatioInterval.ofForkRatios(new double[] {1.00, 1.02, 1.04, 1.06}, 0.999);
    double standardError = Math.sqrt((0.03 * 0.03 + 0.01 * 0.01 + 0.01 * 0.01 + 0.03 * 0.03) / 3 / 4);
    assertThat(interval.ratio()).isCloseTo(1.03, within(1e-12));
    assertThat(interval.forks()).isEqualTo(4);
    // t(3, 0.9995) = 12.924 (tables).
    assertThat(interval.halfWidth()).isCloseTo(12.924 * standardError, within(1e-4));
    assertThat(interval.upper()).isCloseTo(1.03 + interval.halfWidth(), within(1e-12));
  }

  @Test
  void moreForksNarrowTheIntervalBeyondTheSquareRootOfTheirNumber() {
    double[] four = {1.0, 1.1, 1.0, 1.1};
    double[] eight = {1.0, 1.1, 1.0, 1.1, 1.0, 1.1, 1.0, 1.1};
    assertThat(RatioInterval.ofForkRatios(eight, 0.999).halfWidth())
        .isLessThan(RatioInterval.ofForkRatios(four, 0.999).halfWidth() / Math.sqrt(2));
  }

  @Test
  void identicalForkRatiosGiveAZeroWidthInterval() {
    assertThat(RatioInterval.ofForkRatios(new double[] {1.2, 1.2, 1.2}, 0.999).halfWidth()).isZero();
  }

  @Test
  void oneForkANonPositiveRatioOrAnImpossibleConfidenceIsRejected() {
    assertThatThrownBy(() -> RatioInterval.ofForkRatios(new double[] {1.0}, 0.999))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RatioInterval.ofForkRatios(new double[] {1.0, 0.0}, 0.999))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RatioInterval.ofForkRatios(new double[] {1.0, 1.1}, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
