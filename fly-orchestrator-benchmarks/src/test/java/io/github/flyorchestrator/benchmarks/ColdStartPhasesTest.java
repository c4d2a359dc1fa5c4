package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColdStartPhasesTest {

  @Test
  void eachPhaseIsReportedAsTheDifferenceToThePreviousMark() {
    Map<String, String> fields = ScaleRun.parse("firstSucceeded=50 secondSucceeded=50 "
        + "main.atMs=100 main.classes=1000 main.jitMs=50 main.cpuMs=150 "
        + "built.atMs=400 built.classes=4000 built.jitMs=250 built.cpuMs=700 "
        + "first.atMs=900 first.classes=6500 first.jitMs=900 first.cpuMs=1600 "
        + "second.atMs=1100 second.classes=6510 second.jitMs=1000 second.cpuMs=1900");
    assertThat(ColdStartRun.phases(fields))
        .isEqualTo("JVM start → main 100 ms (1,000 classes, JIT 50 ms, CPU 150 ms); "
            + "building client and orchestrator 300 ms (+3,000 classes, JIT +200 ms, CPU +550 ms); "
            + "first burst 500 ms (+2,500 classes, JIT +650 ms, CPU +900 ms); "
            + "second burst 200 ms (+10 classes, JIT +100 ms, CPU +300 ms)");
  }
}
