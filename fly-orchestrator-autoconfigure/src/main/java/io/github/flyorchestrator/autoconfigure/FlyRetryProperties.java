package io.github.flyorchestrator.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;

/**
 * Retries of idempotent API calls ({@code fly.retry.*}): how many, and the backoff between them. Every value is
 * {@code null} until set; the defaults are {@link io.github.flyorchestrator.settings.RetrySettings#DEFAULTS}.
 */
public class FlyRetryProperties extends FlyBackoffProperties {

  /**
   * Retries after the first attempt of an idempotent call (0 disables retrying).
   */
  private Integer maxRetries;

  public Integer getMaxRetries() {
    return maxRetries;
  }

  public void setMaxRetries(Integer maxRetries) {
    this.maxRetries = maxRetries;
  }

  /**
   * The first pause, under its old name.
   *
   * @return the first pause
   * @deprecated use {@code fly.retry.initial-delay}, the name the orchestrator's backoff uses too
   */
  @Deprecated(since = "0.1.0")
  @DeprecatedConfigurationProperty(replacement = "fly.retry.initial-delay", since = "0.1.0",
      reason = "One backoff shape for retries and polls: the same names under fly.retry and fly.orchestrator.backoff")
  public Duration getDelay() {
    return getInitialDelay();
  }

  /**
   * @param delay the first pause
   * @deprecated use {@code fly.retry.initial-delay}
   */
  @Deprecated(since = "0.1.0")
  public void setDelay(Duration delay) {
    setInitialDelay(delay);
  }
}
