package io.github.flyorchestrator.settings;

import io.github.flyorchestrator.internal.util.HumanDuration;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the waiting engine.
 *
 * @param defaultTimeout deadline of a workflow that names none
 * @param backoff the pauses between polls; its initial delay must be positive
 * @param useWaitEndpoint whether to wait with the Machines API wait endpoint or only by polling
 */
public record OrchestratorSettings(Duration defaultTimeout, BackoffSettings backoff, boolean useWaitEndpoint) {

  /** 60 s; pauses of 500 ms × 1.5 up to 5 s, each ±20 %; the wait endpoint on. */
  public static final OrchestratorSettings DEFAULTS = new OrchestratorSettings(Duration.ofSeconds(60),
      new BackoffSettings(Duration.ofMillis(500), 1.5, Duration.ofSeconds(5), 0.2), true);

  /** Validates the values. */
  public OrchestratorSettings {
    Objects.requireNonNull(defaultTimeout, "defaultTimeout must not be null");
    Objects.requireNonNull(backoff, "backoff must not be null");
    if (defaultTimeout.isNegative() || defaultTimeout.isZero()) {
      throw new IllegalArgumentException("defaultTimeout must be positive, was "
          + HumanDuration.format(defaultTimeout));
    }
    if (backoff.initialDelay().isZero()) {
      throw new IllegalArgumentException("backoff.initialDelay must be positive: polls need a pause between them");
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

  /** Builds {@link OrchestratorSettings}. */
  public static final class Builder {

    private Duration defaultTimeout;
    private BackoffSettings backoff;
    private boolean useWaitEndpoint;

    private Builder(OrchestratorSettings from) {
      this.defaultTimeout = from.defaultTimeout;
      this.backoff = from.backoff;
      this.useWaitEndpoint = from.useWaitEndpoint;
    }

    /**
     * @param defaultTimeout deadline of a workflow that names none
     * @return this builder
     */
    public Builder defaultTimeout(Duration defaultTimeout) {
      this.defaultTimeout = Objects.requireNonNull(defaultTimeout, "defaultTimeout must not be null");
      return this;
    }

    /**
     * @param backoff the pauses between polls
     * @return this builder
     */
    public Builder backoff(BackoffSettings backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff must not be null");
      return this;
    }

    /**
     * @param useWaitEndpoint {@code false} to wait by polling the machine only
     * @return this builder
     */
    public Builder useWaitEndpoint(boolean useWaitEndpoint) {
      this.useWaitEndpoint = useWaitEndpoint;
      return this;
    }

    /**
     * @return the settings
     * @throws IllegalArgumentException when a value is out of range
     */
    public OrchestratorSettings build() {
      return new OrchestratorSettings(defaultTimeout, backoff, useWaitEndpoint);
    }
  }
}
