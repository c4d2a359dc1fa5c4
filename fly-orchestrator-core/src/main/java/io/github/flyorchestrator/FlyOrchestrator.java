package io.github.flyorchestrator;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyHealthCheckException;
import io.github.flyorchestrator.exception.FlyLeaseException;
import io.github.flyorchestrator.exception.FlyLeaseHeldException;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.exception.FlyVersionConflictException;
import io.github.flyorchestrator.internal.BlockingFlyOrchestrator;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.ProvisionedApp;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.MachineStateListener;
import io.github.flyorchestrator.param.PollOptions;
import io.github.flyorchestrator.param.ProvisionAppRequest;
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
 * reactive (non-blocking) thread. Errors are thrown as the workflow raised them, never wrapped; an interrupt of the
 * waiting thread cancels the workflow and is thrown as a {@link FlyException} (the thread's interrupt flag is set
 * again).
 *
 * <p>Every optional argument has an overload without it: the defaults are {@link LifecycleOptions#DEFAULTS},
 * {@link StopOptions#DEFAULT} and the default timeout ({@code fly.orchestrator.timeout}).
 *
 * <p>Its length is one method per workflow plus the overloads without optional arguments, each with its errors: one
 * responsibility, the workflows' API.
 */
public interface FlyOrchestrator {

  /**
   * Creates an app and waits, within the default timeout, until it can be read back.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @return the app as first read back
   * @throws IllegalArgumentException when a name is not a valid Fly name (nothing is sent)
   * @throws FlyTimeoutException when the app cannot be read back within the timeout
   * @throws FlyException when the API refuses the create (e.g. 422 {@code name_taken}, 401) or a read
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
   * @throws IllegalArgumentException when a name is not a valid Fly name (nothing is sent)
   * @throws FlyTimeoutException when the app cannot be read back within the timeout
   * @throws FlyException when the API refuses the create (e.g. 422 {@code name_taken}, 401) or a read
   */
  App createAppAndWait(String appName, String orgSlug, Duration timeout);

  /**
   * Creates an app and waits, within the default timeout, until it can be read back and {@code ready} accepts it.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @param ready the condition the app must meet, e.g. {@code App::isDeployed}
   * @return the first app read back that meets the condition
   * @throws IllegalArgumentException when a name is not a valid Fly name (nothing is sent)
   * @throws FlyTimeoutException when no app read back meets the condition within the timeout
   * @throws FlyException when the API refuses the create (e.g. 422 {@code name_taken}, 401) or a read
   */
  App createAppAndWait(String appName, String orgSlug, Predicate<App> ready);

  /**
   * Creates an app and waits until it can be read back and {@code ready} accepts it.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @param timeout deadline for the create and the wait together
   * @param ready the condition the app must meet, e.g. {@code App::isDeployed}
   * @return the first app read back that meets the condition
   * @throws IllegalArgumentException when a name is not a valid Fly name (nothing is sent)
   * @throws FlyTimeoutException when no app read back meets the condition within the timeout
   * @throws FlyException when the API refuses the create (e.g. 422 {@code name_taken}, 401) or a read
   */
  App createAppAndWait(String appName, String orgSlug, Duration timeout, Predicate<App> ready);

  /**
   * Creates a machine and waits for the requested state.
   *
   * @param request what to create and what to wait for
   * @return the machine as read after the wait
   * @throws IllegalArgumentException when the app name is not a valid Fly name (nothing is sent)
   * @throws FlyMachineStateException when the machine lands in a state from which the awaited one cannot be reached
   *     (e.g. {@code failed} while {@code started} is awaited) or is gone
   * @throws FlyTimeoutException when the state is not reached within the request's timeout
   * @throws FlyException when the API refuses the create (e.g. 422, 401)
   * @see ReactiveFlyOrchestrator#createMachineAndWait(CreateMachineRequest)
   */
  Machine createMachineAndWait(CreateMachineRequest request);

  /**
   * Calls {@code check} until it answers done or failed, or the deadline passes.
   *
   * @param check called once per attempt, on a thread that may block
   * @param options timeout, operation name and timeout message
   * @param <T> the value type
   * @return the value of the first done result ({@code null} when that value is {@code null})
   * @throws FlyTimeoutException when no check answers done or failed within the timeout
   * @throws RuntimeException the error of a failed result, or the error a check throws, as it is (a checked one
   *     wrapped in a {@link FlyException})
   */
  <T> T pollUntil(Supplier<PollResult<T>> check, PollOptions options);

  /**
   * Creates a machine and waits, telling {@code listener} of each newly observed state.
   *
   * @param request what to create and what to wait for
   * @param listener told of each new state
   * @return the machine as read after the wait
   * @throws IllegalArgumentException when the app name is not a valid Fly name (nothing is sent)
   * @throws FlyMachineStateException when the machine lands in a state from which the awaited one cannot be reached
   *     (e.g. {@code failed} while {@code started} is awaited) or is gone
   * @throws FlyTimeoutException when the state is not reached within the request's timeout
   * @throws FlyException when the API refuses the create (e.g. 422, 401)
   * @see ReactiveFlyOrchestrator#createMachineAndWait(CreateMachineRequest, MachineStateListener)
   */
  Machine createMachineAndWait(CreateMachineRequest request, MachineStateListener listener);

  /**
   * Starts a machine and waits for {@code started} and its health checks, with {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine lands in {@code failed} or {@code destroyed}, or is gone
   * @throws FlyHealthCheckException when a health check still fails at the deadline
   * @throws FlyTimeoutException when the machine is not {@code started} at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the start or a read (e.g. 401)
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
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine lands in {@code failed} or {@code destroyed}, or is gone
   * @throws FlyHealthCheckException when a health check still fails at the deadline
   * @throws FlyTimeoutException when the machine is not {@code started} at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the start or a read (e.g. 401)
   * @see ReactiveFlyOrchestrator#startAndWait(String, String, LifecycleOptions)
   */
  Machine startAndWait(String appName, String machineId, LifecycleOptions options);

  /**
   * Stops a machine and waits for {@code stopped}, with the machine's stop defaults and
   * {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine is destroyed or gone
   * @throws FlyTimeoutException when the machine is not {@code stopped} at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the stop or a read (e.g. 401)
   */
  default Machine stopAndWait(String appName, String machineId) {
    return stopAndWait(appName, machineId, StopOptions.DEFAULT, LifecycleOptions.DEFAULTS);
  }

  /**
   * Stops a machine with the machine's stop defaults and waits for {@code stopped}.
   *
   * @param appName the app
   * @param machineId the machine
   * @param options timeout, lease nonce, state listener
   * @return the machine as read after the wait
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine is destroyed or gone
   * @throws FlyTimeoutException when the machine is not {@code stopped} at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the stop or a read (e.g. 401)
   */
  default Machine stopAndWait(String appName, String machineId, LifecycleOptions options) {
    return stopAndWait(appName, machineId, StopOptions.DEFAULT, options);
  }

  /**
   * Stops a machine with a signal or kill timeout of its own and waits for {@code stopped}, with
   * {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @param stop signal and kill timeout
   * @return the machine as read after the wait
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine is destroyed or gone
   * @throws FlyTimeoutException when the machine is not {@code stopped} at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the stop or a read (e.g. 401)
   */
  default Machine stopAndWait(String appName, String machineId, StopOptions stop) {
    return stopAndWait(appName, machineId, stop, LifecycleOptions.DEFAULTS);
  }

  /**
   * Stops a machine and waits for {@code stopped}; a stopped machine is returned after one read, without a stop.
   *
   * @param appName the app
   * @param machineId the machine
   * @param stop signal and kill timeout ({@link StopOptions#DEFAULT} for the machine's defaults)
   * @param options timeout, lease nonce, state listener
   * @return the machine as read after the wait
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine is destroyed or gone
   * @throws FlyTimeoutException when the machine is not {@code stopped} at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the stop or a read (e.g. 401)
   * @see ReactiveFlyOrchestrator#stopAndWait(String, String, StopOptions, LifecycleOptions)
   */
  Machine stopAndWait(String appName, String machineId, StopOptions stop, LifecycleOptions options);

  /**
   * Restarts a machine and waits until it is {@code started} again and its health checks pass, with
   * {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine lands in {@code failed} or {@code destroyed}, or is gone
   * @throws FlyHealthCheckException when a health check still fails at the deadline
   * @throws FlyTimeoutException when the machine is not {@code started} again at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the restart or a read (e.g. 401)
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
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine lands in {@code failed} or {@code destroyed}, or is gone
   * @throws FlyHealthCheckException when a health check still fails at the deadline
   * @throws FlyTimeoutException when the machine is not {@code started} again at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the restart or a read (e.g. 401)
   * @see ReactiveFlyOrchestrator#restartAndWait(String, String, LifecycleOptions)
   */
  Machine restartAndWait(String appName, String machineId, LifecycleOptions options);

  /**
   * Suspends a machine and waits for {@code suspended}, with {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine is destroyed or gone
   * @throws FlyTimeoutException when the machine is not {@code suspended} at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the suspend or a read (e.g. 401)
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
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine is destroyed or gone
   * @throws FlyTimeoutException when the machine is not {@code suspended} at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the suspend or a read (e.g. 401)
   * @see ReactiveFlyOrchestrator#suspendAndWait(String, String, LifecycleOptions)
   */
  Machine suspendAndWait(String appName, String machineId, LifecycleOptions options);

  /**
   * Updates a machine's config and waits until it settles and, when {@code started}, passes its health checks, with
   * {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @param config the new config
   * @return the machine as read after it settled
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   * @throws FlyMachineStateException when the machine is gone
   * @throws FlyHealthCheckException when a health check still fails at the deadline
   * @throws FlyTimeoutException when the new version has not settled at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the new version settles in {@code failed}, or the API refuses the update or a read
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
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   * @throws FlyVersionConflictException when an optimistic update finds the machine at another version
   * @throws FlyMachineStateException when the machine is gone
   * @throws FlyHealthCheckException when a health check still fails at the deadline
   * @throws FlyTimeoutException when the new version has not settled at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the new version settles in {@code failed}, or the API refuses the update or a read
   * @see ReactiveFlyOrchestrator#updateAndWait(String, String, MachineConfig, LifecycleOptions)
   */
  Machine updateAndWait(String appName, String machineId, MachineConfig config, LifecycleOptions options);

  /**
   * Destroys a machine and waits until it is gone, with {@link LifecycleOptions#DEFAULTS}; a 404 means done.
   *
   * @param appName the app
   * @param machineId the machine
   * @param force destroy even when it is running
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   * @throws FlyTimeoutException when the machine is not gone at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the destroy (e.g. 412 for a running machine without {@code force})
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
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   * @throws FlyTimeoutException when the machine is not gone at the deadline
   * @throws FlyLeaseHeldException when someone else holds the machine's lease
   * @throws FlyException when the API refuses the destroy (e.g. 412 for a running machine without {@code force})
   * @see ReactiveFlyOrchestrator#destroyAndWait(String, String, boolean, LifecycleOptions)
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
   * @return the action's result (may be {@code null})
   * @throws IllegalArgumentException when the app name or machine id is not valid or {@code ttl} is below 1 s
   *     (nothing is sent)
   * @throws FlyLeaseHeldException when another holder has the lease
   * @throws FlyLeaseException when a lease answer cannot be relied on, or a refresh fails or changes the nonce (the
   *     action is then cancelled and the lease released)
   * @throws RuntimeException what the action throws, as it is
   * @see ReactiveFlyOrchestrator#withLease(String, String, Duration, Function)
   */
  <T> T withLease(String appName, String machineId, Duration ttl, Function<Lease, T> action);

  /**
   * Rolls a config change over an app's machines, skipping those on a host that is not {@code ok}. A machine that
   * fails is reported in the result, not thrown.
   *
   * @param request the change, the selection, concurrency, failure policy, timeouts
   * @return every selected machine's outcome
   * @throws IllegalArgumentException when the app name is not valid (nothing is sent)
   * @throws FlyException when the app's machines cannot be listed
   * @see ReactiveFlyOrchestrator#rollout(RolloutRequest)
   */
  RolloutResult rollout(RolloutRequest request);

  /**
   * Makes an app ready for traffic on its hostnames: adopts or creates it, allocates the addresses it lacks, requests
   * the certificates it lacks and waits until every one is issued, within the request's timeout.
   *
   * @param request the app, its organization, the addresses and hostnames, the timeout
   * @return the app, all its addresses and each hostname's issued certificate
   * @throws IllegalArgumentException when the app name, the organization or a hostname is not valid (nothing is
   *     sent)
   * @throws NullPointerException when {@code request} is {@code null}
   * @throws FlyTimeoutException when a certificate is not issued at the deadline; its message names each waiting
   *     hostname and the DNS records it misses
   * @throws FlyException when the app exists in another organization (nothing is changed) or the API refuses a step
   * @see ReactiveFlyOrchestrator#provisionAppAndWait(ProvisionAppRequest)
   */
  ProvisionedApp provisionAppAndWait(ProvisionAppRequest request);

  /**
   * Releases an app's addresses, deletes it and waits, within the default timeout, until it is gone.
   *
   * @param appName the app
   * @throws IllegalArgumentException when the app name is not valid (nothing is sent)
   * @throws FlyTimeoutException when the app can still be read at the deadline
   * @throws FlyException when the API refuses a release or the delete
   * @see ReactiveFlyOrchestrator#deprovisionAppAndWait(String, Duration)
   */
  void deprovisionAppAndWait(String appName);

  /**
   * Releases an app's addresses, deletes it and waits until it is gone; what is already gone counts as done.
   *
   * @param appName the app
   * @param timeout deadline for the whole workflow
   * @throws IllegalArgumentException when the app name is not valid (nothing is sent)
   * @throws FlyTimeoutException when the app can still be read at the deadline
   * @throws FlyException when the API refuses a release or the delete
   * @see ReactiveFlyOrchestrator#deprovisionAppAndWait(String, Duration)
   */
  void deprovisionAppAndWait(String appName, Duration timeout);

  /**
   * Shuts the orchestrator down gracefully and waits until it is down: calls made from now on fail with a
   * {@link FlyException} saying the orchestrator is shutting down; calls in flight get {@code gracePeriod} to end,
   * then each is abandoned with a WARN line (what it was doing, the state it left, how to resume), cancelled (its
   * leases released, its observation ended with outcome {@code cancelled}) and its caller gets a
   * {@link FlyException}. The client is not closed.
   *
   * @param gracePeriod how long calls in flight may still run, e.g.
   *     {@link ReactiveFlyOrchestrator#DEFAULT_SHUTDOWN_GRACE_PERIOD}; zero abandons them at once
   * @throws NullPointerException when {@code gracePeriod} is {@code null}
   * @throws IllegalArgumentException when {@code gracePeriod} is negative
   * @throws FlyException when the calling thread is interrupted while it waits
   * @see ReactiveFlyOrchestrator#shutdown(Duration)
   */
  void shutdown(Duration gracePeriod);

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
