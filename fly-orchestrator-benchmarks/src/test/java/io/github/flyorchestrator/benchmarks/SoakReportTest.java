package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoakReportTest {

  private static final long MIB = 1024L * 1024;

  private static SoakReport report(SoakReport.JvmSnapshot baseline, SoakReport.JvmSnapshot end) {
    return new SoakReport(Duration.ofMinutes(2), 4, 42, 9,
        Map.of("1 createMachineAndWait", List.of(100L, 200L, 300L, 400L), "2 updateAndWait", List.of(50L, 60L)),
        Map.of("2 updateAndWait: FlyTimeoutException", 2, "1 createMachineAndWait: FlyException", 1), baseline, end);
  }

  private static SoakReport steady() {
    return report(new SoakReport.JvmSnapshot(100 * MIB, 40), new SoakReport.JvmSnapshot(105 * MIB, 41));
  }

  @Test
  void throughputCountsSuccessfulWorkflowsPerMinute() {
    SoakReport report = steady();

    assertThat(report.successes()).isEqualTo(6);
    assertThat(report.failures()).isEqualTo(3);
    assertThat(report.throughputPerMinute()).isEqualTo(3.0);
  }

  @Test
  void growthWithinTheSlackIsNoGrowth() {
    assertThat(steady().noGrowth()).isTrue();
    assertThat(steady().verdict()).startsWith("no growth");
  }

  @Test
  void aHeapThatGrowsBeyondTenPercentAndSixteenMebibytesIsGrowth() {
    SoakReport grown = report(new SoakReport.JvmSnapshot(200 * MIB, 40), new SoakReport.JvmSnapshot(221 * MIB, 40));
    SoakReport withinTenPercent = report(new SoakReport.JvmSnapshot(200 * MIB, 40),
        new SoakReport.JvmSnapshot(219 * MIB, 40));

    assertThat(grown.noGrowth()).isFalse();
    assertThat(grown.verdict()).startsWith("GROWTH");
    assertThat(withinTenPercent.noGrowth()).isTrue();
  }

  @Test
  void moreThanTwoNewThreadsIsGrowth() {
    assertThat(report(new SoakReport.JvmSnapshot(100 * MIB, 40), new SoakReport.JvmSnapshot(100 * MIB, 43))
        .noGrowth()).isFalse();
  }

  @Test
  void theMarkdownListsPercentilesPerWorkflowErrorsByTypeAndTheVerdict() {
    String markdown = steady().markdown();

    assertThat(markdown)
        .contains("2m, 4 concurrent create/update/destroy loops, fault seed 42, 9 faults injected")
        .contains("Throughput: 3.0 workflows/min (6 succeeded, 3 failed).")
        .contains("| 1 createMachineAndWait | 4 | 200 | 400 | 400 | 400 |")
        .contains("| 2 updateAndWait | 2 | 50 | 60 | 60 | 60 |")
        .contains("| 1 createMachineAndWait: FlyException | 1 |")
        .contains("| 2 updateAndWait: FlyTimeoutException | 2 |")
        .contains("| heap after GC | 100.0 MiB | 105.0 MiB |")
        .contains("| live threads | 40 | 41 |")
        .contains("Verdict: no growth");
  }

  @Test
  void theDurationOptionReadsMinutesSecondsHoursAndIso() {
    assertThat(SoakMain.parseDuration("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(SoakMain.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(SoakMain.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(SoakMain.parseDuration("PT2M")).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> SoakMain.parseDuration("ten minutes")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SoakMain.parseDuration("0s")).isInstanceOf(IllegalArgumentException.class);
  }
}
