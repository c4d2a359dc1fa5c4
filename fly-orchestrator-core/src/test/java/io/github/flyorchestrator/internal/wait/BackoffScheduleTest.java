package io.github.flyorchestrator.internal.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.settings.BackoffSettings;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffScheduleTest {

  private static final BackoffSettings DEFAULTS = BackoffSettings.DEFAULTS;

  @Test
  void everyDelayIsTheCappedGrowthPlusAtMostTwentyPercentAndNeverMoreThanTheRemainingTime() {
    Random random = new Random(42);
    BackoffSchedule schedule = new BackoffSchedule(DEFAULTS, random::nextDouble);
    Random remainingSource = new Random(7);
    for (int retry = 0; retry < 500; retry++) {
      long capped = (long) Math.min(500 * Math.pow(1.5, retry), 5000);
      Duration unbounded = schedule.delay(retry, Duration.ofDays(1));
      assertThat(unbounded.toMillis()).as("retry %d", retry).isBetween(capped, (long) (capped * 1.2));

      Duration remaining = Duration.ofMillis(remainingSource.nextInt(8000));
      Duration cut = schedule.delay(retry, remaining);
      assertThat(cut).as("retry %d, remaining %s", retry, remaining).isLessThanOrEqualTo(remaining);
      assertThat(cut.toMillis()).isGreaterThanOrEqualTo(Math.min(capped, remaining.toMillis()));
    }
  }

  @Test
  void withoutJitterTheDelaysGrowByOneAndAHalfUpToFiveSeconds() {
    BackoffSchedule schedule = new BackoffSchedule(DEFAULTS, () -> 0.0);
    long[] expected = {500, 750, 1125, 1687, 2531, 3796, 5000, 5000};
    for (int retry = 0; retry < expected.length; retry++) {
      assertThat(schedule.delay(retry, Duration.ofMinutes(1))).isEqualTo(Duration.ofMillis(expected[retry]));
    }
  }

  @Test
  void jitterIsAddedOnTopOfTheCap() {
    BackoffSchedule schedule = new BackoffSchedule(DEFAULTS, () -> 0.999_999);
    assertThat(schedule.delay(20, Duration.ofMinutes(1)).toMillis()).isGreaterThan(5000).isLessThanOrEqualTo(6000);
  }

  @Test
  void aPauseIsCutToTheTimeRemaining() {
    BackoffSchedule schedule = new BackoffSchedule(DEFAULTS, () -> 0.5);
    assertThat(schedule.delay(10, Duration.ofMillis(1200))).isEqualTo(Duration.ofMillis(1200));
    assertThat(schedule.delay(0, Duration.ZERO)).isZero();
  }
}
