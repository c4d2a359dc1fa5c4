package io.github.flyorchestrator.benchmarks;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A ratio of two timings measured in several independent JVM forks, with its two-sided confidence half-width from
 * Student's t over the per-fork ratios: each fork gives one ratio (its two contestants measured by turns in that
 * fork, so what disturbs both alike cancels), and the forks are the independent samples.
 *
 * @param ratio the mean of the per-fork ratios
 * @param halfWidth its half-width: {@code t(n - 1, (1 + confidence) / 2) × s / sqrt(n)}
 * @param forks how many per-fork ratios it is made of
 */
public record RatioInterval(double ratio, double halfWidth, int forks) {

  /** The confidence of the benchmark's intervals, as JMH's own. */
  public static final double CONFIDENCE = 0.999;

  /**
   * @param forkRatios one ratio per fork, at least two
   * @param confidence e.g. {@link #CONFIDENCE}
   * @return their mean and its half-width
   * @throws IllegalArgumentException when there are fewer than two ratios, one is not positive, or the confidence
   *     is not between 0 and 1
   */
  public static RatioInterval ofForkRatios(double[] forkRatios, double confidence) {
    for (double ratio : forkRatios) {
      if (!(ratio > 0)) {
        throw new IllegalArgumentException("a fork ratio is not positive: " + ratio);
      }
    }
    double[] interval = meanAndHalfWidth(forkRatios, confidence);
    return new RatioInterval(interval[0], interval[1], forkRatios.length);
  }

  /**
   * @param samples independent samples, at least two
   * @param confidence two-sided confidence, between 0 and 1
   * @return their mean and its half-width {@code t(n - 1, (1 + confidence) / 2) × s / sqrt(n)}
   * @throws IllegalArgumentException when there are fewer than two samples or the confidence is not in (0, 1)
   */
  static double[] meanAndHalfWidth(double[] samples, double confidence) {
    if (samples.length < 2 || !(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("need at least two samples and a confidence between 0 and 1");
    }
    int n = samples.length;
    double mean = Arrays.stream(samples).average().orElseThrow();
    double squares = Arrays.stream(samples).map(sample -> (sample - mean) * (sample - mean)).sum();
    double standardError = Math.sqrt(squares / (n - 1) / n);
    return new double[] {mean, studentT(n - 1, confidence) * standardError};
  }

  /**
   * @param degreesOfFreedom {@code n - 1}
   * @param confidence two-sided confidence
   * @return the quantile {@code t(degreesOfFreedom, (1 + confidence) / 2)}
   */
  private static double studentT(int degreesOfFreedom, double confidence) {
    return new TDistribution(degreesOfFreedom).inverseCumulativeProbability((1 + confidence) / 2);
  }

  /** @return the half-width relative to the ratio, e.g. 0.03 for ±3 % */
  public double relativeHalfWidth() {
    return halfWidth / ratio;
  }

  /** @return the interval's upper end */
  public double upper() {
    return ratio + halfWidth;
  }
}
