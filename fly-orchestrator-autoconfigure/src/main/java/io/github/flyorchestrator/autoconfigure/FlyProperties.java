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
   * Fly API token. Plain tokens are sent as "Bearer", macaroons (fm1r_, fm1a_, fm2_) as "FlyV1"; a value that
   * already starts with a scheme is sent as it is. Falls back to the FLY_API_TOKEN environment variable.
   */
  private String token;

  /**
   * Root URL of the Machines API; requests go to /v1/... under it. Must be HTTPS unless it is a loopback address.
   */
  private URI baseUrl = URI.create("https://api.machines.dev");

  /**
   * TCP connect timeout of API calls.
   */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /**
   * Response timeout of ordinary API calls. Wait-endpoint calls get their long-poll timeout plus this.
   */
  private Duration readTimeout = Duration.ofSeconds(30);

  private final Retry retry = new Retry();

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

  public Retry getRetry() {
    return retry;
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
}
