package io.github.flyorchestrator.test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as its own process:
 * {@code java -jar fly-orchestrator-test-<version>-standalone.jar --port N [--token T] [--time-scale S]
 * [--no-rate-limits] [--variant Dimension=VALUE]...}, where a variant names an {@link ApiVariants} dimension and one
 * of its values, e.g. {@code --variant EventIds=WITHOUT_IDS}. Prints one line with the URL when ready and stops on
 * SIGTERM (shutdown hook).
 */
public final class FlyApiSimulatorMain {

  private static final List<String> DIMENSIONS = List.of("EventIds", "CurrentVersionMismatch", "MissingLeaseNonce",
      "StartWhenStarted", "RetryAfterOn429", "TokenCheck");

  private FlyApiSimulatorMain() {
  }

  /**
   * Parses command-line arguments.
   *
   * @param args the arguments
   * @return the options
   * @throws IllegalArgumentException for an unknown argument or a bad value
   */
  public static SimulatorOptions parse(String... args) {
    SimulatorOptions options = SimulatorOptions.defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port" -> options = options.withPort(parseInt(arg, value(args, ++i, arg)));
        case "--token" -> options = options.withToken(value(args, ++i, arg));
        case "--time-scale" -> options = options.withTimeScale(parseDouble(arg, value(args, ++i, arg)));
        case "--no-rate-limits" -> options = options.withRateLimits(false);
        case "--variant" -> options = options.withVariants(variant(options.variants(), value(args, ++i, arg)));
        default -> throw new IllegalArgumentException("unknown argument: " + arg + "\n" + usage());
      }
    }
    return options;
  }

  /** @return the usage text */
  public static String usage() {
    return "usage: java -jar fly-orchestrator-test-standalone.jar [--port N] [--token T] [--time-scale S]"
        + " [--no-rate-limits] [--variant Dimension=VALUE]... (dimensions: " + String.join(", ", DIMENSIONS) + ")";
  }

  /**
   * Starts a simulator from arguments and registers a shutdown hook that stops it.
   *
   * @param args the arguments
   * @return the running simulator
   */
  public static FlyApiSimulator launch(String... args) {
    FlyApiSimulator simulator = FlyApiSimulator.start(parse(args));
    System.out.println("Fly API simulator listening on " + simulator.baseUrl());
    System.out.flush();
    return simulator;
  }

  /**
   * Entry point; blocks until the JVM is asked to stop.
   *
   * @param args the arguments
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws InterruptedException {
    FlyApiSimulator simulator;
    try {
      simulator = launch(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
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
      throw new IllegalArgumentException(name + " needs a value\n" + usage());
    }
    return args[index];
  }

  /** @return {@code variants} with one dimension set from {@code Dimension=VALUE} (both case-insensitive) */
  private static ApiVariants variant(ApiVariants variants, String setting) {
    int equals = setting.indexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException("--variant must be Dimension=VALUE, was " + setting);
    }
    String dimension = setting.substring(0, equals).trim().toLowerCase(Locale.ROOT);
    String value = setting.substring(equals + 1).trim().toUpperCase(Locale.ROOT);
    return switch (dimension) {
      case "eventids" -> variants.withEventIds(constant(ApiVariants.EventIds.class, value));
      case "currentversionmismatch" ->
          variants.withCurrentVersionMismatch(constant(ApiVariants.CurrentVersionMismatch.class, value));
      case "missingleasenonce" -> variants.withMissingLeaseNonce(constant(ApiVariants.MissingLeaseNonce.class, value));
      case "startwhenstarted" -> variants.withStartWhenStarted(constant(ApiVariants.StartWhenStarted.class, value));
      case "retryafteron429" -> variants.withRetryAfterOn429(constant(ApiVariants.RetryAfterOn429.class, value));
      case "tokencheck" -> variants.withTokenCheck(constant(ApiVariants.TokenCheck.class, value));
      default -> throw new IllegalArgumentException("unknown variant dimension " + setting.substring(0, equals)
          + "; one of " + String.join(", ", DIMENSIONS));
    };
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no value " + value + "; one of "
          + Arrays.toString(type.getEnumConstants()), e);
    }
  }

  private static int parseInt(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer: " + value);
    }
  }

  private static double parseDouble(String name, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number: " + value);
    }
  }
}
