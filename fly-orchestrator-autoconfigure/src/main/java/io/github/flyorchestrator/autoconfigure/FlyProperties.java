package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.settings.HttpVersionPolicy;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Connection to the Fly Machines API ({@code fly.*}). Every value is {@code null} until set: the defaults are the
 * core's ({@link io.github.flyorchestrator.settings.FlyClientSettings#DEFAULTS} and
 * {@link io.github.flyorchestrator.settings.FlyClientSettings#DEFAULT_BASE_URL}), applied by
 * {@link FlySettingsPropertyMapper}.
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
  private URI baseUrl;

  /**
   * TCP connect timeout of API calls.
   */
  private Duration connectTimeout;

  /**
   * Longest pause between two reads of a response. A wait-endpoint call must bring its whole answer within its
   * long-poll timeout plus this.
   */
  private Duration readTimeout;

  /**
   * How long one attempt of an API call other than the wait call may take, from sending the request to the last
   * byte of the answer. A stalled or trickling answer then costs one attempt: idempotent reads are retried, other
   * calls fail as ambiguous. Keep it well under the workflows' deadline (fly.orchestrator.timeout).
   */
  private Duration attemptTimeout;

  /**
   * Most connections the client keeps open to the API at once. Over HTTP/1.1 each in-flight request (a long-poll wait
   * for up to a minute) holds one: raise to 10000 to run 10,000 waits at the same time. Over HTTP/2 waits share
   * connections as streams, and at most this many other calls are in flight at once.
   */
  private Integer maxConnections;

  /**
   * How long a request may queue for a free connection when all are in use (over HTTP/2: for a free call slot);
   * longer than a long-poll wait.
   */
  private Duration pendingAcquireTimeout;

  /**
   * Which HTTP versions the client speaks. http2-preferred: over https the TLS handshake offers HTTP/2 and HTTP/1.1
   * and the server picks (many requests, e.g. long-poll waits, then share one connection), over plain http HTTP/1.1.
   * http1-1: HTTP/1.1 only. h2c: as http2-preferred, but over plain http HTTP/2 without negotiation, for a server
   * known to speak it such as the Fly API simulator.
   */
  private HttpVersionPolicy httpVersion;

  /**
   * Whether building the first client of the JVM runs its whole request pipeline once against a throwaway loopback
   * server (nothing reaches the API), so that its first requests do not pay for loading and initialising it. Off by
   * default: it suits a process that must answer a burst right after start-up.
   */
  private Boolean warmUp;

  @NestedConfigurationProperty
  private final FlyRetryProperties retry = new FlyRetryProperties();

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

  public Integer getMaxConnections() {
    return maxConnections;
  }

  public void setMaxConnections(Integer maxConnections) {
    this.maxConnections = maxConnections;
  }

  public Duration getPendingAcquireTimeout() {
    return pendingAcquireTimeout;
  }

  public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
    this.pendingAcquireTimeout = pendingAcquireTimeout;
  }

  public HttpVersionPolicy getHttpVersion() {
    return httpVersion;
  }

  public void setHttpVersion(HttpVersionPolicy httpVersion) {
    this.httpVersion = httpVersion;
  }

  public Boolean getWarmUp() {
    return warmUp;
  }

  public void setWarmUp(Boolean warmUp) {
    this.warmUp = warmUp;
  }

  public FlyRetryProperties getRetry() {
    return retry;
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
   * Client-side rate limits below Fly's documented limits ({@code fly.rate-limit.*}).
   */
  public static class RateLimit {

    /**
     * Whether requests wait for a client-side rate-limit permit.
     */
    private Boolean enabled;

    /**
     * Limit of every action except get machine and app deletion, per action and identifier (machine, volume or
     * app): Fly allows 1/s with bursts to 3.
     */
    private final Rate machineAction = new Rate();

    /**
     * Limit of get-machine calls per machine: Fly allows 5/s with bursts to 10.
     */
    private final Rate getMachine = new Rate();

    /**
     * Limit of app deletions: Fly allows 100 per minute.
     */
    private final Rate appDeletion = new Rate();

    /**
     * Most per-key buckets kept; the least recently used are evicted beyond this.
     */
    private Integer maxLimiters;

    /**
     * How long an unused per-key bucket is kept (at least the longest time a bucket takes to fill up again, burst
     * times period / permits).
     */
    private Duration idleEviction;

    public Boolean getEnabled() {
      return enabled;
    }

    public void setEnabled(Boolean enabled) {
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

    public Integer getMaxLimiters() {
      return maxLimiters;
    }

    public void setMaxLimiters(Integer maxLimiters) {
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
    private Integer permits;

    /**
     * Period over which the permits are spread evenly.
     */
    private Duration period;

    /**
     * Requests that may go at once when the bucket is full.
     */
    private Integer burst;

    public Integer getPermits() {
      return permits;
    }

    public void setPermits(Integer permits) {
      this.permits = permits;
    }

    public Duration getPeriod() {
      return period;
    }

    public void setPeriod(Duration period) {
      this.period = period;
    }

    public Integer getBurst() {
      return burst;
    }

    public void setBurst(Integer burst) {
      this.burst = burst;
    }
  }
}
