package io.github.flyorchestrator.benchmarks;

import java.util.List;

/**
 * One JMH fork of the paired GET measurement ({@link GetMachineOverheadBenchmark} with {@code alternate}): the means
 * of its client iterations (even, counting from the first measured one) and of its raw WebClient iterations (odd).
 *
 * @param clientMicros the client's mean time per call in this fork (µs)
 * @param rawMicros the raw WebClient's (µs)
 * @param clientBytes the client's mean bytes allocated per call ({@code gc.alloc.rate.norm}), NaN when not profiled
 * @param rawBytes the raw WebClient's
 */
public record ForkPair(double clientMicros, double rawMicros, double clientBytes, double rawBytes) {

  /**
   * @param micros the fork's measured iterations' times per call, in order, starting with a client iteration
   * @param bytes their bytes per call, in the same order (empty when not profiled)
   * @return the fork's means
   * @throws IllegalArgumentException when there is not at least one iteration of each, or the lists' sizes differ
   */
  public static ForkPair of(List<Double> micros, List<Double> bytes) {
    if (micros.size() < 2 || !(bytes.isEmpty() || bytes.size() == micros.size())) {
      throw new IllegalArgumentException("need at least one client and one raw iteration, and bytes for each or none");
    }
    return new ForkPair(mean(micros, 0), mean(micros, 1),
        bytes.isEmpty() ? Double.NaN : mean(bytes, 0), bytes.isEmpty() ? Double.NaN : mean(bytes, 1));
  }

  /** @return client time over raw time in this fork */
  public double ratio() {
    return clientMicros / rawMicros;
  }

  private static double mean(List<Double> values, int parity) {
    double sum = 0;
    int count = 0;
    for (int i = parity; i < values.size(); i += 2) {
      sum += values.get(i);
      count++;
    }
    return sum / count;
  }
}
