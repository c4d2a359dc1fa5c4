package io.github.flyorchestrator.settings;

import io.github.flyorchestrator.internal.util.HumanDuration;
import java.time.Duration;

/**
 * Settings of the waiting engine.
 *
 * @param defaultTimeout deadline of a workflow that names none (default 60 s)
 * @param backoff delays between polls
 * @param useWaitEndpoint whether to wait with the Machines API wait endpoint (default) or only by polling
 */
public record OrchestratorSettings(Duration defaultTimeout, BackoffSettings backoff, boolean useWaitEndpoint) {

  /** 60 s, the default backoff, the wait endpoint on. */
  public static final OrchestratorSettings DEFAULTS =
      new OrchestratorSettings(Duration.ofSeconds(60), BackoffSettings.DEFAULTS, true);

  /** Validates and applies defaults. */
  public OrchestratorSettings {
    defaultTimeout = defaultTimeout == null ? Duration.ofSeconds(60) : defaultTimeout;
    if (defaultTimeout.isNegative() || defaultTimeout.isZero()) {
      throw new IllegalArgumentException("defaultTimeout must be positive, was "
          + HumanDuration.format(defaultTimeout));
    }
    backoff = backoff == null ? BackoffSettings.DEFAULTS : backoff;
  }
}
