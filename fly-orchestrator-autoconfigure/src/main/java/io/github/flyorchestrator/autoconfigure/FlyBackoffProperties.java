package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.settings.BackoffSettings;
import java.time.Duration;

/**
 * The backoff shape of {@link BackoffSettings}, bound under {@code fly.retry.*} (through {@link FlyRetryProperties})
 * and {@code fly.orchestrator.backoff.*}. Every value is {@code null} until set: the defaults are the core's, those
 * of {@link io.github.flyorchestrator.settings.RetrySettings#DEFAULTS} and of
 * {@link io.github.flyorchestrator.settings.OrchestratorSettings#DEFAULTS}.
 */
public class FlyBackoffProperties {

  /**
   * The first pause, and the least any pause is.
   */
  private Duration initialDelay;

  /**
   * Growth of the pause per attempt (at least 1).
   */
  private Double multiplier;

  /**
   * The cap of every pause, jitter included.
   */
  private Duration maxDelay;

  /**
   * Share (0..1) of each pause by which it may randomly be shorter or longer, within initial-delay..max-delay.
   */
  private Double jitter;

  public Duration getInitialDelay() {
    return initialDelay;
  }

  public void setInitialDelay(Duration initialDelay) {
    this.initialDelay = initialDelay;
  }

  public Double getMultiplier() {
    return multiplier;
  }

  public void setMultiplier(Double multiplier) {
    this.multiplier = multiplier;
  }

  public Duration getMaxDelay() {
    return maxDelay;
  }

  public void setMaxDelay(Duration maxDelay) {
    this.maxDelay = maxDelay;
  }

  public Double getJitter() {
    return jitter;
  }

  public void setJitter(Double jitter) {
    this.jitter = jitter;
  }
}
