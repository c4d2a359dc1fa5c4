package io.github.flyorchestrator.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code flyorchestrations} endpoint ({@code management.endpoint.flyorchestrations.*}). */
@ConfigurationProperties("management.endpoint.flyorchestrations")
public class FlyOrchestrationsEndpointProperties {

  /** How many finished orchestrations are kept unless configured otherwise. */
  public static final int DEFAULT_HISTORY_SIZE = 20;

  /**
   * How many finished orchestrations the endpoint keeps and shows, newest first; 0 shows only those in flight.
   */
  private int historySize = DEFAULT_HISTORY_SIZE;

  public int getHistorySize() {
    return historySize;
  }

  public void setHistorySize(int historySize) {
    this.historySize = historySize;
  }
}
