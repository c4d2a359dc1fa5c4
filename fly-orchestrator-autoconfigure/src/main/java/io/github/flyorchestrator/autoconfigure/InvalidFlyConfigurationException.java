package io.github.flyorchestrator.autoconfigure;

/**
 * The {@code fly.*} configuration cannot work (no token, an insecure base URL, ...). Startup fails with this
 * exception and {@link FlyConfigurationFailureAnalyzer} turns it into a report that says what to set.
 */
public class InvalidFlyConfigurationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String action;

  /**
   * Creates the exception.
   *
   * @param description what is wrong (never contains the token)
   * @param action what to do about it
   */
  public InvalidFlyConfigurationException(String description, String action) {
    super(description);
    this.action = action;
  }

  /** @return what to do about it */
  public String getAction() {
    return action;
  }
}
