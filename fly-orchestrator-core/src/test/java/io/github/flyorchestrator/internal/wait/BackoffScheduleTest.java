package io.github.flyorchestrator.internal.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffScheduleTest {

  private static final BackoffSettings DEFAULTS = OrchestratorSettings.DEFAULTS.backoff();

  @Test
  void everyPauseIsWithinTwentyPercentOfTheCappedGrowthAndNeverMoreThanTheRemainingTime() {
    Random random = new Random(42);
    BackoffSchedule schedule = new BackoffSchedule(DEFAULTS, random::nextDouble);
    Random remainingSource = new Random(7);
    for (int retry = 0; retry < 500; retry++) {
      double base = Math.min(500 * Math.pow(1.5, retry), 5000);
      long least = (long) Math.max(500, base * 0.8);
      long most = (long) Math.min(5000, base * 1.2);
      Duration unbounded = schedule.delay(retry, Duration.ofDays(1));
      assertThat(unbounded.toMillis()).as("retry %d", retry).isBetween(least, most);

      Duration remaining = Duration.ofMillis(remainingSource.nextInt(8000));
      Duration cut = schedule.delay(retry, remaining);
      assertThat(cut).as("retry %d, remaining %s", retry, remaining).isLessThanOrEqualTo(remaining);
      assertThat(cut.toMillis()).isGreaterThanOrEqualTo(Math.min(least, remaining.toMillis()));
    }
  }

  @Test
  void withoutJitterThePausesGrowByOneAndAHalfUpToFiveSeconds() {
    BackoffSchedule schedule = new BackoffSchedule(DEFAULTS.toBuilder().jitter(0).build(), () -> 0.5);
    long[] expected = {500, 750, 1125, 1687, 2531, 3796, 5000, 5000};
    for (int retry = 0; retry < expected.length; retry++) {
      assertThat(schedule.delay(retry, Duration.ofMinutes(1)).toMillis()).isEqualTo(expected[retry]);
    }
  }

  @Test
  void aPauseIsCutToTheTimeRemaining() {
    BackoffSchedule schedule = new BackoffSchedule(DEFAULTS, () -> 0.5);
    assertThat(schedule.delay(10, Duration.ofMillis(1200))).isEqualTo(Duration.ofMillis(1200));
    assertThat(schedule.delay(0, Duration.ZERO)).isZero();
  }
}
