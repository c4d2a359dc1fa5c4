package io.github.flyorchestrator.autoconfigure;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to the Fly Machines API ({@code fly.*}).
 */
@ConfigurationProperties("fly")
public class FlyProperties {

  /**
   * Fly API token, read as Fly's own clients read it: a "Bearer "/"FlyV1 " prefix is dropped; when it holds
   * macaroons (fm1r_, fm1a_, fm2_, comma-joined lists too) only they are sent, as "FlyV1"; otherwise "Bearer". Falls
   * back to the FLY_API_TOKEN environment variable; an unresolved ${...} placeholder counts as no token.
   */
  private String token;

  /**
   * Root URL of the Machines API; requests go to /v1/... under it. https://api.machines.dev from outside Fly,
   * http://_api.internal:4280 from a Machine on Fly's private network. Plain http is accepted only for Fly
   * private-network hosts (*.internal) and loopback addresses.
   */
  private URI baseUrl = URI.create("https://api.machines.dev");

  /**
   * TCP connect timeout of API calls.
   */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /**
   * Longest pause between two reads of a response. A wait-endpoint call must bring its whole answer within its
   * long-poll timeout plus this.
   */
  private Duration readTimeout = Duration.ofSeconds(30);

  /**
   * How long one attempt of an API call other than the wait call may take, from sending the request to the last
   * byte of the answer. A stalled or trickling answer then costs one attempt: idempotent reads are retried, other
   * calls fail as ambiguous. Keep it well under the workflows' deadline (fly.orchestrator.timeout).
   */
  private Duration attemptTimeout = Duration.ofSeconds(10);

  /**
   * Most connections the client keeps open to the API at once; each in-flight request (a long-poll wait for up to a
   * minute) holds one. Raise to 10000 to run 10,000 waits at the same time.
   */
  private int maxConnections = 1000;

  /**
   * How long a request may queue for a free connection when all are in use (longer than a long-poll wait).
   */
  private Duration pendingAcquireTimeout = Duration.ofMinutes(5);

  private final Retry retry = new Retry();

  private final RateLimit rateLimit = new RateLimit();

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public URI getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public Duration getAttemptTimeout() {
    return attemptTimeout;
  }

  public void setAttemptTimeout(Duration attemptTimeout) {
    this.attemptTimeout = attemptTimeout;
  }

  public Retry getRetry() {
    return retry;
  }

  public int getMaxConnections() {
    return maxConnections;
  }

  public void setMaxConnections(int maxConnections) {
    this.maxConnections = maxConnections;
  }

  public Duration getPendingAcquireTimeout() {
    return pendingAcquireTimeout;
  }

  public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
    this.pendingAcquireTimeout = pendingAcquireTimeout;
  }

  public RateLimit getRateLimit() {
    return rateLimit;
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "FlyProperties[baseUrl=" + baseUrl + ", token=" + (token == null ? "unset" : "****") + "]";
  }

  /**
   * Retries of idempotent API calls ({@code fly.retry.*}).
   */
  public static class Retry {

    /**
     * Retries after the first attempt of an idempotent call (0 disables retrying).
     */
    private int maxRetries = 3;

    /**
     * Delay before the first retry.
     */
    private Duration delay = Duration.ofMillis(500);

    /**
     * Factor by which the delay grows per retry.
     */
    private double multiplier = 2.0;

    /**
     * Upper bound of a retry delay.
     */
    private Duration maxDelay = Duration.ofSeconds(5);

    /**
     * Random share (0..1) added to or removed from each retry delay.
     */
    private double jitter = 0.2;

    public int getMaxRetries() {
      return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
    }

    public Duration getDelay() {
      return delay;
    }

    public void setDelay(Duration delay) {
      this.delay = delay;
    }

    public double getMultiplier() {
      return multiplier;
    }

    public void setMultiplier(double multiplier) {
      this.multiplier = multiplier;
    }

    public Duration getMaxDelay() {
      return maxDelay;
    }

    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }

    public double getJitter() {
      return jitter;
    }

    public void setJitter(double jitter) {
      this.jitter = jitter;
    }
  }

  /**
   * Client-side rate limits below Fly's documented limits ({@code fly.rate-limit.*}).
   */
  public static class RateLimit {

    /**
     * Whether requests wait for a client-side rate-limit permit.
     */
    private boolean enabled = true;

    /**
     * Limit of every action except get machine and app deletion, per action and identifier (machine, volume or
     * app): Fly allows 1/s with bursts to 3.
     */
    private final Rate machineAction = new Rate(1, Duration.ofSeconds(1), 2);

    /**
     * Limit of get-machine calls per machine: Fly allows 5/s with bursts to 10.
     */
    private final Rate getMachine = new Rate(1, Duration.ofMillis(200), 5);

    /**
     * Limit of app deletions: Fly allows 100 per minute.
     */
    private final Rate appDeletion = new Rate(1, Duration.ofMillis(625), 1);

    /**
     * Most per-key buckets kept; the least recently used are evicted beyond this.
     */
    private int maxLimiters = 100_000;

    /**
     * How long an unused per-key bucket is kept (at least the longest time a bucket takes to fill up again, burst
     * times period / permits).
     */
    private Duration idleEviction = Duration.ofMinutes(2);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Rate getMachineAction() {
      return machineAction;
    }

    public Rate getGetMachine() {
      return getMachine;
    }

    public Rate getAppDeletion() {
      return appDeletion;
    }

    public int getMaxLimiters() {
      return maxLimiters;
    }

    public void setMaxLimiters(int maxLimiters) {
      this.maxLimiters = maxLimiters;
    }

    public Duration getIdleEviction() {
      return idleEviction;
    }

    public void setIdleEviction(Duration idleEviction) {
      this.idleEviction = idleEviction;
    }
  }

  /**
   * A token bucket: up to {@code burst} requests at once, then {@code permits} per {@code period}.
   */
  public static class Rate {

    /**
     * Requests allowed per period once a burst is spent.
     */
    private int permits;

    /**
     * Period over which the permits are spread evenly.
     */
    private Duration period;

    /**
     * Requests that may go at once when the bucket is full.
     */
    private int burst;

    Rate(int permits, Duration period, int burst) {
      this.permits = permits;
      this.period = period;
      this.burst = burst;
    }

    public int getPermits() {
      return permits;
    }

    public void setPermits(int permits) {
      this.permits = permits;
    }

    public Duration getPeriod() {
      return period;
    }

    public void setPeriod(Duration period) {
      this.period = period;
    }

    public int getBurst() {
      return burst;
    }

    public void setBurst(int burst) {
      this.burst = burst;
    }
  }
}
