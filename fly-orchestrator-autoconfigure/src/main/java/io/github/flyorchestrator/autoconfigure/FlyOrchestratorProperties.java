package io.github.flyorchestrator.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Waiting behaviour of the orchestrator ({@code fly.orchestrator.*}). Every value is {@code null} until set: the
 * defaults are {@link io.github.flyorchestrator.settings.OrchestratorSettings#DEFAULTS}, applied by
 * {@link FlySettingsPropertyMapper}.
 */
@ConfigurationProperties("fly.orchestrator")
public class FlyOrchestratorProperties {

  /**
   * Deadline of a workflow that names none, e.g. createMachineAndWait without a timeout.
   */
  private Duration timeout;

  /**
   * Whether to wait with the Machines API wait endpoint (long-poll) rather than only by polling the machine.
   */
  private Boolean useWaitEndpoint;

  /**
   * Pauses between polls.
   */
  @NestedConfigurationProperty
  private final FlyBackoffProperties backoff = new FlyBackoffProperties();

  private final Shutdown shutdown = new Shutdown();

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  public Boolean getUseWaitEndpoint() {
    return useWaitEndpoint;
  }

  public void setUseWaitEndpoint(Boolean useWaitEndpoint) {
    this.useWaitEndpoint = useWaitEndpoint;
  }

  public FlyBackoffProperties getBackoff() {
    return backoff;
  }

  public Shutdown getShutdown() {
    return shutdown;
  }

  /** The graceful shutdown on context close ({@code fly.orchestrator.shutdown.*}). */
  public static class Shutdown {

    /**
     * How long workflows in flight may still run when the application context closes; those still running then are
     * cancelled (leases released, a WARN line each saying how to resume). Keep it below
     * spring.lifecycle.timeout-per-shutdown-phase.
     */
    private Duration gracePeriod;

    public Duration getGracePeriod() {
      return gracePeriod;
    }

    public void setGracePeriod(Duration gracePeriod) {
      this.gracePeriod = gracePeriod;
    }
  }
}
