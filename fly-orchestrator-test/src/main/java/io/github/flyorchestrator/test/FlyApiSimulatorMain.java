package io.github.flyorchestrator.test;

import io.github.flyorchestrator.test.internal.Durations;
import io.github.flyorchestrator.test.internal.control.ControlRoute;
import io.github.flyorchestrator.test.internal.control.VariantNames;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as its own process: {@code java -jar fly-orchestrator-test-<version>-standalone.jar [options]},
 * with the options {@link #usage()} lists ({@code --help} prints them). Prints one line with the URL when ready and
 * stops on SIGTERM (shutdown hook). {@code --help} exits 0; arguments it cannot run with print one line and exit 2.
 */
public final class FlyApiSimulatorMain {

  /** The exit status for arguments the simulator cannot run with. */
  static final int BAD_ARGUMENTS = 2;

  private static final List<String> HELP = List.of("--help", "-h");

  private FlyApiSimulatorMain() {
  }

  /**
   * Parses command-line arguments (every option but {@code --help}, see {@link #asksForHelp(String...)}).
   *
   * @param args the arguments
   * @return the options
   * @throws IllegalArgumentException for an unknown option or a bad value, with a one-line message
   */
  public static SimulatorOptions parse(String... args) {
    SimulatorOptions options = SimulatorOptions.defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port" -> options = options.withPort(parseInt(arg, value(args, ++i, arg)));
        case "--token" -> options = options.withToken(value(args, ++i, arg));
        case "--time-scale" -> options = options.withTimeScale(parseDouble(arg, value(args, ++i, arg)));
        case "--start-duration" ->
            options = options.withTimings(options.timings().withStart(Durations.parse(value(args, ++i, arg))));
        case "--certificate-issuance" -> options = options.withTimings(options.timings()
            .withCertificateIssuance(CertificateIssuance.parse(value(args, ++i, arg))));
        case "--no-rate-limits" -> options = options.withRateLimits(false);
        case "--variant" -> options = options.withVariants(
            VariantNames.withSetting(options.variants(), value(args, ++i, arg)));
        case "--control" -> options = options.withControlRoutes(true);
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return options;
  }

  /**
   * @param args the arguments
   * @return whether they ask for the usage ({@code --help} or {@code -h} anywhere)
   */
  static boolean asksForHelp(String... args) {
    return List.of(args).stream().anyMatch(HELP::contains);
  }

  /** @return the usage text: every option on a line of its own, then the control routes, each line ended */
  public static String usage() {
    SimulatorOptions defaults = SimulatorOptions.defaults();
    StringBuilder text = new StringBuilder()
        .append("usage: java -jar fly-orchestrator-test-<version>-standalone.jar [options]\n")
        .append("serves HTTP/1.1 and, on the same port, HTTP/2 without TLS (h2c: prior knowledge or upgrade)\n")
        .append("with up to ").append(FlyApiSimulator.MAX_CONCURRENT_STREAMS)
        .append(" concurrent HTTP/2 streams per connection\n")
        .append("  --port N                   TCP port on 127.0.0.1; 0, the default, takes a free one\n")
        .append("  --token T                  the only API token accepted; by default any non-empty token\n")
        .append("  --time-scale S             real time per simulated time (0.1 runs ten times as fast); default ")
        .append(defaults.timeScale()).append('\n')
        .append("  --start-duration D         simulated time machines of every app take to start (500ms, 2s, 1m);")
        .append(" default ").append(Durations.human(defaults.timings().start())).append('\n')
        .append("  --certificate-issuance I   when certificates are issued: 30s (after), immediately or never;")
        .append(" default ").append(defaults.timings().certificateIssuance()).append('\n')
        .append("  --no-rate-limits           turn off Fly's documented rate limits\n")
        .append("  --variant Dimension=VALUE  an API variant (dimensions below), repeatable, ")
        .append("e.g. EventIds=WITHOUT_IDS\n")
        .append("  --control                  serve the control routes below under ").append(ControlRoute.PREFIX)
        .append("/; off by default\n")
        .append("  --help                     print this help and exit\n")
        .append("API variant dimensions and their values (see the README):\n");
    VariantNames.usageLines().forEach(line -> text.append(line).append('\n'));
    text.append("control routes (with --control; JSON in and out; no token needed):\n");
    ControlRoute.usageLines().forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  /**
   * @param error what {@link #parse(String...)} threw
   * @return the one line printed for it, ending with a pointer to {@code --help}
   */
  static String errorLine(IllegalArgumentException error) {
    return "fly-api-simulator: " + error.getMessage().replaceAll("\\s*\\R\\s*", " ") + " (see --help)";
  }

  /**
   * Starts a simulator from arguments.
   *
   * @param args the arguments
   * @return the running simulator, after its ready line was printed
   * @throws IllegalArgumentException for an unknown option or a bad value
   */
  public static FlyApiSimulator launch(String... args) {
    SimulatorOptions options = parse(args);
    FlyApiSimulator simulator = FlyApiSimulator.start(options);
    System.out.println("Fly API simulator listening on " + simulator.baseUrl()
        + (options.controlRoutes() ? " (control routes under " + ControlRoute.PREFIX + "/)" : ""));
    System.out.flush();
    return simulator;
  }

  /**
   * Entry point: prints the usage for {@code --help}, exits {@value #BAD_ARGUMENTS} with one line on standard error
   * for arguments it cannot run with, otherwise serves until the JVM is asked to stop.
   *
   * @param args the arguments
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws InterruptedException {
    if (asksForHelp(args)) {
      System.out.print(usage());
      System.out.flush();
      return;
    }
    FlyApiSimulator simulator;
    try {
      simulator = launch(args);
    } catch (IllegalArgumentException e) {
      System.err.println(errorLine(e));
      System.exit(BAD_ARGUMENTS);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      simulator.close();
      stopped.countDown();
    }, "fly-simulator-shutdown"));
    stopped.await();
  }

  private static String value(String[] args, int index, String name) {
    if (index >= args.length) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[index];
  }

  private static int parseInt(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was " + value, e);
    }
  }

  private static double parseDouble(String name, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, was " + value, e);
    }
  }
}
