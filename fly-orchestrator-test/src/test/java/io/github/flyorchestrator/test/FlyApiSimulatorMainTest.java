package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Argument parsing, help and error lines, and in-process start/stop of the standalone entry point. */
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
        "--variant", "RetryAfterOn429=SENT", "--variant", "ByteEncoding=BASE64",
        "--variant", "DuplicateCertificate=RETURNS_EXISTING");
    assertThat(options.variants()).isEqualTo(new ApiVariants(ApiVariants.EventIds.WITHOUT_IDS,
        ApiVariants.CurrentVersionMismatch.REJECTED_412, ApiVariants.MissingLeaseNonce.REJECTED_412,
        ApiVariants.StartWhenStarted.REJECTED_412, ApiVariants.RetryAfterOn429.SENT, ApiVariants.TokenCheck.STRICT,
        ApiVariants.ByteEncoding.BASE64, ApiVariants.DuplicateCertificate.RETURNS_EXISTING));
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--variant", "EventIds"))
        .hasMessageContaining("Dimension=VALUE");
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--variant", "Ids=WITH_IDS")).hasMessageContaining("EventIds");
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--variant", "EventIds=SOME"))
        .hasMessageContaining("WITHOUT_IDS");
  }

  @Test
  void defaultsAcceptAnyTokenWithRateLimitsOnAndNoControlRoutes() {
    SimulatorOptions options = FlyApiSimulatorMain.parse();
    assertThat(options.token()).isNull();
    assertThat(options.rateLimitsEnabled()).isTrue();
    assertThat(options.timeScale()).isEqualTo(1.0);
    assertThat(options.variants()).isEqualTo(ApiVariants.defaults());
    assertThat(options.timings()).isEqualTo(SimulatorTimings.defaults());
    assertThat(options.controlRoutes()).isFalse();
  }

  @Test
  void startDurationTakesHumanDurationsForEveryApp() {
    assertThat(FlyApiSimulatorMain.parse("--start-duration", "2s").timings())
        .isEqualTo(SimulatorTimings.defaults().withStart(Duration.ofSeconds(2)));
    assertThat(FlyApiSimulatorMain.parse("--start-duration", "500ms").timings().start())
        .isEqualTo(Duration.ofMillis(500));
    assertThat(FlyApiSimulatorMain.parse("--start-duration", "1m").timings().start()).isEqualTo(Duration.ofMinutes(1));
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--start-duration", "2 seconds"))
        .hasMessageContaining("not a duration");
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--start-duration"))
        .hasMessage("--start-duration needs a value");
  }

  @Test
  void controlTurnsTheControlRoutesOn() {
    assertThat(FlyApiSimulatorMain.parse("--control").controlRoutes()).isTrue();
  }

  @Test
  void certificateIssuanceIsTakenAsADurationImmediatelyOrNever() {
    assertThat(FlyApiSimulatorMain.parse("--certificate-issuance", "30s").timings().certificateIssuance())
        .isEqualTo(CertificateIssuance.after(java.time.Duration.ofSeconds(30)));
    assertThat(FlyApiSimulatorMain.parse("--certificate-issuance", "never").timings().certificateIssuance())
        .isEqualTo(CertificateIssuance.never());
    assertThat(FlyApiSimulatorMain.parse().timings().certificateIssuance()).isEqualTo(CertificateIssuance.defaults());
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--certificate-issuance", "soon"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void helpIsAskedForByHelpOrHAnywhere() {
    assertThat(FlyApiSimulatorMain.asksForHelp("--help")).isTrue();
    assertThat(FlyApiSimulatorMain.asksForHelp("--port", "0", "-h")).isTrue();
    assertThat(FlyApiSimulatorMain.asksForHelp("--port", "0")).isFalse();
  }

  @Test
  void usageListsEveryOptionOnALineOfItsOwnWithTheDefaultsAndTheControlRoutes() {
    List<String> lines = FlyApiSimulatorMain.usage().lines().toList();
    for (String option : List.of("--port N", "--token T", "--time-scale S", "--start-duration D",
        "--certificate-issuance I", "--no-rate-limits", "--variant Dimension=VALUE", "--control", "--help")) {
      assertThat(lines).as(option).filteredOn(line -> line.startsWith("  " + option + " ")).hasSize(1);
    }
    assertThat(lines).anyMatch(line -> line.startsWith("  --start-duration D") && line.endsWith("default 200ms"));
    assertThat(lines).contains("  EventIds                WITH_IDS (default), WITHOUT_IDS",
        "  TokenCheck              LENIENT (default), STRICT");
    assertThat(lines).anyMatch(line -> line.startsWith("  --certificate-issuance I")
        && line.endsWith("default after 1s"));
    assertThat(lines).filteredOn(line -> line.matches("  [A-Za-z0-9]+ +[A-Z_0-9]+.*")).hasSize(8);
    assertThat(lines).anyMatch(line -> line.contains("PUT    /_control/apps/{app}/start-duration"));
    assertThat(lines).anyMatch(line -> line.contains("GET    /_control/journal"));
    assertThat(lines).anyMatch(line -> line.contains("HTTP/2 without TLS (h2c"));
    assertThat(lines).allMatch(line -> line.length() <= 120);
  }

  @Test
  void aBadArgumentIsReportedOnOneLineThatPointsToHelp() {
    IllegalArgumentException unknown = catchIllegalArgument("--verbose");
    assertThat(FlyApiSimulatorMain.errorLine(unknown))
        .isEqualTo("fly-api-simulator: unknown option --verbose (see --help)");
    for (String[] bad : List.of(new String[] {"--port", "x"}, new String[] {"--time-scale", "0"},
        new String[] {"--variant", "EventIds=SOME"}, new String[] {"--start-duration", "soon"})) {
      assertThat(FlyApiSimulatorMain.errorLine(catchIllegalArgument(bad))).as(String.join(" ", bad))
          .doesNotContain("\n").endsWith("(see --help)");
    }
  }

  private static IllegalArgumentException catchIllegalArgument(String... args) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
        () -> FlyApiSimulatorMain.parse(args));
  }

  @Test
  void rejectsUnknownOrIncompleteArguments() {
    assertThatThrownBy(() -> FlyApiSimulatorMain.parse("--verbose")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown option --verbose");
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
