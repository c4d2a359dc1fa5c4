package io.github.flyorchestrator;

/**
 * A machine reached a state from which the awaited state can no longer be reached, e.g. {@code failed} or
 * {@code destroyed} while waiting for {@code started}. The wait ends at once instead of running into its timeout.
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
    super("Machine " + machineId + " of app " + appName + " reached state '" + state + "' while waiting for '"
        + expectedState + "'; it will not get there without a new action", null);
    this.appName = appName;
    this.machineId = machineId;
    this.state = state;
    this.expectedState = expectedState;
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
