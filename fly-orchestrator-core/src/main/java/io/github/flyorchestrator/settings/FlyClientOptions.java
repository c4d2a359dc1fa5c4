package io.github.flyorchestrator.settings;

import io.github.flyorchestrator.internal.client.WebClientFlyMachinesClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;

/**
 * Options of {@link WebClientFlyMachinesClient} beyond the connection settings: rate limits, the connection pool and
 * where retries are counted.
 *
 * <p>Each in-flight request holds one pooled HTTP/1.1 connection, a long-poll wait call for up to a minute. With the
 * default 1,000 connections, further requests queue for a connection (without limit) for up to
 * {@code pendingAcquireTimeout}; to run 10,000 waits at the same time raise {@code maxConnections} to 10,000 (and the
 * process's open-file limit).
 *
 * @param rateLimit client-side rate limits
 * @param maxConnections most connections open to the API at once
 * @param pendingAcquireTimeout how long a request may wait for a free connection; longer than a long-poll wait
 * @param meterRegistry where {@code fly.client.retries} is counted, or {@code null} for nowhere
 */
public record FlyClientOptions(RateLimitSettings rateLimit, int maxConnections, Duration pendingAcquireTimeout,
    MeterRegistry meterRegistry) {

  /** Default pool size. */
  public static final int DEFAULT_MAX_CONNECTIONS = 1000;

  /** Default wait for a pooled connection. */
  public static final Duration DEFAULT_PENDING_ACQUIRE_TIMEOUT = Duration.ofMinutes(5);

  /** Fly's rate limits, 1,000 connections, a 5-minute connection wait, no metrics. */
  public static final FlyClientOptions DEFAULTS =
      new FlyClientOptions(RateLimitSettings.DEFAULTS, DEFAULT_MAX_CONNECTIONS, DEFAULT_PENDING_ACQUIRE_TIMEOUT, null);

  /** Validates and applies defaults. */
  public FlyClientOptions {
    rateLimit = rateLimit == null ? RateLimitSettings.DEFAULTS : rateLimit;
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be >= 1, was " + maxConnections);
    }
    pendingAcquireTimeout = pendingAcquireTimeout == null ? DEFAULT_PENDING_ACQUIRE_TIMEOUT : pendingAcquireTimeout;
    if (pendingAcquireTimeout.isNegative() || pendingAcquireTimeout.isZero()) {
      throw new IllegalArgumentException("pendingAcquireTimeout must be positive, was " + pendingAcquireTimeout);
    }
  }

  /**
   * @param rateLimit the rate limits
   * @return a copy with these rate limits
   */
  public FlyClientOptions withRateLimit(RateLimitSettings rateLimit) {
    return new FlyClientOptions(Objects.requireNonNull(rateLimit), maxConnections, pendingAcquireTimeout,
        meterRegistry);
  }

  /**
   * @param meterRegistry the registry, or {@code null}
   * @return a copy counting retries in this registry
   */
  public FlyClientOptions withMeterRegistry(MeterRegistry meterRegistry) {
    return new FlyClientOptions(rateLimit, maxConnections, pendingAcquireTimeout, meterRegistry);
  }
}
