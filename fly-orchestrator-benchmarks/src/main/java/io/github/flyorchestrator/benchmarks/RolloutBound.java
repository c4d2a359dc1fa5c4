package io.github.flyorchestrator.benchmarks;

import java.time.Duration;

/**
 * The shortest wall time a rollout can take under Fly's documented limits and the machines' own update times.
 *
 * <p>{@code bound = max(ceil(N / c) × t, max over shared buckets b of (n_b − burst_b) / rate_b)}, where {@code N}
 * machines are updated at most {@code c} at once, each taking {@code t} from its update until it is
 * {@code started} again (the API's replace time plus its start time), and {@code n_b} is the number of calls that
 * must count against a bucket that several machines share. Fly scopes every machine action per machine, so per
 * machine each call of a rollout (lease, read, update, wait, release) meets a bucket of its own; the only shared
 * bucket is the app's machine list (1 call, bursts to 3), whose term is 0. The bound is therefore set by the
 * concurrency and the start times; the rate limits enter only through a rollout that shares more than the burst.
 */
public final class RolloutBound {

  private RolloutBound() {
  }

  /**
   * @param machines machines updated
   * @param concurrency machines in flight at most
   * @param perMachine update-to-started time of one machine
   * @param sharedBucketCalls calls that count against one bucket shared by the machines
   * @param burst that bucket's burst (tokens when full)
   * @param perSecond that bucket's refill rate
   * @return the lower bound
   * @throws IllegalArgumentException when a count is not positive
   */
  public static Duration lowerBound(int machines, int concurrency, Duration perMachine, int sharedBucketCalls,
      int burst, double perSecond) {
    if (machines < 1 || concurrency < 1 || perSecond <= 0) {
      throw new IllegalArgumentException("machines, concurrency and the rate must be positive");
    }
    long waves = (machines + concurrency - 1L) / concurrency;
    Duration byConcurrency = perMachine.multipliedBy(waves);
    Duration byRate = rateBound(sharedBucketCalls, burst, perSecond);
    return byConcurrency.compareTo(byRate) >= 0 ? byConcurrency : byRate;
  }

  /**
   * @param calls calls against one token bucket that starts full
   * @param burst the bucket's capacity
   * @param perSecond its refill rate
   * @return the least time those calls need: {@code max(0, calls − burst) / perSecond}
   */
  public static Duration rateBound(int calls, int burst, double perSecond) {
    long beyond = Math.max(0, calls - burst);
    return Duration.ofNanos(Math.round(beyond / perSecond * 1e9));
  }
}
