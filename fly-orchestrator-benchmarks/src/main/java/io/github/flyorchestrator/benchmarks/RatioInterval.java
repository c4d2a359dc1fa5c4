package io.github.flyorchestrator.benchmarks;

/**
 * The ratio of two JMH scores and its confidence half-width by first-order error propagation (delta method): for
 * independent means {@code a ± ea} and {@code b ± eb} (each JMH's own 99.9 % half-width over all measurement
 * iterations of all forks), {@code a / b} has the relative half-width {@code sqrt((ea / a)² + (eb / b)²)}.
 *
 * @param ratio {@code a / b}
 * @param halfWidth its half-width at the confidence of the inputs
 */
public record RatioInterval(double ratio, double halfWidth) {

  /**
   * @param a numerator score
   * @param aError its half-width
   * @param b denominator score (positive)
   * @param bError its half-width
   * @return the ratio and its half-width
   * @throws IllegalArgumentException when {@code b} is not positive or an error is negative
   */
  public static RatioInterval of(double a, double aError, double b, double bError) {
    if (!(b > 0) || aError < 0 || bError < 0) {
      throw new IllegalArgumentException("need a positive denominator and non-negative errors");
    }
    double ratio = a / b;
    double relative = Math.sqrt(square(aError / a) + square(bError / b));
    return new RatioInterval(ratio, Math.abs(ratio) * relative);
  }

  /** @return the half-width relative to the ratio, e.g. 0.03 for ±3 % */
  public double relativeHalfWidth() {
    return halfWidth / ratio;
  }

  /** @return the interval's upper end */
  public double upper() {
    return ratio + halfWidth;
  }

  private static double square(double value) {
    return value * value;
  }
}
