package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.param.CreateMachineRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reactor.core.publisher.Flux;

/**
 * Phase 6: the first burst of {@link #BURST} concurrent create-and-waits in a fresh client process, the project's
 * client ({@link ColdStartWorker}, a new JVM each round) against fly-admin 1.6.1 on node (a new node process each
 * round), alternating, on one simulator that this JVM warmed first. fly-admin is installed with npm into the output
 * directory at run time; without node or npm the contestant is skipped with a note.
 */
public final class ColdStartRun {

  /** Concurrent create-and-waits per burst. */
  static final int BURST = 50;
  /** The fly-admin version raced. */
  static final String FLY_ADMIN = "fly-admin@1.6.1";
  private static final Duration PROCESS_LIMIT = Duration.ofMinutes(2);
  /** A prefix no line of npm's starts with: npm install prints no result line. */
  private static final String NO_RESULT_LINE = "\u0000";

  /**
   * The medians over the rounds.
   *
   * @param burst create-and-waits per burst
   * @param rounds rounds per contestant
   * @param javaFirstMillis the first burst in a fresh JVM
   * @param javaSecondMillis the second burst in the same JVM
   * @param javaPhases where the median round's time went, in words
   * @param nodeMillis fly-admin's burst in a fresh node process, or -1 when not run
   * @param note why fly-admin was not run, or empty
   */
  public record ColdStartRow(int burst, int rounds, long javaFirstMillis, long javaSecondMillis, String javaPhases,
      long nodeMillis, String note) {

    /** @return the project's first burst over fly-admin's, or NaN when fly-admin was not run */
    public double ratio() {
      return nodeMillis > 0 ? (double) javaFirstMillis / nodeMillis : Double.NaN;
    }
  }

  private ColdStartRun() {
  }

  /**
   * Runs phase 6 alone and prints its row. Usage: {@code ColdStartRun [rounds=3] [--out DIR] [jvmOption...]}, e.g.
   * {@code java -cp benchmarks.jar io.github.flyorchestrator.benchmarks.ColdStartRun 3 -XX:TieredStopAtLevel=1};
   * options starting with {@code -X} or {@code -D} go to the project's worker JVMs (a row "with what a user can add").
   *
   * @param args options
   */
  public static void main(String[] args) {
    int rounds = 3;
    Path out = Path.of("target", "bench");
    List<String> jvmOptions = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out")) {
        out = Path.of(args[++i]);
      } else if (args[i].startsWith("-X") || args[i].startsWith("-D")) {
        jvmOptions.add(args[i]);
      } else {
        rounds = Integer.parseInt(args[i]);
      }
    }
    ColdStartRow row = run(rounds, out, jvmOptions);
    System.out.printf(Locale.ROOT, "cold start, %d rounds, worker JVM options %s: first burst %d ms, second %d ms, "
        + "fly-admin %d ms, ratio %.2f %s%n  %s%n", row.rounds(), jvmOptions, row.javaFirstMillis(),
        row.javaSecondMillis(), row.nodeMillis(), row.ratio(), row.note(), row.javaPhases());
    System.exit(0);
  }

  /**
   * @param rounds rounds per contestant
   * @param work directory for fly-admin's installation
   * @return the medians
   */
  public static ColdStartRow run(int rounds, Path work) {
    return run(rounds, work, List.of());
  }

  /**
   * @param rounds rounds per contestant
   * @param work directory for fly-admin's installation
   * @param jvmOptions extra options of the project's worker JVMs
   * @return the medians
   */
  static ColdStartRow run(int rounds, Path work, List<String> jvmOptions) {
    String token = "bench-" + Long.toHexString(System.nanoTime());
    try (SimulatorProcess simulator = SimulatorProcess.start(1.0, token, false)) {
      Contestants setup = new Contestants(simulator);
      setup.warmUpSimulator();
      warmSimulator(simulator, setup);
      String note = "";
      Path node = null;
      try {
        node = installFlyAdmin(work.resolve("node"));
      } catch (RuntimeException e) {
        note = "fly-admin not run: " + e.getMessage();
      }
      List<Map<String, String>> java = new ArrayList<>();
      List<Long> nodeMillis = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        List<String> apps = List.of("cold-j1-" + round, "cold-j2-" + round, "cold-n-" + round);
        setup.createApps(apps);
        java.add(javaRound(simulator, apps.get(0), apps.get(1), jvmOptions));
        if (node != null) {
          nodeMillis.add(nodeRound(simulator, node, apps.get(2)));
        }
      }
      java.sort((a, b) -> Long.compare(firstBurst(a), firstBurst(b)));
      Map<String, String> median = java.get(java.size() / 2);
      List<Long> seconds = java.stream().map(ColdStartRun::secondBurst).sorted().toList();
      return new ColdStartRow(BURST, rounds, firstBurst(median), seconds.get(seconds.size() / 2),
          phases(median), nodeMillis.isEmpty() ? -1 : nodeMillis.stream().sorted().toList()
              .get(nodeMillis.size() / 2), note);
    }
  }

  /** A few bursts from this (already warm) JVM so that neither contestant meets a cold simulator. */
  private static void warmSimulator(SimulatorProcess simulator, Contestants setup) {
    setup.createApps(List.of("cold-warmup"));
    ReactiveFlyOrchestrator orchestrator = ClientFactory.orchestrator(setup.client(), true, 1.0);
    for (int i = 0; i < 3; i++) {
      Flux.range(0, BURST)
          .flatMap(k -> orchestrator.createMachineAndWait(CreateMachineRequest.builder("cold-warmup",
              Contestants.CONFIG).timeout(Duration.ofSeconds(60)).build()), BURST)
          .blockLast(Duration.ofSeconds(90));
    }
  }

  private static Map<String, String> javaRound(SimulatorProcess simulator, String firstApp, String secondApp,
      List<String> jvmOptions) {
    List<String> command = new ArrayList<>(List.of(SimulatorProcess.javaBinary(), "-Xmx1g"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStartWorker.class.getName(),
        simulator.baseUrl().toString(), simulator.token(), firstApp, secondApp, Integer.toString(BURST)));
    ChildProcess run = ChildProcess.run(command, null, PROCESS_LIMIT, ColdStartWorker.RESULT_PREFIX);
    if (run.resultLine() == null) {
      throw new IllegalStateException("the cold-start worker printed no result: " + run.tail());
    }
    Map<String, String> fields = ScaleRun.parse(run.resultLine());
    if (Integer.parseInt(fields.get("firstSucceeded")) != BURST) {
      throw new IllegalStateException("the cold-start worker's first burst failed: " + run.resultLine());
    }
    return fields;
  }

  private static long nodeRound(SimulatorProcess simulator, Path node, String app) {
    ChildProcess run = ChildProcess.run(List.of("node", "fly-admin-burst.js", simulator.baseUrl().toString(),
        simulator.token(), app, Integer.toString(BURST)), node, PROCESS_LIMIT, ColdStartWorker.RESULT_PREFIX);
    if (run.resultLine() == null) {
      throw new IllegalStateException("fly-admin printed no result: " + run.tail());
    }
    Map<String, String> fields = ScaleRun.parse(run.resultLine());
    if (Integer.parseInt(fields.get("succeeded")) != BURST) {
      throw new IllegalStateException("fly-admin's burst failed: " + run.resultLine());
    }
    return Long.parseLong(fields.get("burstMs"));
  }

  /**
   * Installs fly-admin into {@code directory} (once) beside the contestant script.
   *
   * @param directory where to install
   * @return the directory
   * @throws IllegalStateException when node or npm is missing or the install fails
   */
  private static Path installFlyAdmin(Path directory) {
    try {
      Files.createDirectories(directory);
      try (InputStream script = ColdStartRun.class.getResourceAsStream("/coldstart/fly-admin-burst.js")) {
        if (script == null) {
          throw new IllegalStateException("coldstart/fly-admin-burst.js is missing from the classpath");
        }
        Files.copy(script, directory.resolve("fly-admin-burst.js"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (Files.isDirectory(directory.resolve("node_modules/fly-admin"))) {
      return directory;
    }
    ChildProcess install;
    try {
      install = ChildProcess.run(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", FLY_ADMIN),
          directory, Duration.ofMinutes(3), NO_RESULT_LINE);
    } catch (UncheckedIOException e) {
      throw new IllegalStateException("npm is not on this machine (" + e.getCause().getMessage() + ")");
    }
    if (install.exitCode() != 0 || !Files.isDirectory(directory.resolve("node_modules/fly-admin"))) {
      throw new IllegalStateException("npm install " + FLY_ADMIN + " failed: " + install.tail());
    }
    return directory;
  }

  private static long firstBurst(Map<String, String> fields) {
    return Long.parseLong(fields.get("first.atMs")) - Long.parseLong(fields.get("built.atMs"));
  }

  private static long secondBurst(Map<String, String> fields) {
    return Long.parseLong(fields.get("second.atMs")) - Long.parseLong(fields.get("first.atMs"));
  }

  /**
   * @param fields a worker's result fields
   * @return e.g. "JVM start → main 120 ms (1,020 classes); building the client 380 ms (+2,900 classes, ...)"
   */
  static String phases(Map<String, String> fields) {
    List<String> parts = new ArrayList<>();
    String previous = null;
    for (String phase : List.of("main", "built", "first", "second")) {
      long at = Long.parseLong(fields.get(phase + ".atMs"));
      long classes = Long.parseLong(fields.get(phase + ".classes"));
      long jit = Long.parseLong(fields.get(phase + ".jitMs"));
      long cpu = Long.parseLong(fields.get(phase + ".cpuMs"));
      if (previous == null) {
        parts.add(String.format(Locale.ROOT, "JVM start → main %d ms (%,d classes, JIT %d ms, CPU %d ms)", at, classes,
            jit, cpu));
      } else {
        parts.add(String.format(Locale.ROOT, "%s %d ms (+%,d classes, JIT +%d ms, CPU +%d ms)", label(phase),
            at - Long.parseLong(fields.get(previous + ".atMs")),
            classes - Long.parseLong(fields.get(previous + ".classes")),
            jit - Long.parseLong(fields.get(previous + ".jitMs")),
            cpu - Long.parseLong(fields.get(previous + ".cpuMs"))));
      }
      previous = phase;
    }
    return String.join("; ", parts);
  }

  private static String label(String phase) {
    return switch (phase) {
      case "built" -> "building client and orchestrator";
      case "first" -> "first burst";
      default -> "second burst";
    };
  }
}
