package io.github.flyorchestrator.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.SimulatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The sample's main job, run the way {@code main} runs it. */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

  @Test
  void withoutATokenTheMainJobRunsOnTheEmbeddedSimulatorAndExitsZero(CapturedOutput output) {
    int exitCode = runSample("--sample.simulated-start-time=200ms");
    assertThat(exitCode).isZero();
    String[] lines = output.getOut().strip().split("\\R");
    assertThat(lines[0]).startsWith("No fly.token or FLY_API_TOKEN set: using the embedded Fly API simulator at");
    assertThat(output.getOut()).containsPattern("machine [0-9a-f]{14} is started");
  }

  @Test
  void pointedAtAnyServerThatSpeaksTheApiItCreatesAStartedMachine(CapturedOutput output) {
    try (FlyApiSimulator server = FlyApiSimulator.start(SimulatorOptions.defaults().withToken("external-token"))) {
      int exitCode = runSample("--fly.base-url=" + server.baseUrl(), "--fly.token=external-token",
          "--sample.app-name=external-app");
      assertThat(exitCode).isZero();
      assertThat(output.getOut()).doesNotContain("embedded Fly API simulator");
      assertThat(server.journal().count(SimRoute.MACHINES_CREATE)).isEqualTo(1);
    }
  }

  @Test
  void aFailedLaunchPrintsOneClearLineAndExitsNonZero(CapturedOutput output) {
    try (FlyApiSimulator server = FlyApiSimulator.start(SimulatorOptions.defaults().withToken("external-token"))) {
      server.failLaunches("doomed-app", true);
      int exitCode = runSample("--fly.base-url=" + server.baseUrl(), "--fly.token=external-token",
          "--sample.app-name=doomed-app");
      assertThat(exitCode).isEqualTo(1);
      assertThat(output.getErr()).contains("sample failed:").contains("failed").doesNotContain("\tat ");
      assertThat(output.getAll()).doesNotContain("external-token");
    }
  }

  private static int runSample(String... args) {
    ConfigurableApplicationContext context = SampleApplication.application().run(args);
    return SpringApplication.exit(context);
  }
}
