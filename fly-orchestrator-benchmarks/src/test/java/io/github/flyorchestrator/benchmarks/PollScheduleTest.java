package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

  private static List<Long> pausesMillis(PollSchedule schedule, int count, double random) {
    List<Long> pauses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      pauses.add(schedule.pauseAfter(i, () -> random).toMillis());
    }
    return pauses;
  }

  @Test
  void referenceScheduleGrowsByHalfUpToFiveSecondsWithoutJitter() {
    assertThat(pausesMillis(PollSchedule.reference(1.0), 9, 0.0))
        .containsExactly(500L, 750L, 1125L, 1687L, 2531L, 3796L, 5000L, 5000L, 5000L);
  }

  @Test
  void referenceJitterAddsUpToTwentyPercentAfterTheCap() {
    assertThat(PollSchedule.reference(1.0).pauseAfter(0, () -> 0.999999).toMillis()).isEqualTo(599);
    assertThat(PollSchedule.reference(1.0).pauseAfter(20, () -> 0.999999).toMillis()).isEqualTo(5999);
  }

  @Test
  void naivePollerWaitsOneSecondEveryTime() {
    assertThat(pausesMillis(PollSchedule.naiveOneSecond(1.0), 5, 0.7)).containsOnly(1000L);
  }

  @Test
  void timeScaleShrinksEveryPauseBySameFactor() {
    assertThat(PollSchedule.reference(0.1).pauseAfter(1, () -> 0.0)).isEqualTo(Duration.ofMillis(75));
    assertThat(PollSchedule.naiveOneSecond(0.1).pauseAfter(3, () -> 0.0)).isEqualTo(Duration.ofMillis(100));
  }
}
