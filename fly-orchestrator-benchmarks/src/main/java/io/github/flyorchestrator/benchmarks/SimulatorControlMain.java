package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.test.Fault;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.FlyApiSimulatorMain;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs in the simulator's own JVM: starts the simulator exactly as its standalone main does (same arguments, same
 * ready line) and then reads control commands from standard input, one per line, answering one line each:
 * <ul>
 *   <li>{@code slow-start APP MILLIS}: how long the app's machines take to start (simulated ms) → {@code OK}</li>
 *   <li>{@code rate-limits on|off}: whether Fly's documented rate limits apply from now on → {@code OK}</li>
 *   <li>{@code counts}: requests received per app, from the simulator's journal →
 *       {@code COUNTS app=n app=n ...}</li>
 *   <li>{@code fault APP ROUTE TIMES KIND ARG}: the next {@code TIMES} requests of the app on the route (a
 *       {@link SimRoute} name) get a {@link Fault}: {@code status} / {@code after-effect} with status {@code ARG}, or
 *       {@code delay} of {@code ARG} ms → {@code OK} (used by the soak)</li>
 * </ul>
 * The process ends when standard input closes (the benchmark runner died or is done) or on SIGTERM.
 */
public final class SimulatorControlMain {

  private SimulatorControlMain() {
  }

  /**
   * Entry point.
   *
   * @param args the standalone simulator's arguments
   * @throws IOException when standard input fails
   */
  public static void main(String[] args) throws IOException {
    FlyApiSimulator simulator = FlyApiSimulatorMain.launch(args);
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-shutdown"));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      System.out.println(answer(simulator, line.trim()));
      System.out.flush();
    }
    simulator.close();
    System.exit(0);
  }

  private static String answer(FlyApiSimulator simulator, String command) {
    try {
      String[] words = command.split("\\s+");
      switch (words[0]) {
        case "slow-start" -> {
          simulator.slowStart(words[1], Duration.ofMillis(Long.parseLong(words[2])));
          return "OK";
        }
        case "rate-limits" -> {
          simulator.rateLimitsEnabled("on".equals(words[1]));
          return "OK";
        }
        case "counts" -> {
          Map<String, Integer> counts = new TreeMap<>();
          for (RecordedRequest request : simulator.journal().requests()) {
            String app = appOf(request.path());
            if (app != null) {
              counts.merge(app, 1, Integer::sum);
            }
          }
          StringBuilder reply = new StringBuilder("COUNTS");
          counts.forEach((app, n) -> reply.append(' ').append(app).append('=').append(n));
          return reply.toString();
        }
        case "fault" -> {
          simulator.faults().nextForApp(SimRoute.valueOf(words[2]), words[1], Integer.parseInt(words[3]),
              fault(words[4], Long.parseLong(words[5])));
          return "OK";
        }
        default -> {
          return "ERROR unknown command";
        }
      }
    } catch (RuntimeException e) {
      return "ERROR " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' ');
    }
  }

  private static Fault fault(String kind, long argument) {
    return switch (kind) {
      case "status" -> Fault.status((int) argument);
      case "after-effect" -> Fault.afterEffect((int) argument);
      case "delay" -> Fault.delay(Duration.ofMillis(argument));
      default -> throw new IllegalArgumentException("unknown fault kind " + kind);
    };
  }

  /**
   * The app segment of a Machines API path.
   *
   * @param path e.g. {@code /v1/apps/bench/machines/abc/wait}
   * @return {@code bench}, or {@code null} when the path names no app (e.g. {@code POST /v1/apps})
   */
  static String appOf(String path) {
    String prefix = "/v1/apps/";
    if (!path.startsWith(prefix)) {
      return null;
    }
    int end = path.indexOf('/', prefix.length());
    String app = end < 0 ? path.substring(prefix.length()) : path.substring(prefix.length(), end);
    return app.isEmpty() ? null : app;
  }
}
