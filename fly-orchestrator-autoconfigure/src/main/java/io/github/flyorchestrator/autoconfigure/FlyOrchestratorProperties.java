package io.github.flyorchestrator.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Waiting behaviour of the orchestrator ({@code fly.orchestrator.*}).
 */
@ConfigurationProperties("fly.orchestrator")
public class FlyOrchestratorProperties {

  /**
   * Deadline of a workflow that names none, e.g. createMachineAndWait without a timeout.
   */
  private Duration timeout = Duration.ofSeconds(60);

  /**
   * Whether to wait with the Machines API wait endpoint (long-poll) rather than only by polling the machine.
   */
  private boolean useWaitEndpoint = true;

  private final Backoff backoff = new Backoff();

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  public boolean isUseWaitEndpoint() {
    return useWaitEndpoint;
  }

  public void setUseWaitEndpoint(boolean useWaitEndpoint) {
    this.useWaitEndpoint = useWaitEndpoint;
  }

  public Backoff getBackoff() {
    return backoff;
  }

  /**
   * Delays between polls ({@code fly.orchestrator.backoff.*}).
   */
  public static class Backoff {

    /**
     * Delay before the second poll.
     */
    private Duration initialDelay = Duration.ofMillis(500);

    /**
     * Factor by which the delay grows per poll.
     */
    private double multiplier = 1.5;

    /**
     * Upper bound of a delay before jitter.
     */
    private Duration maxDelay = Duration.ofSeconds(5);

    /**
     * Random share (0..1) of the capped delay added on top of it.
     */
    private double jitter = 0.2;

    public Duration getInitialDelay() {
      return initialDelay;
    }

    public void setInitialDelay(Duration initialDelay) {
      this.initialDelay = initialDelay;
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
