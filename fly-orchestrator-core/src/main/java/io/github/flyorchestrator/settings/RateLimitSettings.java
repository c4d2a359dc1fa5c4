package io.github.flyorchestrator.settings;

import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Client-side rate limits that keep the client under Fly's documented Machines API limits (1 request/s per action
 * and identifier with bursts to 3; get machine 5/s with bursts to 10; app deletions 100 per minute). Which route
 * counts against which limit, per which identifier, is the table in {@code FlyRouteLimits} (shown in the README).
 *
 * <p>Each limit is a token bucket, as Fly's are: {@code burst} requests may go at once, then one every
 * {@code period / permits}. A client bucket whose rate and burst are at most Fly's never sends what Fly's bucket
 * refuses; a burst below Fly's also absorbs network jitter: requests that left the client spaced may arrive bunched,
 * and a bucket of burst {@code b} and rate {@code r} stays within Fly's burst {@code B} for jitter up to
 * {@code (B - b) / r}. The defaults:
 * <ul>
 *   <li>actions: 1 per 1 s, bursts of 2: 100 % of Fly's rate, a second of jitter absorbed (Fly allows bursts of 3).
 *       Polling at the default pace (pauses of at least 500 ms, 600 ms, 900 ms, 1.35 s, ...) is never slowed
 *       down;</li>
 *   <li>get machine: 1 per 200 ms, bursts of 5: 100 % of the rate, a second of jitter absorbed (Fly: 10);</li>
 *   <li>app deletions: 1 per 625 ms, no bursts = 96 per minute (96 %); any 60 s window sees at most 97 (Fly allows
 *       100).</li>
 * </ul>
 *
 * @param enabled whether requests wait for a permit at all
 * @param machineAction limit of every action but the two below, per action and identifier (machine, volume or app)
 * @param getMachine limit of {@code GET /apps/{app}/machines/{id}} per machine
 * @param appDeletion limit of app deletions per client
 * @param maxLimiters how many per-key buckets are kept; the least recently used idle ones are evicted
 * @param idleEviction how long a bucket must be unused before it may be dropped (at least the longest time a bucket
 *     takes to fill up again, so that dropping one never allows more than Fly does)
 */
public record RateLimitSettings(boolean enabled, Rate machineAction, Rate getMachine, Rate appDeletion,
    int maxLimiters, Duration idleEviction) {

  /** Fly's documented limits, as above. */
  public static final RateLimitSettings DEFAULTS = new RateLimitSettings(true,
      new Rate(1, Duration.ofSeconds(1), 2), new Rate(1, Duration.ofMillis(200), 5),
      new Rate(1, Duration.ofMillis(625), 1), 100_000, Duration.ofMinutes(2));

  /** No client-side limiting. */
  public static final RateLimitSettings DISABLED = new RateLimitSettings(false, DEFAULTS.machineAction,
      DEFAULTS.getMachine, DEFAULTS.appDeletion, DEFAULTS.maxLimiters, DEFAULTS.idleEviction);

  /** Validates the values. */
  public RateLimitSettings {
    Objects.requireNonNull(machineAction, "machineAction must not be null");
    Objects.requireNonNull(getMachine, "getMachine must not be null");
    Objects.requireNonNull(appDeletion, "appDeletion must not be null");
    if (maxLimiters < 1) {
      throw new IllegalArgumentException("maxLimiters must be >= 1, was " + maxLimiters);
    }
    Objects.requireNonNull(idleEviction, "idleEviction must not be null");
    Duration longest = Stream.of(machineAction, getMachine, appDeletion).map(Rate::refill)
        .max(Duration::compareTo).orElseThrow();
    if (idleEviction.compareTo(longest) < 0) {
      throw new IllegalArgumentException("idleEviction must be >= " + longest
          + ", the longest time a bucket takes to fill up again; was " + idleEviction);
    }
  }

  /**
   * @return a builder starting from {@link #DEFAULTS}
   */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /**
   * @return a builder starting from these values
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link RateLimitSettings}. */
  public static final class Builder {

    private boolean enabled;
    private Rate machineAction;
    private Rate getMachine;
    private Rate appDeletion;
    private int maxLimiters;
    private Duration idleEviction;

    private Builder(RateLimitSettings from) {
      this.enabled = from.enabled;
      this.machineAction = from.machineAction;
      this.getMachine = from.getMachine;
      this.appDeletion = from.appDeletion;
      this.maxLimiters = from.maxLimiters;
      this.idleEviction = from.idleEviction;
    }

    /**
     * @param enabled whether requests wait for a permit at all
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * @param machineAction limit of every action but get machine and app deletion
     * @return this builder
     */
    public Builder machineAction(Rate machineAction) {
      this.machineAction = Objects.requireNonNull(machineAction, "machineAction must not be null");
      return this;
    }

    /**
     * @param getMachine limit of get machine per machine
     * @return this builder
     */
    public Builder getMachine(Rate getMachine) {
      this.getMachine = Objects.requireNonNull(getMachine, "getMachine must not be null");
      return this;
    }

    /**
     * @param appDeletion limit of app deletions per client
     * @return this builder
     */
    public Builder appDeletion(Rate appDeletion) {
      this.appDeletion = Objects.requireNonNull(appDeletion, "appDeletion must not be null");
      return this;
    }

    /**
     * @param maxLimiters how many per-key buckets are kept
     * @return this builder
     */
    public Builder maxLimiters(int maxLimiters) {
      this.maxLimiters = maxLimiters;
      return this;
    }

    /**
     * @param idleEviction how long a bucket must be unused before it may be dropped
     * @return this builder
     */
    public Builder idleEviction(Duration idleEviction) {
      this.idleEviction = Objects.requireNonNull(idleEviction, "idleEviction must not be null");
      return this;
    }

    /**
     * @return the settings
     * @throws IllegalArgumentException when a value is out of range
     */
    public RateLimitSettings build() {
      return new RateLimitSettings(enabled, machineAction, getMachine, appDeletion, maxLimiters, idleEviction);
    }
  }

  /**
   * A token bucket: bursts of up to {@code burst} requests, then {@code permits} per {@code period}.
   *
   * @param permits requests per period, at least 1
   * @param period over which {@code permits} requests are spread, positive
   * @param burst how many requests may go at once when the bucket is full, at least 1
   */
  public record Rate(int permits, Duration period, int burst) {

    /** Validates the values. */
    public Rate {
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be >= 1, was " + permits);
      }
      if (period == null || period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("period must be positive, was " + period);
      }
      if (burst < 1) {
        throw new IllegalArgumentException("burst must be >= 1, was " + burst);
      }
    }

    /**
     * A rate without bursts: requests are spaced {@code period / permits} apart.
     *
     * @param permits requests per period
     * @param period the period
     */
    public Rate(int permits, Duration period) {
      this(permits, period, 1);
    }

    /**
     * @param permits requests per period
     * @return a copy with this number of permits
     * @throws IllegalArgumentException when {@code permits} is below 1
     */
    public Rate withPermits(int permits) {
      return new Rate(permits, period, burst);
    }

    /**
     * @param period the period
     * @return a copy with this period
     * @throws IllegalArgumentException when {@code period} is not positive
     */
    public Rate withPeriod(Duration period) {
      return new Rate(permits, period, burst);
    }

    /**
     * @param burst requests that may go at once
     * @return a copy with this burst
     * @throws IllegalArgumentException when {@code burst} is below 1
     */
    public Rate withBurst(int burst) {
      return new Rate(permits, period, burst);
    }

    /** @return the spacing of requests once the burst is spent, {@code period / permits} */
    public Duration interval() {
      return period.dividedBy(permits);
    }

    /** @return how long an emptied bucket takes to fill up again, {@code burst * interval} */
    public Duration refill() {
      return interval().multipliedBy(burst);
    }
  }
}
