package io.github.flyorchestrator.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Client-side rate limits that keep the client under Fly's documented Machines API limits (1 request/s per action
 * and machine with bursts to 3; get machine 5/s with bursts to 10; app deletions 100 per minute).
 *
 * <p>Each limit is a fixed window: at most {@code permits} requests per {@code period}. Fly counts with token buckets
 * (rate {@code r}, burst {@code b}); a fixed window of {@code n} per {@code p} sends at most {@code n * (k + 2)}
 * requests in any interval shorter than {@code (k + 1) * p}, which stays within {@code b + r * k * p} for all
 * {@code k} when {@code n * 2 <= b} and {@code n / p <= r}. The defaults:
 * <ul>
 *   <li>machine actions: 1 per 1 s: 100 % of Fly's rate; at most 2 in a short burst (Fly allows 3), so even a second
 *       of network jitter stays within the bucket;</li>
 *   <li>get machine: 1 per 200 ms: 100 % of the rate, bursts of at most 2 (Fly allows 10);</li>
 *   <li>app deletions: 1 per 625 ms = 96 per minute (96 %); any 60 s window sees at most 97 (Fly allows 100).</li>
 * </ul>
 *
 * @param enabled whether requests wait for a permit at all
 * @param machineAction limit per action and machine (or per action and app for creates and app-level calls)
 * @param getMachine limit of {@code GET /apps/{app}/machines/{id}} per machine
 * @param appDeletion limit of app deletions per client
 * @param maxLimiters how many per-key limiters are kept; the least recently used idle ones are evicted
 * @param idleEviction how long a limiter must be unused before it may be dropped (at least the longest period)
 */
public record RateLimitSettings(boolean enabled, Rate machineAction, Rate getMachine, Rate appDeletion,
    int maxLimiters, Duration idleEviction) {

  /** Fly's documented limits, as above. */
  public static final RateLimitSettings DEFAULTS = new RateLimitSettings(true, new Rate(1, Duration.ofSeconds(1)),
      new Rate(1, Duration.ofMillis(200)), new Rate(1, Duration.ofMillis(625)), 100_000, Duration.ofMinutes(2));

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
    Duration longest = max(max(machineAction.period(), getMachine.period()), appDeletion.period());
    if (idleEviction.compareTo(longest) < 0) {
      throw new IllegalArgumentException("idleEviction must be >= the longest period " + longest);
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * At most {@code permits} requests per {@code period}.
   *
   * @param permits requests per period, at least 1
   * @param period the window length, positive
   */
  public record Rate(int permits, Duration period) {

    /** Validates the values. */
    public Rate {
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be >= 1, was " + permits);
      }
      if (period == null || period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("period must be positive, was " + period);
      }
    }
  }
}
