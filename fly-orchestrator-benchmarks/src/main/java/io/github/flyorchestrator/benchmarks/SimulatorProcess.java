package io.github.flyorchestrator.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Fly API simulator as a separate JVM ({@link SimulatorControlMain} on this module's classpath), so that its
 * threads and heap never count as the client's. Starts it on a free port with its own token, waits for its ready
 * line, talks to it over standard input/output, and kills it on {@link #close()} or, failing that, at JVM exit.
 */
public final class SimulatorProcess implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)");

  private final Process process;
  private final URI baseUrl;
  private final String token;
  private final double timeScale;
  private final PrintWriter control;
  private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
  private final Thread shutdownHook;

  private SimulatorProcess(Process process, URI baseUrl, String token, double timeScale, BufferedReader out,
      Thread shutdownHook) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.token = token;
    this.timeScale = timeScale;
    this.control = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    this.shutdownHook = shutdownHook;
    Thread reader = new Thread(() -> {
      try {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("OK") || line.startsWith("COUNTS") || line.startsWith("ERROR")) {
            replies.add(line);
          }
        }
      } catch (IOException e) {
        // the process ended
      }
    }, "simulator-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts a simulator process with Fly's rate limits off.
   *
   * @param timeScale real time per simulated time
   * @param token the only token it accepts
   * @return the running simulator
   */
  public static SimulatorProcess start(double timeScale, String token) {
    return start(timeScale, token, false);
  }

  /**
   * Starts a simulator process.
   *
   * @param timeScale real time per simulated time
   * @param token the only token it accepts
   * @param rateLimits whether Fly's documented rate limits apply (the simulator's default) or not
   *     ({@code --no-rate-limits}); {@link #rateLimits(boolean)} changes it later
   * @return the running simulator
   */
  public static SimulatorProcess start(double timeScale, String token, boolean rateLimits) {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx2g", "-XX:+UseParallelGC",
        "-cp", System.getProperty("java.class.path"), SimulatorControlMain.class.getName(),
        "--port", Integer.toString(port), "--token", token, "--time-scale", Double.toString(timeScale)));
    if (!rateLimits) {
      command.add("--no-rate-limits");
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the simulator", e);
    }
    Thread hook = new Thread(process::destroyForcibly, "kill-simulator");
    Runtime.getRuntime().addShutdownHook(hook);
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    URI url = awaitReadyLine(process, out);
    return new SimulatorProcess(process, url, token, timeScale, out, hook);
  }

  private static URI awaitReadyLine(Process process, BufferedReader out) {
    List<String> seen = new ArrayList<>();
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher matcher = READY.matcher(line);
        if (matcher.find()) {
          return URI.create(matcher.group(1));
        }
        seen.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the simulator exited before it was ready: " + String.join(" / ", seen));
  }

  /** @return the API root without {@code /v1} */
  public URI baseUrl() {
    return baseUrl;
  }

  /** @return the token it accepts */
  public String token() {
    return token;
  }

  /** @return real time per simulated time */
  public double timeScale() {
    return timeScale;
  }

  /**
   * Makes the app's machines take this long from create to {@code started} (simulated time; the simulator's
   * 50 ms launch delay is taken off the start duration).
   *
   * @param app an existing app
   * @param readyAfterMillis simulated time from create to started
   */
  public void readyAfter(String app, long readyAfterMillis) {
    startDuration(app, Math.max(1, readyAfterMillis - 50));
  }

  /**
   * Sets how long the app's machines take from {@code starting} to {@code started} (simulated time), after a create
   * (which first waits the simulator's launch delay) or after an update (its replace delay).
   *
   * @param app an existing app
   * @param millis simulated start duration
   */
  public void startDuration(String app, long millis) {
    expectOk("slow-start " + app + " " + millis);
  }

  /**
   * Turns Fly's documented rate limits on or off from now on (the buckets start full).
   *
   * @param enabled whether they apply
   */
  public void rateLimits(boolean enabled) {
    expectOk("rate-limits " + (enabled ? "on" : "off"));
  }

  private void expectOk(String command) {
    String reply = ask(command);
    if (!reply.startsWith("OK")) {
      throw new IllegalStateException("simulator refused " + command + ": " + reply);
    }
  }

  /**
   * Makes the next {@code times} requests of the app on a route fail ({@link SimulatorControlMain}'s {@code fault}).
   *
   * @param app an existing app
   * @param route a {@code SimRoute} name, e.g. {@code MACHINES_UPDATE}
   * @param times how many requests
   * @param kind {@code status}, {@code after-effect} or {@code delay}
   * @param argument the status, or the delay in ms
   */
  public void fault(String app, String route, int times, String kind, long argument) {
    String reply = ask("fault " + app + " " + route + " " + times + " " + kind + " " + argument);
    if (!reply.startsWith("OK")) {
      throw new IllegalStateException("simulator refused fault: " + reply);
    }
  }

  /** @return requests the simulator received per app so far */
  public Map<String, Integer> requestCounts() {
    String reply = ask("counts");
    if (!reply.startsWith("COUNTS")) {
      throw new IllegalStateException("simulator refused counts: " + reply);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String pair : reply.substring("COUNTS".length()).trim().split(" ")) {
      int eq = pair.lastIndexOf('=');
      if (eq > 0) {
        counts.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
      }
    }
    return counts;
  }

  private synchronized String ask(String command) {
    control.println(command);
    try {
      String reply = replies.poll(30, TimeUnit.SECONDS);
      if (reply == null) {
        throw new IllegalStateException("no reply from the simulator to " + command);
      }
      return reply;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    control.close();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook kills it
    }
  }

  /** @return the java executable of this JVM */
  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
