package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HarnessParsingTest {

  @Test
  void appIsTheSegmentAfterApps() {
    assertThat(SimulatorControlMain.appOf("/v1/apps/calls90-a-3/machines/m1/wait")).isEqualTo("calls90-a-3");
    assertThat(SimulatorControlMain.appOf("/v1/apps/lat-0")).isEqualTo("lat-0");
    assertThat(SimulatorControlMain.appOf("/v1/apps")).isNull();
    assertThat(SimulatorControlMain.appOf("/v1/apps/")).isNull();
  }

  @Test
  void scaleResultLineKeepsTheWholeErrorSummary() {
    Map<String, String> fields = ScaleRun.parse(
        "succeeded=9990 wallMs=15000 peakThreads=40 peakHeapBytes=1 peakHeapAfterGcBytes=2 errors={X=10} first: a b");
    assertThat(fields).containsEntry("succeeded", "9990").containsEntry("wallMs", "15000")
        .containsEntry("peakThreads", "40").containsEntry("errors", "{X=10} first: a b");
  }

  @Test
  void startedAtIsTheNewestStartedEvent() {
    Machine machine = new Machine("m1", null, "started", null, null, null, null, null, null, null, null,
        List.of(new MachineEvent("3", "start", "started", "flyd", 3_000L, null),
            new MachineEvent("2", "start", "starting", "user", 2_000L, null),
            new MachineEvent("1", "start", "started", "flyd", 1_000L, null)),
        null, null);
    assertThat(DetectionLatencyRun.latestStarted(machine)).isEqualTo(3_000L);
  }

  @Test
  void noStartedEventGivesNull() {
    Machine machine = new Machine("m1", null, "starting", null, null, null, null, null, null, null, null,
        List.of(new MachineEvent("2", "launch", "created", "user", 2_000L, null)), null, null);
    assertThat(DetectionLatencyRun.latestStarted(machine)).isNull();
  }
}
