package io.github.flyorchestrator.observation;

import io.micrometer.observation.Observation;
import java.time.Duration;
import java.util.Objects;

/**
 * What a {@code fly.orchestrator.wait} observation knows: the operation and resources, and, as the wait goes on, the
 * attempts, the last observed state and finally the outcome. Updated from whichever thread runs the wait.
 */
public class FlyWaitObservationContext extends Observation.Context {

  /** How a wait ended. */
  public enum Outcome {
    /** The goal was reached. */
    SUCCESS("success"),
    /** The deadline passed. */
    TIMEOUT("timeout"),
    /** The wait failed with an error. */
    ERROR("error"),
    /**
     * The wait was cancelled: by its subscriber, or by the orchestrator's shutdown after its grace period (then the
     * orchestrator logs a WARN line saying the state it left; the error tag stays {@code none}).
     */
    CANCELLED("cancelled");

    private final String value;

    Outcome(String value) {
      this.value = value;
    }

    /** @return the tag value */
    public String value() {
      return value;
    }
  }

  private final String operation;
  private final String app;
  private volatile String machineId;
  private volatile int attempts;
  private volatile String reason;
  private volatile Outcome outcome;
  private volatile Duration timeout;

  /**
   * Creates the context of a wait.
   *
   * @param operation the operation name
   * @param app the app name, or {@code null}
   */
  public FlyWaitObservationContext(String operation, String app) {
    this.operation = Objects.requireNonNull(operation, "operation must not be null");
    this.app = app;
  }

  /** @return the operation name */
  public String getOperation() {
    return operation;
  }

  /** @return the app name, or {@code null} */
  public String getApp() {
    return app;
  }

  /** @return the machine id, or {@code null} before it is known */
  public String getMachineId() {
    return machineId;
  }

  /** @param machineId the machine id */
  public void setMachineId(String machineId) {
    this.machineId = machineId;
  }

  /** @return attempts made so far */
  public int getAttempts() {
    return attempts;
  }

  /** @param attempts attempts made so far */
  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  /** @return the last observed state or the failure's kind, or {@code null} */
  public String getReason() {
    return reason;
  }

  /** @param reason the last observed state or the failure's kind */
  public void setReason(String reason) {
    this.reason = reason;
  }

  /** @return how the wait ended, or {@code null} while it runs */
  public Outcome getOutcome() {
    return outcome;
  }

  /** @param outcome how the wait ended */
  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  /**
   * @return the time the workflow is allowed from its start (its deadline), or {@code null} for one without a
   *     deadline of its own, e.g. a {@code rollout}, whose machines each have one
   */
  public Duration getTimeout() {
    return timeout;
  }

  /** @param timeout the time the workflow is allowed from its start */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }
}
