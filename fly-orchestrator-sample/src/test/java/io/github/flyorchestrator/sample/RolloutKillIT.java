package io.github.flyorchestrator.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.internal.lifecycle.MachineCreate;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineState;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.test.SimRoute;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kill test (issue 13): the standalone simulator and the sample's rollout job run as separate processes; the job
 * is killed with SIGKILL ({@link Process#destroyForcibly()}) at random points and run again after each kill, until a
 * run completes; then the app must hold exactly the expected machines, all started on the target image, one per
 * idempotency key, and no lease once the killed runs' leases have run out their TTL. Each round uses a new app and
 * plans one kill in each phase, in the order a run reaches them: create ({@code POST .../machines}), wait
 * ({@code GET .../wait}), lease ({@code POST .../lease}) and update ({@code POST .../machines/{id}}). A kill fires
 * when the simulator's journal shows the phase's k-th request of the run (k random in 1..2) plus a random delay
 * (0..250 ms). Rounds go on until {@value #KILLS} kills happened; the seed ({@code -Dkill.seed=N} replays one) and
 * every kill point are printed.
 */
class RolloutKillIT {

  private static final int KILLS = 20;
  private static final int FLEET = 3;
  private static final String TOKEN = "kill-it-token";
  private static final String TARGET_IMAGE = "nginx:2";
  private static final Duration LEASE_TTL = Duration.ofSeconds(2);
  private static final Duration RUN_LIMIT = Duration.ofSeconds(60);
  private static final Pattern READY = Pattern.compile("Fly API simulator listening on (http://\\S+)");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The phases a kill is planned in, in the order a run reaches them, with the request that marks each. */
  private enum Phase {
    CREATE(SimRoute.MACHINES_CREATE), WAIT(SimRoute.MACHINES_WAIT), LEASE(SimRoute.MACHINES_CREATE_LEASE),
    UPDATE(SimRoute.MACHINES_UPDATE);

    private final SimRoute route;

    Phase(SimRoute route) {
      this.route = route;
    }
  }

  @TempDir
  Path temp;

  private final HttpClient http = HttpClient.newHttpClient();
  private Process simulator;
  private String baseUrl;
  private ReactiveFlyMachinesClient reactive;
  private FlyMachinesClient client;

  @BeforeEach
  void startSimulator() throws IOException {
    simulator = new ProcessBuilder(java("io.github.flyorchestrator.test.FlyApiSimulatorMain", List.of(),
        List.of("--port", "0", "--token", TOKEN, "--control", "--no-rate-limits", "--start-duration", "100ms")))
        .redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(simulator.getInputStream(),
        StandardCharsets.UTF_8));
    String line = out.readLine();
    while (line != null && baseUrl == null) {
      Matcher ready = READY.matcher(line);
      baseUrl = ready.find() ? ready.group(1) : null;
      line = baseUrl == null ? out.readLine() : line;
    }
    assertThat(baseUrl).as("the simulator's ready line").isNotNull();
    Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "simulator-output");
    drain.setDaemon(true);
    drain.start();
    reactive = ReactiveFlyMachinesClient.builder().baseUrl(baseUrl).token(TOKEN).build();
    client = FlyMachinesClient.blocking(reactive);
  }

  @AfterEach
  void stopSimulator() {
    if (reactive != null) {
      reactive.close();
    }
    simulator.destroyForcibly();
  }

  @Test
  @Timeout(value = 280, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aRolloutJobKilledAtRandomPointsEndsAfterItsRerunsWithTheIntendedFleetAndNoLease() throws Exception {
    long seed = Long.getLong("kill.seed", System.nanoTime());
    System.out.println("kill test seed " + seed + " (replay with -Dkill.seed=" + seed + ")");
    Random random = new Random(seed);
    List<String> kills = new ArrayList<>();
    for (int round = 1; kills.size() < KILLS; round++) {
      String app = "kill-round-" + round;
      List<Phase> plan = List.of(Phase.values());
      Run run = null;
      for (int attempt = 0; run == null || run.killedAt() != null; attempt++) {
        run = run(app, attempt < plan.size() ? new KillPoint(plan.get(attempt), 1 + random.nextInt(2),
            random.nextInt(251)) : null);
        if (run.killedAt() != null) {
          kills.add("round " + round + " run " + (attempt + 1) + ": " + run.killedAt());
          System.out.println("kill " + kills.size() + ": " + kills.get(kills.size() - 1));
        }
        else {
          assertThat(run.exitCode()).as("round %d run %d ended by itself: %s", round, attempt + 1, run.output())
              .isZero();
          assertThat(run.output()).contains("done: app=" + app + " machines=" + FLEET + " successful=true");
        }
      }
      assertConverged(app);
    }
    System.out.println("kill test: " + kills.size() + " kills with seed " + seed);
    assertThat(kills).hasSizeGreaterThanOrEqualTo(KILLS)
        .anyMatch(kill -> kill.contains(" CREATE ")).anyMatch(kill -> kill.contains(" UPDATE "));
  }

  /** Every expected machine once, started on the target image, and no lease once the killed runs' TTLs passed. */
  private void assertConverged(String app) throws InterruptedException {
    List<Machine> machines = client.listMachines(app, MachineListOptions.ALL);
    assertThat(machines).as("machines of %s", app).hasSize(FLEET).allSatisfy(machine -> {
      assertThat(machine.state()).isEqualTo(MachineState.STARTED);
      assertThat(machine.config().image()).isEqualTo(TARGET_IMAGE);
    });
    assertThat(machines).extracting(machine -> machine.config().metadata()
            .get(MachineCreate.IDEMPOTENCY_KEY_METADATA_KEY))
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, FLEET).mapToObj(i -> "machine-" + i).toList());
    long deadline = System.nanoTime() + LEASE_TTL.plusSeconds(5).toNanos();
    for (Machine machine : machines) {
      while (leaseHeld(app, machine.id())) {
        if (System.nanoTime() > deadline) {
          fail("machine " + machine.id() + " of " + app + " still leased after the lease TTL");
        }
        Thread.sleep(100);
      }
    }
  }

  private boolean leaseHeld(String app, String machineId) {
    try {
      client.getLease(app, machineId);
      return true;
    }
    catch (FlyException ex) {
      if (Integer.valueOf(404).equals(ex.getHttpStatus())) {
        return false;
      }
      throw ex;
    }
  }

  /** Runs the job once; kills it at {@code kill} unless it ends first. */
  private Run run(String app, KillPoint kill) throws Exception {
    Path output = Files.createTempFile(temp, app, ".out");
    // Cheap starts: C1 only, the serial collector, the JDK's class data archive, the context the build's AOT
    // processing generated (about a quarter faster to start than a scanned one), lazy beans, no client warm-up (it
    // trades start-up time for a faster first burst; these jobs are killed long before a burst would gain).
    List<String> jvm = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
        "-Dspring.aot.enabled=true");
    Process job = new ProcessBuilder(java(SampleApplication.class.getName(), jvm, List.of(
        "--sample.job=rollout", "--sample.app-name=" + app, "--sample.fleet-size=" + FLEET,
        "--sample.rollout-image=" + TARGET_IMAGE, "--sample.lease-ttl=" + LEASE_TTL.toSeconds() + "s",
        "--sample.timeout=" + RUN_LIMIT.toSeconds() + "s", "--fly.base-url=" + baseUrl, "--fly.token=" + TOKEN,
        "--fly.orchestrator.backoff.max-delay=500ms", "--fly.warm-up=false", "--spring.main.lazy-initialization=true")))
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    try {
      String killedAt = kill == null ? null : killAt(job, kill, output);
      if (!job.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        fail("the job did not end within " + RUN_LIMIT + ": " + Files.readString(output));
      }
      return new Run(job.exitValue(), Files.readString(output), killedAt);
    }
    finally {
      job.destroyForcibly();
    }
  }

  /**
   * Waits until the journal shows the run's k-th request of the phase, then for the delay, then kills the job.
   *
   * @return where it was killed, or {@code null} when it ended first
   */
  private String killAt(Process job, KillPoint kill, Path output) throws Exception {
    int before = journalCount(kill.phase().route);
    long limit = System.nanoTime() + RUN_LIMIT.toNanos();
    while (job.isAlive() && journalCount(kill.phase().route) < before + kill.nth()) {
      if (System.nanoTime() > limit) {
        fail("the job reached no " + kill.phase() + " request within " + RUN_LIMIT);
      }
      Thread.sleep(10);
    }
    Thread.sleep(kill.delayMillis());
    if (!job.isAlive()) {
      return null;
    }
    job.destroyForcibly();
    job.waitFor();
    List<String> phases = Files.readAllLines(output).stream().filter(line -> line.startsWith("phase: ")).toList();
    return kill + " during '" + (phases.isEmpty() ? "start-up" : phases.get(phases.size() - 1)) + "'";
  }

  private int journalCount(SimRoute route) throws IOException, InterruptedException {
    HttpResponse<String> journal = http.send(HttpRequest.newBuilder(
        URI.create(baseUrl + "/_control/journal?route=" + route.name())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(journal.statusCode()).isEqualTo(200);
    return JSON.readTree(journal.body()).size();
  }

  private static List<String> java(String mainClass, List<String> jvmOptions, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(args);
    return command;
  }

  /** Kill when the run's {@code nth} request of the phase is in the journal, {@code delayMillis} later. */
  private record KillPoint(Phase phase, int nth, int delayMillis) {
    @Override
    public String toString() {
      return phase + " request " + nth + " + " + delayMillis + " ms";
    }
  }

  /** One run of the job: its exit code, its output, and where it was killed ({@code null} if it ended itself). */
  private record Run(int exitCode, String output, String killedAt) {
  }
}
