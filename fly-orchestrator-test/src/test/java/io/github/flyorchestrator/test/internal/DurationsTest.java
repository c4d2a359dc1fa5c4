package io.github.flyorchestrator.test.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Durations as people write them, read and written. */
class DurationsTest {

  @Test
  void readsEachUnitAndCombinations() {
    assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("2s")).isEqualTo(Duration.ofSeconds(2));
    assertThat(Durations.parse("1m")).isEqualTo(Duration.ofMinutes(1));
    assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse(" 1m30s ")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("0s")).isZero();
  }

  @Test
  void readsWhatItWrites() {
    for (Duration duration : List.of(Duration.ofMillis(250), Duration.ofMillis(61_001), Duration.ofHours(3),
        Duration.ofMinutes(90))) {
      assertThat(Durations.parse(Durations.human(duration))).isEqualTo(duration);
    }
  }

  @Test
  void refusesWhatIsNotADurationWithAnExample() {
    for (String bad : List.of("", "2", "2 s", "1.5s", "-1s", "2d", "PT2S", "s", "1234567890s")) {
      assertThatThrownBy(() -> Durations.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("500ms");
    }
    assertThatThrownBy(() -> Durations.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
