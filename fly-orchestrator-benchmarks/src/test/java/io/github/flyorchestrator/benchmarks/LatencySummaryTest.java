package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

  @Test
  void nearestRankPercentilesOfOneToHundred() {
    List<Long> samples = new ArrayList<>();
    for (long i = 100; i >= 1; i--) {
      samples.add(i);
    }
    LatencySummary summary = LatencySummary.of(samples);
    assertThat(summary).isEqualTo(new LatencySummary(100, 50, 95, 99, 100));
  }

  @Test
  void p99OfTwoHundredSamplesLeavesOutTheTwoLargest() {
    List<Long> samples = new ArrayList<>(Collections.nCopies(197, 10L));
    samples.add(900L);
    samples.add(70L);
    samples.add(80L);
    LatencySummary summary = LatencySummary.of(samples);
    assertThat(summary.p99()).isEqualTo(70);
    assertThat(summary.max()).isEqualTo(900);
    assertThat(summary.p50()).isEqualTo(10);
  }

  @Test
  void singleSampleIsEveryPercentile() {
    assertThat(LatencySummary.of(List.of(7L))).isEqualTo(new LatencySummary(1, 7, 7, 7, 7));
  }

  @Test
  void noSamplesIsRejected() {
    assertThatThrownBy(() -> LatencySummary.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
