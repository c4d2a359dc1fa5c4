package io.github.flyorchestrator;

import io.github.flyorchestrator.exception.FlyLeaseException;
import io.github.flyorchestrator.exception.FlyLeaseHeldException;
import io.github.flyorchestrator.internal.BlockingFlyOrchestrator;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.MachineStateListener;
import io.github.flyorchestrator.param.PollOptions;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.param.StopOptions;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Blocking twin of {@link ReactiveFlyOrchestrator}: the same workflows, the same deadlines and telemetry, for code
 * that is not reactive. Each method blocks the calling thread until the workflow ends; it must not be called from a
 * reactive (non-blocking) thread.
 */
public interface FlyOrchestrator {

  /**
   * Creates an app and waits, within the default timeout, until it can be read back.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @return the app as first read back
   * @see ReactiveFlyOrchestrator#createAppAndWait(String, String)
   */
  App createAppAndWait(String appName, String orgSlug);

  /**
   * Creates an app and waits until it can be read back.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @param timeout deadline for the create and the wait together
   * @return the app as first read back
   */
  App createAppAndWait(String appName, String orgSlug, Duration timeout);

  /**
   * Creates an app and waits until it can be read back and {@code ready} accepts it.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @param timeout deadline for the create and the wait together
   * @param ready the condition the app must meet
   * @return the first app read back that meets the condition
   */
  App createAppAndWait(String appName, String orgSlug, Duration timeout, Predicate<App> ready);

  /**
   * Creates a machine and waits for the requested state.
   *
   * @param request what to create and what to wait for
   * @return the machine as read after the wait
   * @see ReactiveFlyOrchestrator#createMachineAndWait(CreateMachineRequest)
   */
  Machine createMachineAndWait(CreateMachineRequest request);

  /**
   * Calls {@code check} until it answers done or failed, or the deadline passes.
   *
   * @param check called once per attempt, on a thread that may block
   * @param options timeout, operation name and timeout message
   * @param <T> the value type
   * @return the value of the first done result
   */
  <T> T pollUntil(Supplier<PollResult<T>> check, PollOptions options);

  /**
   * Creates a machine and waits, telling {@code listener} of each newly observed state.
   *
   * @param request what to create and what to wait for
   * @param listener told of each new state, or {@code null}
   * @return the machine as read after the wait
   * @see ReactiveFlyOrchestrator#createMachineAndWait(CreateMachineRequest, MachineStateListener)
   */
  Machine createMachineAndWait(CreateMachineRequest request, MachineStateListener listener);

  /**
   * Starts a machine and waits for {@code started}, within the default timeout.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait
   */
  default Machine startAndWait(String appName, String machineId) {
    return startAndWait(appName, machineId, LifecycleOptions.DEFAULTS);
  }

  /**
   * Starts a machine and waits for {@code started} and its health checks; a started machine is not started again.
   *
   * @param appName the app
   * @param machineId the machine
   * @param options timeout, lease nonce, state listener, health checks
   * @return the machine as read after the wait
   * @see ReactiveFlyOrchestrator#startAndWait(String, String, LifecycleOptions)
   */
  Machine startAndWait(String appName, String machineId, LifecycleOptions options);

  /**
   * Stops a machine and waits for {@code stopped}, within the default timeout.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait
   */
  default Machine stopAndWait(String appName, String machineId) {
    return stopAndWait(appName, machineId, StopOptions.DEFAULT, LifecycleOptions.DEFAULTS);
  }

  /**
   * Stops a machine and waits for {@code stopped}; a stopped machine is returned after one read, without a stop.
   *
   * @param appName the app
   * @param machineId the machine
   * @param stop signal and kill timeout, or {@code null}
   * @param options timeout, lease nonce, state listener
   * @return the machine as read after the wait
   */
  Machine stopAndWait(String appName, String machineId, StopOptions stop, LifecycleOptions options);

  /**
   * Restarts a machine and waits until it is {@code started} again, within the default timeout.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait
   */
  default Machine restartAndWait(String appName, String machineId) {
    return restartAndWait(appName, machineId, LifecycleOptions.DEFAULTS);
  }

  /**
   * Restarts a machine and waits until it is {@code started} again (never ended by the old {@code started}) and its
   * health checks pass.
   *
   * @param appName the app
   * @param machineId the machine
   * @param options timeout, lease nonce, state listener, health checks
   * @return the machine as read after the wait
   * @see ReactiveFlyOrchestrator#restartAndWait(String, String, LifecycleOptions)
   */
  Machine restartAndWait(String appName, String machineId, LifecycleOptions options);

  /**
   * Suspends a machine and waits for {@code suspended}, within the default timeout.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait
   */
  default Machine suspendAndWait(String appName, String machineId) {
    return suspendAndWait(appName, machineId, LifecycleOptions.DEFAULTS);
  }

  /**
   * Suspends a machine and waits for {@code suspended}; a suspended machine is returned after one read.
   *
   * @param appName the app
   * @param machineId the machine
   * @param options timeout, lease nonce, state listener
   * @return the machine as read after the wait
   */
  Machine suspendAndWait(String appName, String machineId, LifecycleOptions options);

  /**
   * Updates a machine's config and waits until it settles, within the default timeout.
   *
   * @param appName the app
   * @param machineId the machine
   * @param config the new config
   * @return the machine as read after it settled
   */
  default Machine updateAndWait(String appName, String machineId, MachineConfig config) {
    return updateAndWait(appName, machineId, config, LifecycleOptions.DEFAULTS);
  }

  /**
   * Updates a machine's config and waits until the new version settles and, when {@code started}, passes its health
   * checks; fails when it settles in {@code failed}. Sends {@code current_version} only for an optimistic update.
   *
   * @param appName the app
   * @param machineId the machine
   * @param config the new config
   * @param options timeout, lease nonce, state listener, health checks, expected version
   * @return the machine as read after it settled
   * @see ReactiveFlyOrchestrator#updateAndWait(String, String, MachineConfig, LifecycleOptions)
   */
  Machine updateAndWait(String appName, String machineId, MachineConfig config, LifecycleOptions options);

  /**
   * Destroys a machine and waits until it is gone, within the default timeout.
   *
   * @param appName the app
   * @param machineId the machine
   * @param force destroy even when it is running
   */
  default void destroyAndWait(String appName, String machineId, boolean force) {
    destroyAndWait(appName, machineId, force, LifecycleOptions.DEFAULTS);
  }

  /**
   * Destroys a machine and waits until it is gone; a 404 means done.
   *
   * @param appName the app
   * @param machineId the machine
   * @param force destroy even when it is running
   * @param options timeout, lease nonce, state listener
   */
  void destroyAndWait(String appName, String machineId, boolean force, LifecycleOptions options);

  /**
   * Runs {@code action} on a thread that may block, while holding the machine's lease (acquired first, refreshed in
   * the background, released afterwards even when the action throws or the calling thread is interrupted).
   *
   * @param appName the app
   * @param machineId the machine
   * @param ttl lease time to live, at least 1 s
   * @param action what to do under the lease; pass {@code LifecycleOptions.underLease(lease)} to mutations
   * @param <T> the value type
   * @return the action's result (may be {@code null}); a {@link FlyLeaseHeldException} when another holder has the
   *     lease; a {@link FlyLeaseException} when a lease answer cannot be relied on
   * @see ReactiveFlyOrchestrator#withLease(String, String, Duration, Function)
   */
  <T> T withLease(String appName, String machineId, Duration ttl, Function<Lease, T> action);

  /**
   * Rolls a config change over an app's machines, skipping those on a host that is not {@code ok}.
   *
   * @param request the change, the selection, concurrency, failure policy, timeouts
   * @return every selected machine's outcome
   * @see ReactiveFlyOrchestrator#rollout(RolloutRequest)
   */
  RolloutResult rollout(RolloutRequest request);

  /**
   * The blocking orchestrator over a reactive one; {@link #pollUntil} runs its blocking checks on
   * {@link Schedulers#boundedElastic()}.
   *
   * @param reactive the orchestrator to block on, e.g. {@code ReactiveFlyOrchestrator.builder(client).build()}
   * @return the blocking orchestrator
   */
  static FlyOrchestrator blocking(ReactiveFlyOrchestrator reactive) {
    return blocking(reactive, Schedulers.boundedElastic());
  }

  /**
   * The blocking orchestrator over a reactive one.
   *
   * @param reactive the orchestrator to block on
   * @param blockingScheduler where {@link #pollUntil} runs its blocking checks
   * @return the blocking orchestrator
   */
  static FlyOrchestrator blocking(ReactiveFlyOrchestrator reactive, Scheduler blockingScheduler) {
    return new BlockingFlyOrchestrator(reactive, blockingScheduler);
  }
}
