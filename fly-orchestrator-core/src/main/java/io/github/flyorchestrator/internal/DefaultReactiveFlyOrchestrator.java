package io.github.flyorchestrator.internal;

import io.github.flyorchestrator.PollResult;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.internal.InFlightWorkflow.Call;
import io.github.flyorchestrator.internal.client.FlyNames;
import io.github.flyorchestrator.internal.lifecycle.AppCreate;
import io.github.flyorchestrator.internal.lifecycle.AppDeprovisioning;
import io.github.flyorchestrator.internal.lifecycle.AppProvisioning;
import io.github.flyorchestrator.internal.lifecycle.FleetRollout;
import io.github.flyorchestrator.internal.lifecycle.LeaseRunner;
import io.github.flyorchestrator.internal.lifecycle.MachineCreate;
import io.github.flyorchestrator.internal.lifecycle.MachineLifecycle;
import io.github.flyorchestrator.internal.lifecycle.OrchestrationSupport;
import io.github.flyorchestrator.internal.observation.WaitObservation;
import io.github.flyorchestrator.internal.wait.Acceptor;
import io.github.flyorchestrator.internal.wait.MachineStateGoal;
import io.github.flyorchestrator.internal.wait.MachineStateWaiter;
import io.github.flyorchestrator.internal.wait.PollRules;
import io.github.flyorchestrator.internal.wait.Poller;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.ProvisionedApp;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation.Operation;
import io.github.flyorchestrator.observation.FlyWaitObservationContext;
import io.github.flyorchestrator.observation.FlyWaitObservationConvention;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.MachineStateListener;
import io.github.flyorchestrator.param.PollOptions;
import io.github.flyorchestrator.param.ProvisionAppRequest;
import io.github.flyorchestrator.param.RolloutRequest;
import io.github.flyorchestrator.param.StopOptions;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The {@link ReactiveFlyOrchestrator} over a {@link ReactiveFlyMachinesClient}. Each call starts its deadline and its
 * {@code fly.orchestrator.wait} observation on subscription; pauses and the deadline's clock use the given scheduler
 * ({@link Schedulers#parallel()} by default), so Reactor's virtual time drives them in tests. Built by
 * {@link DefaultReactiveFlyOrchestratorBuilder}.
 */
public class DefaultReactiveFlyOrchestrator implements ReactiveFlyOrchestrator {

  /** Operation name of {@link #createAppAndWait}. */
  public static final String CREATE_APP_AND_WAIT = Operation.CREATE_APP_AND_WAIT.value();
  /** Operation name of {@link #createMachineAndWait}. */
  public static final String CREATE_MACHINE_AND_WAIT = Operation.CREATE_MACHINE_AND_WAIT.value();
  /** Operation name of {@link #startAndWait}. */
  public static final String START_AND_WAIT = MachineLifecycle.START_AND_WAIT;
  /** Operation name of {@link #stopAndWait}. */
  public static final String STOP_AND_WAIT = MachineLifecycle.STOP_AND_WAIT;
  /** Operation name of {@link #restartAndWait}. */
  public static final String RESTART_AND_WAIT = MachineLifecycle.RESTART_AND_WAIT;
  /** Operation name of {@link #suspendAndWait}. */
  public static final String SUSPEND_AND_WAIT = MachineLifecycle.SUSPEND_AND_WAIT;
  /** Operation name of {@link #updateAndWait}. */
  public static final String UPDATE_AND_WAIT = MachineLifecycle.UPDATE_AND_WAIT;
  /** Operation name of {@link #destroyAndWait}. */
  public static final String DESTROY_AND_WAIT = MachineLifecycle.DESTROY_AND_WAIT;
  /** Operation name of {@link #provisionAppAndWait}. */
  public static final String PROVISION_APP_AND_WAIT = AppProvisioning.PROVISION_APP_AND_WAIT;
  /** Operation name of {@link #deprovisionAppAndWait}. */
  public static final String DEPROVISION_APP_AND_WAIT = AppDeprovisioning.DEPROVISION_APP_AND_WAIT;
  /** Operation name of {@link #rollout}. */
  public static final String ROLLOUT = FleetRollout.ROLLOUT;

  private final ReactiveFlyMachinesClient client;
  private final OrchestratorSettings settings;
  private final WaitObservation observation;
  private final Poller poller;
  private final MachineStateWaiter machineWaiter;
  private final OrchestrationSupport support;
  private final MachineLifecycle lifecycle;
  private final LeaseRunner leases;
  private final FleetRollout fleet;
  private final MachineCreate creates;
  private final AppCreate appCreates;
  private final AppProvisioning provisioning;
  private final AppDeprovisioning deprovisioning;
  private final InFlightWorkflows inFlight;

  /**
   * Creates an orchestrator; {@link DefaultReactiveFlyOrchestratorBuilder} supplies the defaults.
   *
   * @param client the Machines API client
   * @param settings default timeout, backoff, wait endpoint on or off
   * @param registry where observations go ({@link ObservationRegistry#NOOP} = none)
   * @param convention replaces the default observation convention, or {@code null} to keep it
   * @param scheduler clock and timer of deadlines and pauses
   */
  DefaultReactiveFlyOrchestrator(ReactiveFlyMachinesClient client, OrchestratorSettings settings,
      ObservationRegistry registry, FlyWaitObservationConvention convention, Scheduler scheduler) {
    this.client = Objects.requireNonNull(client, "client must not be null");
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.observation = new WaitObservation(Objects.requireNonNull(registry, "registry must not be null"),
        convention);
    this.support = OrchestrationSupport.create(client, this.settings, observation,
        Objects.requireNonNull(scheduler, "scheduler must not be null"));
    this.poller = support.poller();
    this.machineWaiter = support.waiter();
    this.lifecycle = new MachineLifecycle(support);
    this.leases = new LeaseRunner(support);
    this.fleet = new FleetRollout(support, leases, lifecycle);
    this.creates = new MachineCreate(support);
    this.appCreates = new AppCreate(support);
    this.provisioning = new AppProvisioning(support, appCreates);
    this.deprovisioning = new AppDeprovisioning(support);
    this.inFlight = new InFlightWorkflows(scheduler);
  }

  @Override
  public Mono<App> createAppAndWait(String appName, String orgSlug) {
    return createAppAndWait(appName, orgSlug, settings.defaultTimeout());
  }

  @Override
  public Mono<App> createAppAndWait(String appName, String orgSlug, Duration timeout) {
    return createAppAndWait(appName, orgSlug, timeout, app -> true);
  }

  @Override
  public Mono<App> createAppAndWait(String appName, String orgSlug, Predicate<App> ready) {
    return createAppAndWait(appName, orgSlug, settings.defaultTimeout(), ready);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The name and the organization are checked with {@link FlyNames} before any request is sent (a bad one is an
   * {@link IllegalArgumentException} naming the parameter). While polling, a read that fails without an answer (no
   * response, a reset, 5xx, a cut-off or unreadable body) costs one attempt; 401, 403 and other answers end it.
   */
  @Override
  public Mono<App> createAppAndWait(String appName, String orgSlug, Duration timeout, Predicate<App> ready) {
    FlyNames.requireAppName("appName", appName);
    FlyNames.requireOrgSlug("orgSlug", orgSlug);
    Objects.requireNonNull(ready, "ready must not be null");
    Duration deadline = timeout != null ? timeout : settings.defaultTimeout();
    return inFlight.track(new Call("createAppAndWait", appName, null, "ready"),
        observation.observe(CREATE_APP_AND_WAIT, appName, context -> {
          WaitProgress progress = progress(CREATE_APP_AND_WAIT, deadline, "app " + appName + " to be ready", context);
          return appCreates.createAndAwait(CreateAppRequest.of(appName, orgSlug), ready, progress);
        }));
  }

  @Override
  public Mono<Machine> createMachineAndWait(CreateMachineRequest request) {
    return createMachineAndWait(request, null);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The app name is checked with {@link FlyNames} before any request is sent. The create cannot duplicate: it is
   * tagged with a create id in the config's metadata, and after an ambiguous failure the machine is looked up by
   * that tag before the POST is tried again (see {@link MachineCreate}). With an idempotency key, a machine an
   * earlier run created with that key is found and waited for instead (started first when it is stopped or
   * suspended). The wait then treats a 404 as "not yet" until the server has shown the new machine once (see
   * {@link MachineStateWaiter#awaitCreated}).
   */
  @Override
  public Mono<Machine> createMachineAndWait(CreateMachineRequest request, MachineStateListener listener) {
    Objects.requireNonNull(request, "request must not be null");
    String app = FlyNames.requireAppName("appName", request.appName());
    Duration deadline = request.timeout() != null ? request.timeout() : settings.defaultTimeout();
    MachineStateGoal goal = new MachineStateGoal(request.state());
    MachineSpec body = new MachineSpec(request.config(), request.region(), request.name(), null,
        null, null, null, null, null);
    return inFlight.track(new Call(InFlightWorkflow.CREATE_MACHINE, app, null, goal.target()),
        observation.observe(CREATE_MACHINE_AND_WAIT, app, context -> {
          WaitProgress progress = support.progress(CREATE_MACHINE_AND_WAIT, deadline,
              "a new machine of app " + app + " to reach " + goal.target(), context, listener);
          return creates.createOrFind(app, body, request.idempotencyKey(), goal.target(), progress)
              .flatMap(created -> {
                context.setMachineId(created.id());
                progress.awaiting("machine " + created.id() + " of app " + app + " to reach " + goal.target());
                return machineWaiter.awaitCreated(app, created, goal, progress);
              });
        }));
  }

  @Override
  public <T> Mono<T> pollUntil(Supplier<Mono<PollResult<T>>> check, PollOptions options) {
    Objects.requireNonNull(check, "check must not be null");
    Objects.requireNonNull(options, "options must not be null");
    PollRules<PollResult<T>> configuration = new PollRules<>(List.of(
        Acceptor.<PollResult<T>>successOn(result -> result instanceof PollResult.Done<T>),
        Acceptor.<PollResult<T>>failureOn(result -> result instanceof PollResult.Failed<T>,
            result -> ((PollResult.Failed<T>) result).error()),
        Acceptor.<PollResult<T>>retryOn(result -> result instanceof PollResult.Pending<T>)),
        result -> result instanceof PollResult.Pending<T> pending ? pending.reason() : null);
    return inFlight.track(new Call("pollUntil " + options.operation(), null, null, null),
        observation.observe(options.operation(), null, context -> {
          WaitProgress progress = progress(options.operation(), options.timeout(), options.timeoutMessage(),
              context);
          return poller.poll(check, configuration, progress)
              .mapNotNull(outcome -> ((PollResult.Done<T>) outcome.value()).value());
        }));
  }

  @Override
  public Mono<Machine> startAndWait(String appName, String machineId, LifecycleOptions options) {
    return inFlight.track(new Call("startAndWait", appName, machineId, "started"),
        lifecycle.start(appName, machineId, options));
  }

  @Override
  public Mono<Machine> stopAndWait(String appName, String machineId, StopOptions stop, LifecycleOptions options) {
    return inFlight.track(new Call("stopAndWait", appName, machineId, "stopped"),
        lifecycle.stop(appName, machineId, stop, options));
  }

  @Override
  public Mono<Machine> restartAndWait(String appName, String machineId, LifecycleOptions options) {
    return inFlight.track(new Call("restartAndWait", appName, machineId, "started again"),
        lifecycle.restart(appName, machineId, options));
  }

  @Override
  public Mono<Machine> suspendAndWait(String appName, String machineId, LifecycleOptions options) {
    return inFlight.track(new Call("suspendAndWait", appName, machineId, "suspended"),
        lifecycle.suspend(appName, machineId, options));
  }

  @Override
  public Mono<Machine> updateAndWait(String appName, String machineId, MachineConfig config,
      LifecycleOptions options) {
    return inFlight.track(new Call("updateAndWait", appName, machineId, "settled on the new config"),
        lifecycle.update(appName, machineId, config, options));
  }

  @Override
  public Mono<Void> destroyAndWait(String appName, String machineId, boolean force, LifecycleOptions options) {
    return inFlight.track(new Call("destroyAndWait", appName, machineId, "destroyed"),
        lifecycle.destroy(appName, machineId, force, options));
  }

  @Override
  public <T> Mono<T> withLease(String appName, String machineId, Duration ttl,
      Function<Lease, ? extends Mono<T>> action) {
    return inFlight.track(new Call(InFlightWorkflow.WITH_LEASE, appName, machineId, null),
        leases.run(appName, machineId, ttl, null, action));
  }

  @Override
  public Mono<RolloutResult> rollout(RolloutRequest request) {
    Mono<RolloutResult> rollout = fleet.rollout(request);
    return inFlight.track(new Call(InFlightWorkflow.ROLLOUT, request.appName(), null, null), rollout);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The grace period runs on this orchestrator's scheduler; see {@link InFlightWorkflows}.
   */
  @Override
  public Mono<Void> shutdown(Duration gracePeriod) {
    return inFlight.shutdown(gracePeriod);
  }

  @Override
  public Mono<ProvisionedApp> provisionAppAndWait(ProvisionAppRequest request) {
    return inFlight.track(new Call("provisionAppAndWait", request.appName(), null, "ready for traffic"),
        provisioning.provision(request));
  }

  @Override
  public Mono<Void> deprovisionAppAndWait(String appName) {
    return deprovisionAppAndWait(appName, settings.defaultTimeout());
  }

  @Override
  public Mono<Void> deprovisionAppAndWait(String appName, Duration timeout) {
    return inFlight.track(new Call("deprovisionAppAndWait", appName, null, "gone"),
        deprovisioning.deprovision(appName, timeout));
  }

  private WaitProgress progress(String operation, Duration timeout, String timeoutMessage,
      FlyWaitObservationContext context) {
    return support.progress(operation, timeout, timeoutMessage, context, null);
  }
}
