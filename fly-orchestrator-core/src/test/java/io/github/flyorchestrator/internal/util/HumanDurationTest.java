package io.github.flyorchestrator.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanDurationTest {

  @ParameterizedTest
  @CsvSource({
      "PT0S, 0s",
      "PT0.000000500S, <1ms",
      "PT0.25S, 250ms",
      "PT5S, 5s",
      "PT1.5S, 1.5s",
      "PT1M30S, 1m30s",
      "PT2M, 2m",
      "PT1H, 1h",
      "PT2H5M, 2h5m",
      "PT1H0.25S, 1h0.25s",
      "PT26H, 26h",
      "-PT5S, -5s"})
  void durationsAreWrittenAsAPersonReadsThem(Duration duration, String expected) {
    assertThat(HumanDuration.format(duration)).isEqualTo(expected);
  }
}
