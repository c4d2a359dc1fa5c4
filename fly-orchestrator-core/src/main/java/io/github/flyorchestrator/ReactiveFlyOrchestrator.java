package io.github.flyorchestrator;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyHealthCheckException;
import io.github.flyorchestrator.exception.FlyLeaseException;
import io.github.flyorchestrator.exception.FlyLeaseHeldException;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.exception.FlyVersionConflictException;
import io.github.flyorchestrator.internal.DefaultReactiveFlyOrchestratorBuilder;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.ProvisionedApp;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.observation.FlyWaitObservationConvention;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.MachineStateListener;
import io.github.flyorchestrator.param.PollOptions;
import io.github.flyorchestrator.param.ProvisionAppRequest;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.param.StopOptions;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Multi-step Fly Machines workflows that end when the resource is really usable, with backoff, a real deadline and
 * one {@code fly.orchestrator.wait} observation per call. Nothing happens until the returned {@link Mono} is
 * subscribed; cancelling the subscription stops polling and in-flight requests.
 *
 * <p>Errors: arguments are checked when the method is called (an invalid app name, machine id or lease nonce is an
 * {@link IllegalArgumentException} thrown at once, before anything is sent); everything else arrives as the error
 * of the {@code Mono}, whose types each method lists in its {@code @return}.
 *
 * <p>Every optional argument has an overload without it: the defaults are {@link LifecycleOptions#DEFAULTS},
 * {@link StopOptions#DEFAULT} and the default timeout ({@code fly.orchestrator.timeout}). The blocking twin is
 * {@link FlyOrchestrator}.
 *
 * <p>Its length is one method per workflow plus the overloads without optional arguments, each with its errors: one
 * responsibility, the workflows' API.
 */
public interface ReactiveFlyOrchestrator {

  /**
   * The grace period of a shutdown when none is configured: 20 s, under Spring's default
   * {@code spring.lifecycle.timeout-per-shutdown-phase} of 30 s, so that cancelling and releasing leases fits in the
   * phase.
   */
  Duration DEFAULT_SHUTDOWN_GRACE_PERIOD = Duration.ofSeconds(20);

  /**
   * Creates an app and waits, within the default timeout, until {@code GET /v1/apps/{name}} answers 200 (a 404 right
   * after the create is normal and means keep polling).
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @return the app as first read back; the {@code Mono} fails with {@link FlyTimeoutException} when the app cannot
   *     be read back within the timeout, or {@link FlyException} when the API refuses the create (e.g. 422
   *     {@code name_taken}, 401) or a read
   * @throws IllegalArgumentException when a name is not a valid Fly name (nothing is sent)
   */
  Mono<App> createAppAndWait(String appName, String orgSlug);

  /**
   * Creates an app and waits until it can be read back.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @param timeout deadline for the create and the wait together
   * @return the app as first read back; the {@code Mono} fails with {@link FlyTimeoutException} when the app cannot
   *     be read back within the timeout, or {@link FlyException} when the API refuses the create (e.g. 422
   *     {@code name_taken}, 401) or a read
   * @throws IllegalArgumentException when a name is not a valid Fly name (nothing is sent)
   */
  Mono<App> createAppAndWait(String appName, String orgSlug, Duration timeout);

  /**
   * Creates an app and waits, within the default timeout, until it can be read back and {@code ready} accepts it.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @param ready the condition the app must meet, e.g. {@code App::isDeployed}
   * @return the first app read back that meets the condition; the {@code Mono} fails with
   *     {@link FlyTimeoutException} when none does within the timeout, or {@link FlyException} when the API refuses
   *     the create (e.g. 422 {@code name_taken}, 401) or a read
   * @throws IllegalArgumentException when a name is not a valid Fly name (nothing is sent)
   */
  Mono<App> createAppAndWait(String appName, String orgSlug, Predicate<App> ready);

  /**
   * Creates an app and waits until it can be read back and {@code ready} accepts it, e.g.
   * {@code App::isDeployed}.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @param timeout deadline for the create and the wait together
   * @param ready the condition the app must meet
   * @return the first app read back that meets the condition; the {@code Mono} fails with
   *     {@link FlyTimeoutException} when none does within the timeout, or {@link FlyException} when the API refuses
   *     the create (e.g. 422 {@code name_taken}, 401) or a read
   * @throws IllegalArgumentException when a name is not a valid Fly name (nothing is sent)
   */
  Mono<App> createAppAndWait(String appName, String orgSlug, Duration timeout, Predicate<App> ready);

  /**
   * Creates a machine and waits for the requested state (default {@code started}) using the wait endpoint with the
   * machine's version, re-issued in calls of at most 60 s until the deadline, falling back to polling the machine
   * when the wait endpoint cannot be used. Waiting for {@code started} ends early when the machine lands in
   * {@code failed} or {@code destroyed}.
   *
   * @param request what to create and what to wait for
   * @return the machine as read after the wait; the {@code Mono} fails with {@link FlyMachineStateException} when
   *     the machine lands in a state from which the awaited one cannot be reached or is gone,
   *     {@link FlyTimeoutException} when the state is not reached within the request's timeout, or
   *     {@link FlyException} when the API refuses the create (e.g. 422, 401)
   * @throws IllegalArgumentException when the app name is not a valid Fly name (nothing is sent)
   */
  Mono<Machine> createMachineAndWait(CreateMachineRequest request);

  /**
   * Calls {@code check} until it answers done or failed, or the deadline passes. Between checks it waits
   * {@code fly.orchestrator.backoff.*} delays, each cut to the time remaining.
   *
   * @param check a fresh check for every attempt
   * @param options timeout, operation name and timeout message
   * @param <T> the value type
   * @return the value of the first done result (empty when that value is {@code null}); the {@code Mono} fails with
   *     {@link FlyTimeoutException} when no check answers done or failed within the timeout, or with the failed
   *     result's error or the check's error, as it is
   * @throws NullPointerException when {@code check} or {@code options} is {@code null}
   */
  <T> Mono<T> pollUntil(Supplier<Mono<PollResult<T>>> check, PollOptions options);

  /**
   * Like {@link #createMachineAndWait(CreateMachineRequest)}, telling {@code listener} of each newly observed state
   * (the create response's state included).
   *
   * @param request what to create and what to wait for
   * @param listener told of each new state
   * @return the machine as read after the wait; the {@code Mono} fails with {@link FlyMachineStateException} when
   *     the machine lands in a state from which the awaited one cannot be reached or is gone,
   *     {@link FlyTimeoutException} when the state is not reached within the request's timeout, or
   *     {@link FlyException} when the API refuses the create (e.g. 422, 401)
   * @throws IllegalArgumentException when the app name is not a valid Fly name (nothing is sent)
   */
  Mono<Machine> createMachineAndWait(CreateMachineRequest request, MachineStateListener listener);

  /**
   * Starts a machine and waits for {@code started} and its health checks, with {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait; the {@code Mono} fails as
   *     {@link #startAndWait(String, String, LifecycleOptions)} describes
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   */
  default Mono<Machine> startAndWait(String appName, String machineId) {
    return startAndWait(appName, machineId, LifecycleOptions.DEFAULTS);
  }

  /**
   * Starts a machine and waits for {@code started} and then for every health check it reports to pass (unless
   * {@link LifecycleOptions#waitForHealthChecks()} is off), all within one deadline. It reads the machine first: one
   * already {@code started} is not started again (only its checks are awaited). Otherwise it starts it and waits with
   * its version and the newest event id seen before the start, when the API sends ids.
   *
   * @param appName the app (checked before any request)
   * @param machineId the machine (checked before any request)
   * @param options timeout, lease nonce, state listener, health checks
   * @return the machine as read after the wait; the {@code Mono} fails with {@link FlyMachineStateException} when
   *     it lands in {@code failed} or {@code destroyed} or is gone, {@link FlyHealthCheckException} when a check
   *     still fails at the deadline, {@link FlyTimeoutException} when it is not {@code started} at the deadline,
   *     {@link FlyLeaseHeldException} when someone else holds its lease, or {@link FlyException} when the API
   *     refuses the start or a read
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   */
  Mono<Machine> startAndWait(String appName, String machineId, LifecycleOptions options);

  /**
   * Stops a machine and waits for {@code stopped}, with the machine's stop defaults and
   * {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait; the {@code Mono} fails as
   *     {@link #stopAndWait(String, String, StopOptions, LifecycleOptions)} describes
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   */
  default Mono<Machine> stopAndWait(String appName, String machineId) {
    return stopAndWait(appName, machineId, StopOptions.DEFAULT, LifecycleOptions.DEFAULTS);
  }

  /**
   * Stops a machine with the machine's stop defaults and waits for {@code stopped}.
   *
   * @param appName the app
   * @param machineId the machine
   * @param options timeout, lease nonce, state listener
   * @return the machine as read after the wait; the {@code Mono} fails as
   *     {@link #stopAndWait(String, String, StopOptions, LifecycleOptions)} describes
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   */
  default Mono<Machine> stopAndWait(String appName, String machineId, LifecycleOptions options) {
    return stopAndWait(appName, machineId, StopOptions.DEFAULT, options);
  }

  /**
   * Stops a machine with a signal or kill timeout of its own and waits for {@code stopped}, with
   * {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @param stop signal and kill timeout
   * @return the machine as read after the wait; the {@code Mono} fails as
   *     {@link #stopAndWait(String, String, StopOptions, LifecycleOptions)} describes
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   */
  default Mono<Machine> stopAndWait(String appName, String machineId, StopOptions stop) {
    return stopAndWait(appName, machineId, stop, LifecycleOptions.DEFAULTS);
  }

  /**
   * Stops a machine and waits for {@code stopped}. A machine already {@code stopped} is returned after one read,
   * without a stop.
   *
   * @param appName the app (checked before any request)
   * @param machineId the machine (checked before any request)
   * @param stop signal and kill timeout ({@link StopOptions#DEFAULT} for the machine's defaults)
   * @param options timeout, lease nonce, state listener
   * @return the machine as read after the wait; the {@code Mono} fails with {@link FlyMachineStateException} when
   *     the machine is destroyed or gone, {@link FlyTimeoutException} when it is not {@code stopped} at the
   *     deadline, {@link FlyLeaseHeldException} when someone else holds its lease, or {@link FlyException} when the
   *     API refuses the stop or a read
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   */
  Mono<Machine> stopAndWait(String appName, String machineId, StopOptions stop, LifecycleOptions options);

  /**
   * Restarts a machine and waits until it is {@code started} again and its health checks pass, with
   * {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait; the {@code Mono} fails as
   *     {@link #restartAndWait(String, String, LifecycleOptions)} describes
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   */
  default Mono<Machine> restartAndWait(String appName, String machineId) {
    return restartAndWait(appName, machineId, LifecycleOptions.DEFAULTS);
  }

  /**
   * Restarts a machine and waits until it is {@code started} again and its health checks pass. The machine was
   * already {@code started}, so the wait asks for an event after the newest one seen before the restart (when the
   * API sends event ids), and a machine read counts only when it shows a {@code started} event that is newer by the
   * server's ids or timestamps, never by the local clock.
   *
   * @param appName the app (checked before any request)
   * @param machineId the machine (checked before any request)
   * @param options timeout, lease nonce, state listener, health checks
   * @return the machine as read after the wait; the {@code Mono} fails with {@link FlyMachineStateException} when
   *     it lands in {@code failed} or {@code destroyed} or is gone, {@link FlyHealthCheckException} when a check
   *     still fails at the deadline, {@link FlyTimeoutException} when it is not {@code started} again at the
   *     deadline, {@link FlyLeaseHeldException} when someone else holds its lease, or {@link FlyException} when the
   *     API refuses the restart or a read
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   */
  Mono<Machine> restartAndWait(String appName, String machineId, LifecycleOptions options);

  /**
   * Suspends a machine and waits for {@code suspended}, with {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @return the machine as read after the wait; the {@code Mono} fails as
   *     {@link #suspendAndWait(String, String, LifecycleOptions)} describes
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   */
  default Mono<Machine> suspendAndWait(String appName, String machineId) {
    return suspendAndWait(appName, machineId, LifecycleOptions.DEFAULTS);
  }

  /**
   * Suspends a machine and waits for {@code suspended}. A machine already {@code suspended} is returned after one
   * read, without a suspend.
   *
   * @param appName the app
   * @param machineId the machine
   * @param options timeout, lease nonce, state listener
   * @return the machine as read after the wait; the {@code Mono} fails with {@link FlyMachineStateException} when
   *     the machine is destroyed or gone, {@link FlyTimeoutException} when it is not {@code suspended} at the
   *     deadline, {@link FlyLeaseHeldException} when someone else holds its lease, or {@link FlyException} when the
   *     API refuses the suspend or a read
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   */
  Mono<Machine> suspendAndWait(String appName, String machineId, LifecycleOptions options);

  /**
   * Updates a machine's config and waits until it settles and, when {@code started}, passes its health checks, with
   * {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @param config the new config
   * @return the machine as read after it settled; the {@code Mono} fails as
   *     {@link #updateAndWait(String, String, MachineConfig, LifecycleOptions)} describes
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   */
  default Mono<Machine> updateAndWait(String appName, String machineId, MachineConfig config) {
    return updateAndWait(appName, machineId, config, LifecycleOptions.DEFAULTS);
  }

  /**
   * Updates a machine's config and waits for {@code settled} on the new version the update returned, then, when it
   * settled {@code started}, for its health checks. No {@code current_version} is sent (as fly-go and flyctl) unless
   * the options ask for an optimistic update ({@link LifecycleOptions#withExpectedVersion}).
   *
   * @param appName the app (checked before any request)
   * @param machineId the machine (checked before any request)
   * @param config the new config
   * @param options timeout, lease nonce, state listener, health checks, expected version
   * @return the machine as read after it settled; the {@code Mono} fails with {@link FlyVersionConflictException}
   *     when an optimistic update finds the machine at another version, {@link FlyMachineStateException} when the
   *     machine is gone, {@link FlyHealthCheckException} when a check still fails at the deadline,
   *     {@link FlyTimeoutException} when the new version has not settled at the deadline,
   *     {@link FlyLeaseHeldException} when someone else holds its lease, or {@link FlyException} naming the machine
   *     and version when it settled in {@code failed}, or when the API refuses the update or a read
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   */
  Mono<Machine> updateAndWait(String appName, String machineId, MachineConfig config, LifecycleOptions options);

  /**
   * Destroys a machine and waits until it is gone, with {@link LifecycleOptions#DEFAULTS}.
   *
   * @param appName the app
   * @param machineId the machine
   * @param force destroy even when it is running
   * @return completes when the machine is destroyed or was already gone; the {@code Mono} fails as
   *     {@link #destroyAndWait(String, String, boolean, LifecycleOptions)} describes
   * @throws IllegalArgumentException when the app name or machine id is not valid (nothing is sent)
   */
  default Mono<Void> destroyAndWait(String appName, String machineId, boolean force) {
    return destroyAndWait(appName, machineId, force, LifecycleOptions.DEFAULTS);
  }

  /**
   * Destroys a machine and waits until it is gone; a 404 from the read, the destroy or the wait means done.
   *
   * @param appName the app
   * @param machineId the machine
   * @param force destroy even when it is running
   * @param options timeout, lease nonce, state listener
   * @return completes when the machine is destroyed or was already gone; the {@code Mono} fails with
   *     {@link FlyTimeoutException} when it is not gone at the deadline, {@link FlyLeaseHeldException} when someone
   *     else holds its lease, or {@link FlyException} when the API refuses the destroy (e.g. 412 for a running
   *     machine without {@code force})
   * @throws IllegalArgumentException when the app name, machine id or lease nonce is not valid (nothing is sent)
   */
  Mono<Void> destroyAndWait(String appName, String machineId, boolean force, LifecycleOptions options);

  /**
   * Runs {@code action} while holding the machine's lease: acquires it, refreshes it every {@code ttl / 2} while
   * the action runs, and releases it when the action completes, fails or is cancelled. Pass the lease's nonce to the
   * mutations inside, e.g. {@code updateAndWait(app, id, config, LifecycleOptions.underLease(lease))}. Not an
   * observation of its own; the orchestrations inside are.
   *
   * @param appName the app
   * @param machineId the machine
   * @param ttl lease time to live, at least 1 s
   * @param action what to do under the lease
   * @param <T> the value type
   * @return the action's result; the {@code Mono} fails with {@link FlyLeaseHeldException} (HTTP 409) when another
   *     holder has the lease, {@link FlyLeaseException} when a lease answer is not {@code success}, has no lease or
   *     nonce, or a refresh fails or changes the nonce (the action is then cancelled and the lease released), or
   *     with the action's own error
   * @throws IllegalArgumentException when the app name or machine id is not valid or {@code ttl} is below 1 s
   *     (nothing is sent)
   */
  <T> Mono<T> withLease(String appName, String machineId, Duration ttl, Function<Lease, ? extends Mono<T>> action);

  /**
   * Rolls a config change over an app's machines: bounded concurrency; a machine whose {@code host_status} is not
   * {@code ok} is skipped ({@code SKIPPED_HOST_UNHEALTHY}); each other machine under its lease (waiting for a lease
   * another holder has, within the machine's timeout), left alone when it already has the target config, updated and
   * waited for until it settles and its health checks pass otherwise. A machine that fails is reported in the
   * result, not as an error.
   *
   * @param request the change, the selection, concurrency, failure policy, timeouts
   * @return every selected machine's outcome; the {@code Mono} fails with {@link FlyException} only when the app's
   *     machines cannot be listed
   * @throws IllegalArgumentException when the app name is not valid (nothing is sent)
   */
  Mono<RolloutResult> rollout(RolloutRequest request);

  /**
   * Makes an app ready for traffic on its hostnames, within one deadline (the request's timeout): reads the app and
   * adopts it when it belongs to the requested organization, or creates it; allocates each requested kind of address
   * it does not have yet (a shared IPv4 address by default); requests an ACME certificate for each hostname that has
   * none; then calls {@code check} for each hostname, with {@code fly.orchestrator.backoff.*} delays, until every
   * certificate is issued. Every step reads first, so a re-run allocates and requests nothing twice. Issued means the
   * {@code check} answer's {@code status} is {@code active} or {@code ready}, or one of its {@code certificates} is
   * {@code active}. DNS is the user's: until the hostname's A/AAAA (or CNAME) records point at the app, the
   * certificate stays pending.
   *
   * @param request the app, its organization, the addresses and hostnames, the timeout
   * @return the app, all its addresses and each hostname's issued certificate; the {@code Mono} fails with
   *     {@link FlyTimeoutException} when a certificate is not issued at the deadline (its message names each waiting
   *     hostname and the DNS records it misses, e.g. "www.example.com is pending_validation (add A www.example.com →
   *     192.0.2.1, ...)"), or {@link FlyException} when the app exists in another organization (nothing is changed)
   *     or the API refuses a step
   * @throws IllegalArgumentException when the app name, the organization or a hostname is not valid (nothing is
   *     sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  Mono<ProvisionedApp> provisionAppAndWait(ProvisionAppRequest request);

  /**
   * Deprovisions an app within the default timeout: releases its addresses, deletes it and waits until it is gone.
   *
   * @param appName the app
   * @return completes when the app is gone; the {@code Mono} fails as
   *     {@link #deprovisionAppAndWait(String, Duration)} describes
   * @throws IllegalArgumentException when the app name is not valid (nothing is sent)
   */
  Mono<Void> deprovisionAppAndWait(String appName);

  /**
   * Undoes {@link #provisionAppAndWait}: releases every address of the app, deletes the app (its certificates go
   * with it) and reads it until the read answers 404, all within one deadline. What is already gone (a 404) counts
   * as done, so an app that does not exist completes at once and a re-run finishes an interrupted one.
   *
   * @param appName the app
   * @param timeout deadline for the whole workflow
   * @return completes when the app is gone; the {@code Mono} fails with {@link FlyTimeoutException} when the app can
   *     still be read at the deadline, or {@link FlyException} when the API refuses a release or the delete
   * @throws IllegalArgumentException when the app name is not valid (nothing is sent)
   */
  Mono<Void> deprovisionAppAndWait(String appName, Duration timeout);

  /**
   * Shuts the orchestrator down gracefully, as Spring's context close does with the auto-configured one (property
   * {@code fly.orchestrator.shutdown.grace-period}). From the subscription on, every workflow subscribed later is
   * refused: its {@code Mono} fails with a {@link FlyException} saying the orchestrator is shutting down, nothing is
   * sent. The workflows in flight get {@code gracePeriod} to end; those still running then are abandoned: a WARN line
   * each says what it was doing, the state it left (e.g. {@code machine 9080 last seen: created, not yet started})
   * and how to resume (re-run the same call), then it is cancelled: its {@code fly.orchestrator.wait} observations
   * end with outcome {@code cancelled}, the leases it holds are released and its caller gets a {@link FlyException}.
   * The grace period runs on the orchestrator's scheduler. The client is not closed: close it after.
   *
   * @param gracePeriod how long workflows in flight may still run, e.g. {@link #DEFAULT_SHUTDOWN_GRACE_PERIOD};
   *     zero abandons them at once
   * @return completes when every workflow has ended and the lease releases of abandoned ones have been answered (or
   *     failed); nothing happens until it is subscribed; the {@code Mono} fails with nothing of its own: a workflow
   *     that fails or is abandoned fails its own caller (with a {@link FlyException}), not the shutdown
   * @throws NullPointerException when {@code gracePeriod} is {@code null}
   * @throws IllegalArgumentException when {@code gracePeriod} is negative
   */
  Mono<Void> shutdown(Duration gracePeriod);

  /**
   * A builder of the orchestrator over a client, e.g.
   * {@code ReactiveFlyOrchestrator.builder(client).settings(settings).observationRegistry(registry).build()}.
   *
   * @param client the Machines API client the workflows call
   * @return a builder with {@link OrchestratorSettings#DEFAULTS}, no observations and {@link Schedulers#parallel()}
   */
  static Builder builder(ReactiveFlyMachinesClient client) {
    return new DefaultReactiveFlyOrchestratorBuilder(client);
  }

  /** Builds a {@link ReactiveFlyOrchestrator}; every value has a default. */
  interface Builder {

    /**
     * @param settings default timeout, backoff between polls, wait endpoint on or off; by default
     *     {@link OrchestratorSettings#DEFAULTS}
     * @return this builder
     */
    Builder settings(OrchestratorSettings settings);

    /**
     * @param observationRegistry where each workflow's {@code fly.orchestrator.wait} observation goes; by default
     *     {@link ObservationRegistry#NOOP}
     * @return this builder
     */
    Builder observationRegistry(ObservationRegistry observationRegistry);

    /**
     * @param observationConvention replaces the default convention of the observation's name and tags
     * @return this builder
     */
    Builder observationConvention(FlyWaitObservationConvention observationConvention);

    /**
     * @param scheduler clock and timer of deadlines and pauses, e.g. a {@code VirtualTimeScheduler} in tests; by
     *     default {@link Schedulers#parallel()}
     * @return this builder
     */
    Builder scheduler(Scheduler scheduler);

    /**
     * @return the orchestrator
     */
    ReactiveFlyOrchestrator build();
  }
}
