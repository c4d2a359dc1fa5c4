package io.github.flyorchestrator.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.SimulatorOptions;
import io.github.flyorchestrator.test.SimulatorTimings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AOT-processed sample jar run on the JVM in AOT mode ({@code java -Dspring.aot.enabled=true -jar ...}), as the
 * package phase built it: once on the embedded simulator, once pointed at a server by {@code --fly.base-url}. In AOT
 * mode Boot refuses to start without the generated initializer, so a zero exit shows the generated context works.
 */
class SampleAotRunIT {

  private static final String DONE = "done: app=%s machine=[0-9a-f]{14} state=started region=ord total=[0-9.]+s"
      + " api-calls=[1-9][0-9]*";

  @TempDir
  Path temp;

  @Test
  @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void inAotModeWithoutATokenTheJarRunsItsJobOnTheEmbeddedSimulator() throws Exception {
    Run run = runJar("--sample.simulated-start-time=200ms", "--sample.app-name=aot-embedded");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output().lines().findFirst()).hasValueSatisfying(first -> assertThat(first)
        .startsWith("No fly.token or FLY_API_TOKEN set: using the embedded Fly API simulator at"));
    assertThat(run.output()).containsPattern(DONE.formatted("aot-embedded"));
  }

  @Test
  @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void inAotModeWithAConfiguredBaseUrlTheJarRunsItsJobOnThatServer() throws Exception {
    SimulatorOptions options = SimulatorOptions.defaults().withToken("aot-it-token")
        .withTimings(SimulatorTimings.defaults().withStart(Duration.ofMillis(200)));
    try (FlyApiSimulator server = FlyApiSimulator.start(options)) {
      Run run = runJar("--fly.base-url=" + server.baseUrl(), "--fly.token=aot-it-token",
          "--sample.app-name=aot-external");

      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.output()).doesNotContain("embedded Fly API simulator")
          .containsPattern(DONE.formatted("aot-external"));
      assertThat(server.journal().count(SimRoute.MACHINES_CREATE)).isEqualTo(1);
    }
  }

  private Run runJar(String... args) throws Exception {
    Path jar = Path.of(System.getProperty("sample.jar", "target/missing.jar"));
    assertThat(jar).as("the sample jar built by the package phase").exists();
    // C1 only: a short-lived run starts about twice as fast
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path output = Files.createTempFile(temp, "sample", ".out");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().remove("FLY_API_TOKEN");
    Process process = builder.start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the sample ended").isTrue();
      return new Run(process.exitValue(), Files.readString(output));
    }
    finally {
      process.destroyForcibly();
    }
  }

  private record Run(int exitCode, String output) {
  }
}
