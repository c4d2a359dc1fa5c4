package io.github.flyorchestrator.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The body of the {@code flyorchestrations} endpoint: the orchestrator's workflows in flight, oldest first, and the
 * last finished ones, newest first.
 *
 * @param inFlight the workflows running now
 * @param finished the last finished workflows, as many as {@code management.endpoint.flyorchestrations.history-size}
 */
public record FlyOrchestrationsDescriptor(List<Orchestration> inFlight, List<Orchestration> finished) {

  /** Copies the lists. */
  public FlyOrchestrationsDescriptor {
    inFlight = List.copyOf(inFlight);
    finished = List.copyOf(finished);
  }

  /**
   * One workflow (one {@code fly.orchestrator.wait} observation).
   *
   * @param operation e.g. {@code start_and_wait} or {@code rollout}
   * @param app the app, or {@code null} (a {@code pollUntil})
   * @param machineId the machine, or {@code null} while not known
   * @param startedAt when it started
   * @param finishedAt when it ended, or {@code null} while it runs
   * @param elapsed how long it has run, or ran
   * @param attempts the reads, checks and wait calls made so far
   * @param lastState the last observed state or failure kind (e.g. {@code starting}, {@code http 404}), or
   *     {@code null}
   * @param deadline when it times out, or {@code null} for one without a deadline of its own (a {@code rollout}:
   *     each machine's update has one)
   * @param outcome {@code success}, {@code timeout}, {@code error} or {@code cancelled}; {@code null} while it runs
   * @param error the simple class name of the error it ended with, e.g. {@code FlyTimeoutException}, or {@code null}
   * @param nested the workflows run inside it, e.g. the {@code update_and_wait} of each machine of a rollout
   */
  public record Orchestration(String operation, String app, String machineId, Instant startedAt, Instant finishedAt,
      Duration elapsed, int attempts, String lastState, Instant deadline, String outcome, String error,
      List<Orchestration> nested) {

    /** Copies the nested list. */
    public Orchestration {
      nested = List.copyOf(nested);
    }
  }
}
