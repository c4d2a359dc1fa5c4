package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.ScaleRow;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.HttpVersionPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Phase 3: one {@link ScaleWorker} JVM ({@code -Xmx1g}) per size and client, each against a fresh simulator process
 * whose machines start after {@link #READY_AFTER_MILLIS}, so thread and heap peaks belong to that run alone. Each
 * row also names the HTTP version, the most connections the client had open and its live heap while all waits were
 * pending ({@link #LIVE_HEAP_AT_MILLIS}).
 */
public final class ScaleRun {

  /** Time from create to started in the scale runs (time scale 1). */
  static final long READY_AFTER_MILLIS = 10_000;
  /** Per create-and-wait deadline inside the worker. */
  static final long WAIT_TIMEOUT_SECONDS = 120;
  /** The worker is killed after this long. */
  static final long WORKER_LIMIT_SECONDS = 240;
  /** When the worker measures its live heap: after the creates, before the first machine is ready. */
  static final long LIVE_HEAP_AT_MILLIS = READY_AFTER_MILLIS - 2_000;
  /** The HTTP/2 client's connection cap: the target's 64 connections for 10,000 waits. */
  static final int HTTP2_MAX_CONNECTIONS = 64;

  /** How the worker's client is set up. */
  public enum Variant {
    /**
     * The orchestrator over HTTP/1.1, its client's pool sized to the run ({@code FlyClientSettings.maxConnections =
     * N}).
     */
    ORCHESTRATOR("orchestrator (wait endpoint), maxConnections = N", HttpVersionPolicy.HTTP1_1),
    /** The orchestrator over HTTP/1.1 with the client's default pool. */
    ORCHESTRATOR_DEFAULT_POOL("orchestrator (wait endpoint), default pool of "
        + FlyClientSettings.DEFAULTS.maxConnections() + " connections", HttpVersionPolicy.HTTP1_1),
    /** The orchestrator over HTTP/2 without TLS, at most {@link #HTTP2_MAX_CONNECTIONS} connections. */
    ORCHESTRATOR_H2C("orchestrator (wait endpoint) over HTTP/2 (h2c), maxConnections = " + HTTP2_MAX_CONNECTIONS,
        HttpVersionPolicy.H2C),
    /** Thread per wait, RestClient + sleep with the reference schedule, keep-alive cache raised to N. */
    BLOCKING("blocking baseline: thread per wait, RestClient + sleep (ref. schedule)", HttpVersionPolicy.HTTP1_1);

    private final String label;
    private final HttpVersionPolicy httpVersion;

    Variant(String label, HttpVersionPolicy httpVersion) {
      this.label = label;
      this.httpVersion = httpVersion;
    }

    /** @return the label in the results */
    public String label() {
      return label;
    }

    /** @return the HTTP version the client speaks */
    public HttpVersionPolicy httpVersion() {
      return httpVersion;
    }

    /**
     * @param concurrent the run's size
     * @return the client's {@code maxConnections}
     */
    int maxConnections(int concurrent) {
      return switch (this) {
        case ORCHESTRATOR -> concurrent;
        case ORCHESTRATOR_H2C -> HTTP2_MAX_CONNECTIONS;
        default -> FlyClientSettings.DEFAULTS.maxConnections();
      };
    }
  }

  private ScaleRun() {
  }

  /**
   * Runs one worker.
   *
   * @param variant client setup
   * @param concurrent concurrent create-and-waits
   * @return the row
   */
  public static ScaleRow run(Variant variant, int concurrent) {
    String token = "bench-" + Long.toHexString(System.nanoTime());
    try (SimulatorProcess simulator = SimulatorProcess.start(1.0, token)) {
      String app = "scale";
      // Closed before the worker starts, so that its connection is not counted as the worker's.
      try (ReactiveFlyMachinesClient setup = ClientFactory.client(simulator.baseUrl(), token)) {
        setup.createApp(CreateAppRequest.of(app, "personal")).block();
      }
      simulator.readyAfter(app, READY_AFTER_MILLIS);
      List<String> command = new ArrayList<>(List.of(SimulatorProcess.javaBinary(), "-Xmx1g"));
      if (variant == Variant.BLOCKING) {
        command.add("-Dhttp.maxConnections=" + concurrent);
      }
      String histogram = System.getProperty("fly.scale.histogram");
      if (histogram != null) {
        command.add("-Dfly.scale.histogram=" + histogram + "-" + variant.name().toLowerCase(Locale.ROOT)
            + "-" + concurrent + ".txt");
      }
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaleWorker.class.getName(),
          variant == Variant.BLOCKING ? "blocking" : "reactive", Integer.toString(concurrent),
          simulator.baseUrl().toString(), token, app, Long.toString(WAIT_TIMEOUT_SECONDS),
          Integer.toString(variant.maxConnections(concurrent)), variant.httpVersion().name(),
          Long.toString(LIVE_HEAP_AT_MILLIS)));
      return runWorker(variant, concurrent, command);
    }
  }

  private static ScaleRow runWorker(Variant variant, int concurrent, List<String> command) {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread hook = new Thread(process::destroyForcibly, "kill-scale-worker");
    Runtime.getRuntime().addShutdownHook(hook);
    List<String> tail = new ArrayList<>();
    String[] result = new String[1];
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(ScaleWorker.RESULT_PREFIX)) {
            result[0] = line;
          } else {
            synchronized (tail) {
              tail.add(line);
              if (tail.size() > 5) {
                tail.remove(0);
              }
            }
          }
        }
      } catch (IOException e) {
        // process ended
      }
    }, "scale-worker-stdout");
    reader.start();
    try {
      if (!process.waitFor(WORKER_LIMIT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } finally {
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    if (result[0] == null) {
      String why;
      synchronized (tail) {
        why = "worker died or was killed after " + WORKER_LIMIT_SECONDS + " s: " + String.join(" / ", tail);
      }
      return new ScaleRow(variant.label(), concurrent, 0, READY_AFTER_MILLIS, -1, -1, -1, -1,
          why.length() > 200 ? why.substring(0, 200) : why, variant.httpVersion().name(), -1, -1, -1);
    }
    Map<String, String> fields = parse(result[0].substring(ScaleWorker.RESULT_PREFIX.length()));
    return new ScaleRow(variant.label(), concurrent, Integer.parseInt(fields.get("succeeded")), READY_AFTER_MILLIS,
        Long.parseLong(fields.get("wallMs")), Integer.parseInt(fields.get("peakThreads")),
        Long.parseLong(fields.get("peakHeapBytes")), Long.parseLong(fields.get("peakHeapAfterGcBytes")),
        fields.get("errors"), fields.get("protocol"), Integer.parseInt(fields.get("connections")),
        Long.parseLong(fields.get("liveHeapBytes")), Long.parseLong(fields.get("idleHeapBytes")));
  }

  /**
   * Parses {@code key=value} pairs; {@code errors=} is last and takes the rest of the line.
   *
   * @param line the result line without its prefix
   * @return the fields
   */
  static Map<String, String> parse(String line) {
    Map<String, String> fields = new HashMap<>();
    int errors = line.indexOf("errors=");
    String head = errors < 0 ? line : line.substring(0, errors);
    for (String pair : head.trim().split("\\s+")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    fields.put("errors", errors < 0 ? "" : line.substring(errors + "errors=".length()).trim());
    return fields;
  }
}
