package io.github.flyorchestrator.settings;

import io.github.flyorchestrator.internal.util.HumanDuration;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Machines API client talks to the API: timeouts, retries, client-side rate limits and the connection pool.
 * Where it talks to and with which token are given to the client's builder
 * ({@code ReactiveFlyMachinesClient.builder().baseUrl(...).token(...)}), so these settings hold no secret.
 *
 * <p>Over HTTP/1.1 each in-flight request holds one pooled connection, a long-poll wait call for up to a minute. With
 * the default 1,000 connections, further requests queue for a connection (without limit) for up to
 * {@code pendingAcquireTimeout}; to run 10,000 waits at the same time over HTTP/1.1 raise {@code maxConnections} to
 * 10,000 (and the process's open-file limit). Over HTTP/2 (see {@link HttpVersionPolicy}) the requests share
 * connections as streams: a new connection is opened only when every open one carries as many streams as the server
 * allows, so 10,000 waits fit in a few tens of connections.
 *
 * @param connectTimeout TCP connect timeout
 * @param readTimeout longest pause between two reads of a response; a wait call's long-poll timeout plus this bounds
 *     the whole wait call
 * @param attemptTimeout how long one attempt of any other call may take, from sending the request to the last byte
 *     of the answer: a stalled or trickling answer then costs one attempt (retried when the call is idempotent, an
 *     ambiguous failure otherwise) instead of the caller's whole deadline
 * @param retry how idempotent requests are retried
 * @param rateLimit client-side rate limits
 * @param maxConnections most connections open to the API at once; over HTTP/2 also the most ordinary calls (all but
 *     long-poll waits) in flight at once, as HTTP/1.1's pool admits them
 * @param pendingAcquireTimeout how long a request may wait for a free connection (over HTTP/2: for a free call slot);
 *     longer than a long-poll wait
 * @param httpVersion which HTTP versions the client speaks
 * @param warmUp whether building the first client of a JVM runs its whole request pipeline once, before
 *     {@code build()} returns, so that the first requests do not load and initialise it: a create, a wait call and
 *     reads through the same transport, retry, WebClient, Reactor Netty and JSON mapping, sent to a throwaway server
 *     on a loopback port of this JVM (nothing reaches the API), plus {@code HttpClient.warmup()} for TLS and name
 *     resolution; building that first client then takes what its first requests would otherwise have paid
 *     (about a second or more of CPU on a small host), later clients skip it. Off by default: for a process that
 *     must answer a burst right after it starts (it shortened the benchmark's first burst of 50 create-and-waits
 *     severalfold), but in the benchmark's steady-state latency run it raised the p99 (79-87 ms with it, 25 ms
 *     without), a cost whose cause is not isolated
 */
public record FlyClientSettings(Duration connectTimeout, Duration readTimeout, Duration attemptTimeout,
    RetrySettings retry, RateLimitSettings rateLimit, int maxConnections, Duration pendingAcquireTimeout,
    HttpVersionPolicy httpVersion, boolean warmUp) {

  /** The public Machines API: the base URL of a client whose builder is given none. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.machines.dev");

  /**
   * Connect within 10 s, 30 s between reads, 10 s per attempt, {@link RetrySettings#DEFAULTS},
   * {@link RateLimitSettings#DEFAULTS}, 1,000 connections, 5 minutes' wait for one,
   * {@link HttpVersionPolicy#HTTP2_PREFERRED}, warm-up off.
   */
  public static final FlyClientSettings DEFAULTS = new FlyClientSettings(Duration.ofSeconds(10),
      Duration.ofSeconds(30), Duration.ofSeconds(10), RetrySettings.DEFAULTS, RateLimitSettings.DEFAULTS, 1000,
      Duration.ofMinutes(5), HttpVersionPolicy.HTTP2_PREFERRED, false);

  /** Validates the values. */
  public FlyClientSettings {
    requirePositive("connectTimeout", connectTimeout);
    requirePositive("readTimeout", readTimeout);
    requirePositive("attemptTimeout", attemptTimeout);
    Objects.requireNonNull(retry, "retry must not be null");
    Objects.requireNonNull(rateLimit, "rateLimit must not be null");
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be >= 1, was " + maxConnections);
    }
    requirePositive("pendingAcquireTimeout", pendingAcquireTimeout);
    Objects.requireNonNull(httpVersion, "httpVersion must not be null");
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + HumanDuration.format(value));
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

  /** Builds {@link FlyClientSettings}. */
  public static final class Builder {

    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration attemptTimeout;
    private RetrySettings retry;
    private RateLimitSettings rateLimit;
    private int maxConnections;
    private Duration pendingAcquireTimeout;
    private HttpVersionPolicy httpVersion;
    private boolean warmUp;

    private Builder(FlyClientSettings from) {
      this.connectTimeout = from.connectTimeout;
      this.readTimeout = from.readTimeout;
      this.attemptTimeout = from.attemptTimeout;
      this.retry = from.retry;
      this.rateLimit = from.rateLimit;
      this.maxConnections = from.maxConnections;
      this.pendingAcquireTimeout = from.pendingAcquireTimeout;
      this.httpVersion = from.httpVersion;
      this.warmUp = from.warmUp;
    }

    /**
     * @param connectTimeout TCP connect timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout must not be null");
      return this;
    }

    /**
     * @param readTimeout longest pause between two reads of a response
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout must not be null");
      return this;
    }

    /**
     * @param attemptTimeout how long one attempt of a call other than the wait call may take
     * @return this builder
     */
    public Builder attemptTimeout(Duration attemptTimeout) {
      this.attemptTimeout = Objects.requireNonNull(attemptTimeout, "attemptTimeout must not be null");
      return this;
    }

    /**
     * @param retry how idempotent requests are retried, e.g. {@link RetrySettings#NONE}
     * @return this builder
     */
    public Builder retry(RetrySettings retry) {
      this.retry = Objects.requireNonNull(retry, "retry must not be null");
      return this;
    }

    /**
     * @param rateLimit client-side rate limits, e.g. {@link RateLimitSettings#DISABLED}
     * @return this builder
     */
    public Builder rateLimit(RateLimitSettings rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit must not be null");
      return this;
    }

    /**
     * @param maxConnections most connections open to the API at once
     * @return this builder
     */
    public Builder maxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * @param pendingAcquireTimeout how long a request may wait for a free connection
     * @return this builder
     */
    public Builder pendingAcquireTimeout(Duration pendingAcquireTimeout) {
      this.pendingAcquireTimeout = Objects.requireNonNull(pendingAcquireTimeout,
          "pendingAcquireTimeout must not be null");
      return this;
    }

    /**
     * @param httpVersion which HTTP versions the client speaks, e.g. {@link HttpVersionPolicy#H2C} against the
     *     simulator
     * @return this builder
     */
    public Builder httpVersion(HttpVersionPolicy httpVersion) {
      this.httpVersion = Objects.requireNonNull(httpVersion, "httpVersion must not be null");
      return this;
    }

    /**
     * @param warmUp whether building the first client of the JVM runs its request pipeline once against a loopback
     *     server of its own, so that its first requests do not pay for loading it
     * @return this builder
     */
    public Builder warmUp(boolean warmUp) {
      this.warmUp = warmUp;
      return this;
    }

    /**
     * @return the settings
     * @throws IllegalArgumentException when a value is out of range
     */
    public FlyClientSettings build() {
      return new FlyClientSettings(connectTimeout, readTimeout, attemptTimeout, retry, rateLimit, maxConnections,
          pendingAcquireTimeout, httpVersion, warmUp);
    }
  }
}
