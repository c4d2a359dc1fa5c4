package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Argument parsing and in-process start/stop of the standalone entry point. */
class FlyApiSimulatorMainTest {

  @Test
  void parsesEveryOption() {
    SimulatorOptions options = FlyApiSimulatorMain.parse("--port", "0", "--token", "abc", "--time-scale", "0.5",
        "--no-rate-limits");
    assertThat(options.port()).isZero();
    assertThat(options.token()).isEqualTo("abc");
    assertThat(options.timeScale()).isEqualTo(0.5);
    assertThat(options.rateLimitsEnabled()).isFalse();
    assertThat(options.toString()).doesNotContain("abc");
  }

  @Test
  void setsApiVariantsByDimensionAndValue() {
    SimulatorOptions options = FlyApiSimulatorMain.parse("--variant", "EventIds=WITHOUT_IDS",
        "--variant", "tokencheck=strict", "--variant", "CurrentVersionMismatch=REJECTED_412",
        "--variant", "MissingLeaseNonce=REJECTED_412", "--variant", "StartWhenStarted=REJECTED_412",
        "--variant", "RetryAfterOn429=SENT");
    assertThat(options.variants()).isEqualTo(new ApiVariants(ApiVariants.EventIds.WITHOUT_IDS,
        ApiVariants.CurrentVersionMismatch.REJECTED_412, ApiVariants.MissingLeaseNonce.REJECTED_412,
        ApiVariants.StartWhenStarted.REJECTED_412, ApiVariants.RetryAfterOn429.SENT, ApiVariants.TokenCheck.STRICT));
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--variant", "EventIds"))
        .hasMessageContaining("Dimension=VALUE");
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--variant", "Ids=WITH_IDS")).hasMessageContaining("EventIds");
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--variant", "EventIds=SOME"))
        .hasMessageContaining("WITHOUT_IDS");
  }

  @Test
  void defaultsAcceptAnyTokenWithRateLimitsOn() {
    SimulatorOptions options = FlyApiSimulatorMain.parse();
    assertThat(options.token()).isNull();
    assertThat(options.rateLimitsEnabled()).isTrue();
    assertThat(options.timeScale()).isEqualTo(1.0);
    assertThat(options.variants()).isEqualTo(ApiVariants.defaults());
  }

  @Test
  void rejectsUnknownOrIncompleteArguments() {
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--verbose")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown argument");
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--port")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--port", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--time-scale", "0"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void launchPrintsTheUrlAndServesUntilClosed() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    FlyApiSimulator simulator;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      simulator = FlyApiSimulatorMain.launch("--port", "0", "--token", "main-token");
    } finally {
      System.setOut(original);
    }
    try {
      String line = captured.toString(StandardCharsets.UTF_8).trim();
      assertThat(line).isEqualTo("Fly API simulator listening on " + simulator.baseUrl());
      assertThat(line).doesNotContain("main-token");
      assertThat(new SimHttp(simulator, "main-token").get("/apps").status()).isEqualTo(200);
      assertThat(new SimHttp(simulator, "other").get("/apps").status()).isEqualTo(401);
    } finally {
      simulator.close();
    }
    SimHttp afterClose = new SimHttp(simulator, "main-token");
    assertThatThrownBy(() -> afterClose.get("/apps")).isInstanceOf(java.io.UncheckedIOException.class);
  }
}
