package io.github.flyorchestrator.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles of a set of latencies in milliseconds, by the nearest-rank method (the p-th percentile is the smallest
 * sample such that at least p % of the samples are less than or equal to it).
 *
 * @param count number of samples
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max largest sample
 */
public record LatencySummary(int count, long p50, long p95, long p99, long max) {

  /**
   * Summarises samples.
   *
   * @param samplesMillis the samples (at least one)
   * @return the summary
   */
  public static LatencySummary of(Collection<Long> samplesMillis) {
    if (samplesMillis.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    long[] sorted = samplesMillis.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new LatencySummary(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  /**
   * The nearest-rank percentile of sorted samples.
   *
   * @param sorted samples in ascending order (at least one)
   * @param percent 0 < percent <= 100
   * @return the sample at rank ceil(percent / 100 * n)
   */
  static long percentile(long[] sorted, double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be within (0, 100], was " + percent);
    }
    int rank = (int) Math.ceil(percent * sorted.length / 100.0);
    return sorted[Math.max(rank, 1) - 1];
  }
}
