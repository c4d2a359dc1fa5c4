package io.github.flyorchestrator.benchmarks;

/**
 * One JMH fork of the paired GET measurement ({@link GetMachineOverheadBenchmark#pair}): each GET's mean time over
 * the fork's measured iterations.
 *
 * @param clientMicros the client's mean time per call in this fork (µs)
 * @param rawMicros the raw WebClient's (µs)
 */
public record ForkPair(double clientMicros, double rawMicros) {

  /**
   * @param clientNanos nanoseconds in the client's GETs, summed over the fork's measured iterations
   * @param rawNanos nanoseconds in the raw WebClient's GETs, likewise
   * @param pairs operations (one GET of each), likewise
   * @return the fork's means
   * @throws IllegalArgumentException when there was no operation or a sum is not positive
   */
  public static ForkPair of(double clientNanos, double rawNanos, double pairs) {
    if (!(pairs > 0) || !(clientNanos > 0) || !(rawNanos > 0)) {
      throw new IllegalArgumentException("a fork without a timed pair of GETs");
    }
    return new ForkPair(clientNanos / pairs / 1000, rawNanos / pairs / 1000);
  }

  /** @return client time over raw time in this fork */
  public double ratio() {
    return clientMicros / rawMicros;
  }
}
