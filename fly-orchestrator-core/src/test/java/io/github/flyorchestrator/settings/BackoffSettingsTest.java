package io.github.flyorchestrator.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one meaning of a backoff's four values, shared by HTTP retries and polls. */
class BackoffSettingsTest {

  private static final BackoffSettings POLLS = OrchestratorSettings.DEFAULTS.backoff();

  private static long millis(BackoffSettings backoff, int attempt, double random) {
    return backoff.delay(attempt, random).toMillis();
  }

  @Test
  void theJitterMakesEachPauseAtMostItsShareShorterOrLongerThanTheBaseDelay() {
    BackoffSettings backoff = new BackoffSettings(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60), 0.25);

    assertThat(millis(backoff, 2, 0.0)).isEqualTo(3000);
    assertThat(millis(backoff, 2, 0.5)).isEqualTo(4000);
    assertThat(millis(backoff, 2, 0.999_999)).isEqualTo(4999);
  }

  @Test
  void noPauseIsShorterThanTheInitialDelay() {
    assertThat(millis(POLLS, 0, 0.0)).isEqualTo(500);
    assertThat(millis(POLLS, 0, 0.999_999)).isEqualTo(599);
  }

  @Test
  void noPauseIsLongerThanTheMaxDelayEvenWithJitter() {
    assertThat(millis(POLLS, 20, 0.0)).isEqualTo(4000);
    assertThat(millis(POLLS, 20, 0.999_999)).isEqualTo(4999);
  }

  @Test
  void withoutJitterThePauseIsTheCappedExponentialGrowth() {
    BackoffSettings exact = POLLS.toBuilder().jitter(0).build();

    assertThat(millis(exact, 0, 0.7)).isEqualTo(500);
    assertThat(millis(exact, 1, 0.7)).isEqualTo(750);
    assertThat(millis(exact, 2, 0.7)).isEqualTo(1125);
    assertThat(millis(exact, 6, 0.7)).isEqualTo(5000);
  }

  @Test
  void theDefaultsOfRetriesAndPollsDifferOnlyInTheirGrowth() {
    BackoffSettings retries = RetrySettings.DEFAULTS.backoff();

    assertThat(retries.toBuilder().multiplier(POLLS.multiplier()).build()).isEqualTo(POLLS);
    assertThat(retries.multiplier()).isEqualTo(2.0);
    assertThat(POLLS.multiplier()).isEqualTo(1.5);
  }

  @Test
  void valuesOutOfRangeAreRefused() {
    BackoffSettings.Builder builder = POLLS.toBuilder();

    assertThatThrownBy(() -> builder.initialDelay(Duration.ofMillis(-1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialDelay");
    assertThatThrownBy(() -> POLLS.toBuilder().multiplier(0.9).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiplier");
    assertThatThrownBy(() -> POLLS.toBuilder().maxDelay(Duration.ofMillis(499)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDelay");
    assertThatThrownBy(() -> POLLS.toBuilder().jitter(1.1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
    assertThatThrownBy(() -> POLLS.delay(0, 1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> POLLS.delay(-1, 0.0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aZeroBackoffPausesNotAtAll() {
    BackoffSettings none = new BackoffSettings(Duration.ZERO, 1.0, Duration.ZERO, 0.5);

    assertThat(none.delay(3, 0.9)).isZero();
  }
}
