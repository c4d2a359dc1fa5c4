package io.github.flyorchestrator.internal;

import io.github.flyorchestrator.internal.util.HumanDuration;
import io.github.flyorchestrator.observation.FlyWaitObservationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One public workflow call in flight, as {@link InFlightWorkflows} tracks it: what was called, the observation
 * contexts of the waits it started (outermost first, updated as it goes), when it started and a signal for its end.
 * It describes itself for the shutdown's log line about an abandoned workflow: what it was doing, the state it left
 * and how to resume.
 */
final class InFlightWorkflow {

  /** The name of {@code withLease}, whose action the shutdown cancels under the lease. */
  static final String WITH_LEASE = "withLease";
  /** The name of {@code createMachineAndWait}, the one workflow whose machine id is learned as it goes. */
  static final String CREATE_MACHINE = "createMachineAndWait";
  /** The name of {@code rollout}, whose machines each have a wait of their own. */
  static final String ROLLOUT = "rollout";

  private final Call call;
  private final long startedAtMillis;
  private final List<FlyWaitObservationContext> waits = new CopyOnWriteArrayList<>();
  private final Sinks.Empty<Void> ended = Sinks.empty();

  /**
   * What a caller asked for.
   *
   * @param method the facade method, e.g. {@code createMachineAndWait}
   * @param app the app, or {@code null} (a {@code pollUntil})
   * @param machineId the machine, or {@code null} when not known at the call
   * @param goal what the workflow waits for, e.g. {@code started}, or {@code null}
   */
  record Call(String method, String app, String machineId, String goal) {

    Call {
      Objects.requireNonNull(method, "method must not be null");
    }

    /** @return e.g. {@code startAndWait of machine 9080 of app my-app} */
    String describe() {
      StringBuilder text = new StringBuilder(method);
      if (machineId != null) {
        text.append(" of machine ").append(machineId);
      }
      if (app != null) {
        text.append(" of app ").append(app);
      }
      return text.toString();
    }
  }

  InFlightWorkflow(Call call, long startedAtMillis) {
    this.call = Objects.requireNonNull(call, "call must not be null");
    this.startedAtMillis = startedAtMillis;
  }

  Call call() {
    return call;
  }

  /** Records the context of a wait that started inside this workflow. @param context the wait's context */
  void waitStarted(FlyWaitObservationContext context) {
    waits.add(context);
  }

  /** Signals that the workflow ended, however it ended. */
  void end() {
    ended.tryEmitEmpty();
  }

  /** @return completes when the workflow has ended */
  Mono<Void> ended() {
    return ended.asMono();
  }

  /**
   * The log line of a workflow the shutdown abandons.
   *
   * @param gracePeriod the grace period it was given
   * @param nowMillis the scheduler's clock now
   * @return what it was doing, the state it left and how to resume
   */
  String abandonedMessage(Duration gracePeriod, long nowMillis) {
    return "Shutdown abandoned " + call.describe() + " after the grace period of " + HumanDuration.format(gracePeriod)
        + " (it ran " + HumanDuration.format(Duration.ofMillis(nowMillis - startedAtMillis)) + "); it left "
        + leftState() + ". To finish it, re-run the same call.";
  }

  /** The "shutting down" message of the error the caller of an abandoned workflow gets. @return the message */
  String cancelledMessage() {
    return "the orchestrator is shutting down: " + call.describe() + " was cancelled after its grace period; it left "
        + leftState() + "; re-run the same call to finish it";
  }

  private String leftState() {
    FlyWaitObservationContext outer = waits.isEmpty() ? null : waits.get(0);
    String machine = call.machineId() != null ? call.machineId() : outer != null ? outer.getMachineId() : null;
    String lastSeen = outer != null ? outer.getReason() : null;
    List<String> parts = new ArrayList<>();
    if (call.method().equals(WITH_LEASE)) {
      parts.add("the action under the lease of machine " + machine + " cancelled; the lease is released with it");
    } else if (machine != null) {
      parts.add("machine " + machine + (lastSeen != null ? " last seen: " + lastSeen : " in a state not yet read")
          + (call.goal() != null ? ", not yet " + call.goal() : ""));
    } else if (call.method().equals(ROLLOUT)) {
      parts.add("the machines it had not updated yet on their old config");
    } else if (call.method().equals(CREATE_MACHINE)) {
      parts.add("no machine id known yet (the create may or may not have reached Fly)");
    } else {
      parts.add(lastSeen != null ? "its last check answered: " + lastSeen : "no answer read yet");
    }
    for (FlyWaitObservationContext inner : waits.subList(Math.min(1, waits.size()), waits.size())) {
      if (inner.getOutcome() == null) {
        String which = inner.getMachineId() != null ? "machine " + inner.getMachineId() : "a machine";
        String seen = inner.getReason() != null ? inner.getReason() : "not yet read";
        parts.add(which + " in " + inner.getOperation() + ", last seen: " + seen);
      }
    }
    return String.join("; ", parts);
  }
}
