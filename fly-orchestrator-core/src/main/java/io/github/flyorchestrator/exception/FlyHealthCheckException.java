package io.github.flyorchestrator.exception;

import io.github.flyorchestrator.model.CheckStatus;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A machine reached {@code started}, but some of its health checks still did not pass when the deadline came. A
 * {@link FlyTimeoutException} (the deadline passed) that also names each failing check with its status and output,
 * e.g. "... : 'alive' is critical: connection refused".
 *
 * <p>Raised by {@code startAndWait}, {@code restartAndWait} and {@code updateAndWait} unless
 * {@code LifecycleOptions.withHealthChecks(false)}; a {@code rollout} reports it as the machine's failure.
 */
public class FlyHealthCheckException extends FlyTimeoutException {

  private static final long serialVersionUID = 1L;

  private final String appName;
  private final String machineId;
  private final transient List<CheckStatus> failingChecks;

  /**
   * Creates the exception from the timeout of the health-check wait.
   *
   * @param timeout the wait's timeout, whose message, attempts and elapsed time are kept
   * @param appName the app
   * @param machineId the machine
   * @param failingChecks the checks that did not pass in the last read of the machine
   */
  public FlyHealthCheckException(FlyTimeoutException timeout, String appName, String machineId,
      List<CheckStatus> failingChecks) {
    super(timeout.getMessage() + ": " + describe(failingChecks), timeout.getOperation(), timeout.getAttempts(),
        timeout.getElapsed(), timeout.getLastObservedState(), timeout.getCause());
    this.appName = Objects.requireNonNull(appName, "appName must not be null");
    this.machineId = Objects.requireNonNull(machineId, "machineId must not be null");
    this.failingChecks = List.copyOf(failingChecks);
  }

  private static String describe(List<CheckStatus> checks) {
    return checks.isEmpty() ? "no check result was reported"
        : checks.stream().map(CheckStatus::describe).collect(Collectors.joining("; "));
  }

  /** @return the app */
  public String getAppName() {
    return appName;
  }

  /** @return the machine */
  public String getMachineId() {
    return machineId;
  }

  /** @return the checks that did not pass in the last read, each with its status and output */
  public List<CheckStatus> getFailingChecks() {
    return failingChecks == null ? List.of() : failingChecks;
  }
}
