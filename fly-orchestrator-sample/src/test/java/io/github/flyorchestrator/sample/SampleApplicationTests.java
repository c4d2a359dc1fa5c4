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
    assertThat(output.getOut()).containsPattern("[0-9.]+s  machine [0-9a-f]{14} is created")
        .containsPattern("[0-9.]+s  machine [0-9a-f]{14} is started")
        .containsPattern("done: app=sample-[0-9a-f]+ machine=[0-9a-f]{14} state=started region=ord total=[0-9.]+s"
            + " api-calls=[1-9][0-9]*");
  }

  @Test
  void theRolloutJobRollsANewImageOverTheFleet(CapturedOutput output) {
    int exitCode = runSample("--sample.job=rollout", "--sample.fleet-size=3", "--sample.simulated-start-time=100ms");
    assertThat(exitCode).isZero();
    assertThat(output.getOut()).contains("phase: rollout of 3 machines to nginx:alpine")
        .containsPattern("machine [0-9a-f]{14}: UPDATED")
        .contains("machines=3 successful=true");
    assertThat(output.getOut().split("UPDATED", -1)).hasSize(4);
  }

  @Test
  void anUnknownJobIsOneClearError(CapturedOutput output) {
    assertThat(runSample("--sample.job=deploy")).isEqualTo(1);
    assertThat(output.getErr()).contains("sample.job must be 'launch' or 'rollout', was 'deploy'");
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
