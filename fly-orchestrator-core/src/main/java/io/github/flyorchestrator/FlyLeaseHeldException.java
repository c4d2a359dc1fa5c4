package io.github.flyorchestrator;

/**
 * A machine's lease is held by someone else (the API answered 409 to the acquire), so the machine cannot be changed
 * under a lease now. Carries the HTTP details of the 409.
 */
public class FlyLeaseHeldException extends FlyException {

  private static final long serialVersionUID = 1L;

  private final String appName;
  private final String machineId;

  /**
   * Creates the exception.
   *
   * @param appName the app
   * @param machineId the machine
   * @param detail how long was waited, or {@code null}
   * @param conflict the 409 from the acquire
   */
  public FlyLeaseHeldException(String appName, String machineId, String detail, FlyException conflict) {
    super("Machine " + machineId + " of app " + appName + " is leased by another holder (HTTP 409"
            + (conflict.getError() != null ? ": " + conflict.getError() : "") + ")"
            + (detail != null ? "; " + detail : "") + "; try again when that lease is released or expired",
        conflict.getHttpStatus(), conflict.getError(), conflict.getFlyStatus(), conflict.getRequestId(),
        conflict.getMethod(), conflict.getPath(), conflict);
    this.appName = appName;
    this.machineId = machineId;
  }

  /** @return the app */
  public String getAppName() {
    return appName;
  }

  /** @return the machine */
  public String getMachineId() {
    return machineId;
  }
}
