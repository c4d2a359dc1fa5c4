package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reactor.core.publisher.Flux;

/**
 * Cold start: the first burst of N concurrent create-and-waits in a fresh client JVM, with the client's warm-up on and
 * off in turn, against one simulator process (machines start in its default 200 ms). The burst comes
 * {@link #STARTUP_GAP} after the client is built, as a request comes some time after an application has started.
 * Prints each run and the median build and burst time per setting. Usage:
 * {@code FirstBurstMain [N=50] [runsPerSetting=5]}.
 */
public final class FirstBurstMain {

  private static final String RESULT_PREFIX = "FIRST_BURST ";
  /** Between building the client and the burst. */
  private static final Duration STARTUP_GAP = Duration.ofSeconds(1);

  private FirstBurstMain() {
  }

  /**
   * Entry point.
   *
   * @param args {@code [N] [runsPerSetting]}, or {@code --child baseUrl token app N warmUp} in the client JVM
   * @throws Exception on a harness failure
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(URI.create(args[1]), args[2], args[3], Integer.parseInt(args[4]), Boolean.parseBoolean(args[5]));
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String token = "burst-" + Long.toHexString(System.nanoTime());
    Map<Boolean, List<long[]>> results = new TreeMap<>();
    try (SimulatorProcess simulator = SimulatorProcess.start(1.0, token)) {
      for (int run = 0; run < runs; run++) {
        for (boolean warmUp : new boolean[] {false, true}) {
          String app = "burst-" + run + "-" + warmUp;
          try (ReactiveFlyMachinesClient setup = ClientFactory.client(simulator.baseUrl(), token)) {
            setup.createApp(CreateAppRequest.of(app, "personal")).block();
          }
          long[] figures = runChild(simulator.baseUrl(), token, app, n, warmUp);
          System.out.println("warmUp=" + warmUp + " buildMs=" + figures[0] + " burstMs=" + figures[1] + " ok="
              + figures[2] + "/" + n);
          results.computeIfAbsent(warmUp, key -> new ArrayList<>()).add(figures);
        }
      }
    }
    results.forEach((warmUp, rows) -> System.out.println("median warmUp=" + warmUp + ": build "
        + median(rows, 0) + " ms, first burst of " + n + " " + median(rows, 1) + " ms"));
    System.exit(0);
  }

  private static long median(List<long[]> rows, int column) {
    return rows.stream().mapToLong(row -> row[column]).sorted().skip(rows.size() / 2).findFirst().orElse(-1);
  }

  private static long[] runChild(URI baseUrl, String token, String app, int n, boolean warmUp)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(SimulatorProcess.javaBinary(), "-cp", System.getProperty("java.class.path"),
        FirstBurstMain.class.getName(), "--child", baseUrl.toString(), token, app, Integer.toString(n),
        Boolean.toString(warmUp)).redirectErrorStream(true).start();
    long[] figures = {-1, -1, 0};
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(RESULT_PREFIX)) {
          String[] values = line.substring(RESULT_PREFIX.length()).split(" ");
          for (int i = 0; i < 3; i++) {
            figures[i] = Long.parseLong(values[i]);
          }
        }
      }
    }
    process.waitFor();
    return figures;
  }

  /** In the fresh JVM: builds the client as an application would, then sends the burst. */
  private static void child(URI baseUrl, String token, String app, int n, boolean warmUp)
      throws InterruptedException {
    long start = System.nanoTime();
    FlyClientSettings settings = FlyClientSettings.builder().rateLimit(RateLimitSettings.DISABLED).warmUp(warmUp)
        .build();
    ReactiveFlyMachinesClient client = ReactiveFlyMachinesClient.builder().baseUrl(baseUrl).token(token)
        .settings(settings).build();
    ReactiveFlyOrchestrator orchestrator = ReactiveFlyOrchestrator.builder(client).build();
    long built = System.nanoTime();
    Thread.sleep(STARTUP_GAP.toMillis());
    long burst = System.nanoTime();
    MachineConfig config = MachineConfig.ofImage("registry-1.docker.io/library/nginx:alpine");
    Long ok = Flux.range(0, n)
        .flatMap(i -> orchestrator.createMachineAndWait(CreateMachineRequest.builder(app, config)
            .timeout(Duration.ofSeconds(60)).build()).onErrorComplete(), n)
        .count().block();
    long done = System.nanoTime();
    System.out.println(RESULT_PREFIX + (built - start) / 1_000_000 + " " + (done - burst) / 1_000_000 + " " + ok);
    System.exit(0);
  }
}
