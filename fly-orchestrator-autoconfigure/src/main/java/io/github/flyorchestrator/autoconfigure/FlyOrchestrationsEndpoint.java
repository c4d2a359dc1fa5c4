package io.github.flyorchestrator.autoconfigure;

import java.util.Objects;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code flyorchestrations} Actuator endpoint: the orchestrator's workflows in flight and the last finished
 * ones, as {@link FlyOrchestrationTracker} saw them. Like every endpoint it is exposed only where the application
 * includes it ({@code management.endpoints.web.exposure.include=health,flyorchestrations}, or the JMX equivalent).
 */
@Endpoint(id = FlyOrchestrationsEndpoint.ID)
public class FlyOrchestrationsEndpoint {

  /** The endpoint id. */
  public static final String ID = "flyorchestrations";

  private final FlyOrchestrationTracker tracker;

  /**
   * Creates the endpoint.
   *
   * @param tracker where the workflows are tracked
   * @throws NullPointerException when {@code tracker} is {@code null}
   */
  public FlyOrchestrationsEndpoint(FlyOrchestrationTracker tracker) {
    this.tracker = Objects.requireNonNull(tracker, "tracker must not be null");
  }

  /** @return the workflows in flight, oldest first, and the last finished ones, newest first */
  @ReadOperation
  public FlyOrchestrationsDescriptor orchestrations() {
    return tracker.orchestrations();
  }
}
