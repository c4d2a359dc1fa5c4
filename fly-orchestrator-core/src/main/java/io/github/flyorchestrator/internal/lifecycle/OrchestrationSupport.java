package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.internal.observation.WaitObservation;
import io.github.flyorchestrator.internal.wait.BackoffSchedule;
import io.github.flyorchestrator.internal.wait.Deadline;
import io.github.flyorchestrator.internal.wait.MachineStateWaiter;
import io.github.flyorchestrator.internal.wait.Poller;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.observation.FlyWaitObservationContext;
import io.github.flyorchestrator.param.MachineStateListener;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * What every orchestration shares: the client, the settings, the scheduler whose clock drives deadlines and pauses,
 * the waiting engine and the {@code fly.orchestrator.wait} observation. It also starts each orchestration's
 * observation and deadline together.
 *
 * @param client the Machines API client
 * @param settings default timeout, backoff, wait endpoint on or off
 * @param observation the observation helper
 * @param scheduler clock and timer
 * @param backoff pauses between retries
 * @param poller the polling engine
 * @param waiter the machine state waiter
 */
public record OrchestrationSupport(ReactiveFlyMachinesClient client, OrchestratorSettings settings,
    WaitObservation observation, Scheduler scheduler, BackoffSchedule backoff, Poller poller,
    MachineStateWaiter waiter) {

  private static final Pattern MACHINE_STATE = Pattern.compile("[a-z_]+");

  /** Validates the values. */
  public OrchestrationSupport {
    Objects.requireNonNull(client, "client must not be null");
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(observation, "observation must not be null");
    Objects.requireNonNull(scheduler, "scheduler must not be null");
    Objects.requireNonNull(backoff, "backoff must not be null");
    Objects.requireNonNull(poller, "poller must not be null");
    Objects.requireNonNull(waiter, "waiter must not be null");
  }

  /**
   * Wires the waiting engine for a client.
   *
   * @param client the Machines API client
   * @param settings the settings
   * @param observation the observation helper
   * @param scheduler clock and timer
   * @return the support
   */
  public static OrchestrationSupport create(ReactiveFlyMachinesClient client, OrchestratorSettings settings,
      WaitObservation observation, Scheduler scheduler) {
    BackoffSchedule backoff = BackoffSchedule.of(settings.backoff());
    Poller poller = new Poller(backoff, scheduler);
    return new OrchestrationSupport(client, settings, observation, scheduler, backoff, poller,
        new MachineStateWaiter(client, poller, backoff, settings.useWaitEndpoint()));
  }

  /**
   * @param timeout a requested timeout, or {@code null}
   * @return it, or the default timeout
   */
  public Duration timeoutOrDefault(Duration timeout) {
    return timeout != null ? timeout : settings.defaultTimeout();
  }

  /**
   * Runs {@code body} in a {@code fly.orchestrator.wait} observation with a deadline started on subscription.
   *
   * @param operation the operation name
   * @param app the app
   * @param machineId the machine, or {@code null} until known
   * @param timeout the deadline
   * @param timeoutMessage what is awaited, as the timeout message names it ("timed out after 5s waiting for
   *     {@code timeoutMessage} (last state: created, 3 attempts)"), e.g. {@code machine 1781 of app my-app to reach
   *     started}
   * @param listener told of newly observed states, or {@code null}
   * @param body the orchestration, given its progress (deadline and attempts)
   * @param <T> the value type
   * @return the observed orchestration
   */
  public <T> Mono<T> observe(String operation, String app, String machineId, Duration timeout, String timeoutMessage,
      MachineStateListener listener, Function<WaitProgress, Mono<T>> body) {
    return observation.observe(operation, app, context -> {
      if (machineId != null) {
        context.setMachineId(machineId);
      }
      return body.apply(progress(operation, timeout, timeoutMessage, context, listener));
    });
  }

  /**
   * A wait's progress that updates the observation context and tells {@code listener} of each new machine state.
   *
   * @param operation the operation name
   * @param timeout the deadline
   * @param timeoutMessage what is awaited, as the timeout message names it, e.g. {@code machine 1781 of app my-app
   *     to reach started}
   * @param context the observation context
   * @param listener told of newly observed states, or {@code null}
   * @return the progress, its deadline started now (and recorded in the context)
   */
  public WaitProgress progress(String operation, Duration timeout, String timeoutMessage,
      FlyWaitObservationContext context, MachineStateListener listener) {
    Deadline deadline = Deadline.start(timeout, scheduler);
    context.setTimeout(timeout);
    AtomicReference<String> lastReported = new AtomicReference<>();
    return new WaitProgress(operation, deadline, timeoutMessage, (attempts, state) -> {
      context.setAttempts(attempts);
      context.setReason(state);
      if (listener != null && state != null && MACHINE_STATE.matcher(state).matches()
          && !state.equals(lastReported.getAndSet(state))) {
        try {
          listener.onStateObserved(context.getMachineId(), state, deadline.elapsed());
        } catch (RuntimeException ignored) {
          // A progress display must not break the orchestration.
        }
      }
    });
  }
}
