package io.github.flyorchestrator.exception;

/**
 * A machine reached a state from which the awaited state can no longer be reached, e.g. {@code failed} or
 * {@code destroyed} while waiting for {@code started}, or it is gone (the API answers 404 for a machine it had shown
 * before: {@link #getState()} is {@code destroyed}), or it stopped and its restart policy is {@code no}. The wait ends
 * at once instead of running into its timeout.
 *
 * <p>Raised by {@code createMachineAndWait} and the lifecycle workflows ({@code startAndWait}, {@code stopAndWait},
 * {@code restartAndWait}, {@code suspendAndWait}, {@code updateAndWait}).
 */
public class FlyMachineStateException extends FlyException {

  private static final long serialVersionUID = 1L;

  private final String appName;
  private final String machineId;
  private final String state;
  private final String expectedState;

  /**
   * Creates the exception with a message naming the machine, the state it reached and the state awaited.
   *
   * @param appName the app
   * @param machineId the machine
   * @param state the state the machine reached
   * @param expectedState the state that was awaited
   */
  public FlyMachineStateException(String appName, String machineId, String state, String expectedState) {
    this("machine " + machineId + " of app " + appName + " reached state " + state + " while waiting for "
        + expectedState + "; it will not get there without a new action", appName, machineId, state, expectedState,
        null);
  }

  private FlyMachineStateException(String message, String appName, String machineId, String state,
      String expectedState, Throwable cause) {
    super(message, cause);
    this.appName = appName;
    this.machineId = machineId;
    this.state = state;
    this.expectedState = expectedState;
  }

  /**
   * The machine is gone: the API answers 404 for a machine it had shown before.
   *
   * @param appName the app
   * @param machineId the machine
   * @param expectedState the state that was awaited
   * @param cause the 404
   * @return the exception, with state {@code destroyed}
   */
  public static FlyMachineStateException gone(String appName, String machineId, String expectedState,
      Throwable cause) {
    return new FlyMachineStateException("machine " + machineId + " of app " + appName + " is gone (the API answers "
        + "404 Not Found) while waiting for it to reach " + expectedState, appName, machineId, "destroyed",
        expectedState, cause);
  }

  /**
   * The machine settled in {@code state} and, as its restart policy is {@code no}, will not leave it by itself (the
   * wait endpoint answered 408 "machine failed to reach desired state ... currently stopped").
   *
   * @param appName the app
   * @param machineId the machine
   * @param state the state the 408 names, e.g. {@code stopped}
   * @param expectedState the state that was awaited
   * @param cause the 408
   * @return the exception
   */
  public static FlyMachineStateException notRestarted(String appName, String machineId, String state,
      String expectedState, Throwable cause) {
    return new FlyMachineStateException("machine " + machineId + " of app " + appName + " is " + state
        + " and its restart policy is 'no', so it will not reach " + expectedState + " without a new action",
        appName, machineId, state, expectedState, cause);
  }

  /** @return the app */
  public String getAppName() {
    return appName;
  }

  /** @return the machine id */
  public String getMachineId() {
    return machineId;
  }

  /** @return the state the machine reached, e.g. {@code failed} */
  public String getState() {
    return state;
  }

  /** @return the state that was awaited, e.g. {@code started} */
  public String getExpectedState() {
    return expectedState;
  }
}
