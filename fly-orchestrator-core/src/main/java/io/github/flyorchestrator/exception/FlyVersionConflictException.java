package io.github.flyorchestrator.exception;

import io.github.flyorchestrator.param.LifecycleOptions;

/**
 * An optimistic update (see {@link LifecycleOptions#expectedVersion()}) found the machine at another version than
 * the one its config was based on: either the read before the update showed another version (nothing was sent) or
 * the API refused the update's {@code current_version} (the refusal is the cause).
 *
 * <p>Raised by {@code updateAndWait} with {@code LifecycleOptions.withExpectedVersion}, and by a {@code rollout} with
 * {@code optimisticUpdates} (reported as the machine's failure).
 */
public class FlyVersionConflictException extends FlyException {

  private static final long serialVersionUID = 1L;

  private final String appName;
  private final String machineId;
  private final String expectedVersion;
  private final String actualVersion;

  /**
   * Creates the exception.
   *
   * @param appName the app
   * @param machineId the machine
   * @param expectedVersion the version the update was based on
   * @param actualVersion the version the machine was read at, or {@code null} when only the API's refusal tells
   * @param refusal the API's answer to the update, or {@code null} when nothing was sent
   */
  public FlyVersionConflictException(String appName, String machineId, String expectedVersion, String actualVersion,
      FlyException refusal) {
    super("machine " + machineId + " of app " + appName + " is no longer at version " + expectedVersion
            + (actualVersion != null ? " but at " + actualVersion : "")
            + (refusal != null ? "; the API refused the update: " + refusal.getMessage()
                : "; the update was not sent")
            + "; read the machine again and base the new config on its current version",
        refusal != null ? refusal.getHttpStatus() : null, refusal != null ? refusal.getError() : null,
        refusal != null ? refusal.getFlyStatus() : null, refusal != null ? refusal.getRequestId() : null,
        refusal != null ? refusal.getMethod() : null, refusal != null ? refusal.getPath() : null, refusal);
    this.appName = appName;
    this.machineId = machineId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** @return the app */
  public String getAppName() {
    return appName;
  }

  /** @return the machine */
  public String getMachineId() {
    return machineId;
  }

  /** @return the version the update was based on */
  public String getExpectedVersion() {
    return expectedVersion;
  }

  /** @return the version the machine was read at, or {@code null} when only the API's refusal tells */
  public String getActualVersion() {
    return actualVersion;
  }
}
