package io.github.flyorchestrator.test.internal.ratelimit;

import io.github.flyorchestrator.test.internal.SimulatorClock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets on the simulated clock, one per key (action plus machine id or app id). Fly's documented limits:
 * 1 req/s per action with bursts to 3, get machine 5 req/s with bursts to 10, app deletions 100 per minute.
 */
public final class RateLimiter {

  /**
   * A limit.
   *
   * @param capacity burst size
   * @param tokensPerSecond refill rate
   */
  public record Limit(double capacity, double tokensPerSecond) {
    /** Per action per machine: 1 req/s, bursts to 3. */
    public static final Limit ACTION = new Limit(3, 1);
    /** Get machine: 5 req/s, bursts to 10. */
    public static final Limit GET_MACHINE = new Limit(10, 5);
    /** App deletions: 100 per minute. */
    public static final Limit APP_DELETE = new Limit(100, 100 / 60.0);
  }

  private static final class Bucket {
    private double tokens;
    private long lastMillis;

    Bucket(double tokens, long lastMillis) {
      this.tokens = tokens;
      this.lastMillis = lastMillis;
    }
  }

  private final SimulatorClock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private volatile boolean enabled;

  /**
   * @param clock simulated clock
   * @param enabled whether limits apply
   */
  public RateLimiter(SimulatorClock clock, boolean enabled) {
    this.clock = clock;
    this.enabled = enabled;
  }

  /** @param value whether limits apply */
  public void enabled(boolean value) {
    this.enabled = value;
    buckets.clear();
  }

  /** @return whether limits apply */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Takes a token when one is there.
   *
   * @param key bucket key
   * @param limit the limit
   * @return 0 when the request may proceed, otherwise the whole seconds of simulated time (at least 1) until the
   *     bucket has a token again
   */
  public long tryAcquire(String key, Limit limit) {
    if (!enabled) {
      return 0;
    }
    long now = clock.nowMillis();
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit.capacity(), now));
    synchronized (bucket) {
      double elapsedSeconds = Math.max(0, now - bucket.lastMillis) / 1000.0;
      bucket.tokens = Math.min(limit.capacity(), bucket.tokens + elapsedSeconds * limit.tokensPerSecond());
      bucket.lastMillis = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / limit.tokensPerSecond()));
    }
  }
}
