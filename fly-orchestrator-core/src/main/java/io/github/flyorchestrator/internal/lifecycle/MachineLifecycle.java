package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyLeaseHeldException;
import io.github.flyorchestrator.exception.FlyVersionConflictException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.internal.client.FlyNames;
import io.github.flyorchestrator.internal.wait.MachineStateGoal;
import io.github.flyorchestrator.internal.wait.StateConfirmation;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineState;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.StopOptions;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Acts on one machine and waits for the result, each call in its own {@code fly.orchestrator.wait} observation.
 *
 * <p>Every call checks the app name, the machine id and the lease nonce before its first request, then reads the
 * machine (one attempt). Start, stop and suspend of a machine that already shows the target state return at once
 * without sending the action (flyctl sends none either). Otherwise the action is sent and the wait uses the machine's
 * version and, as {@code from_event_id}, the id of the newest event before the action when the API gives ids. When
 * the machine was already in the target state (always for a restart), a read in that state ends the wait only if it
 * shows an event with that status that is newer by the server's own ids or timestamps ({@link ActionEvidence}), so
 * an old {@code started} never ends a restart, with or without event ids.
 *
 * <p>An update sends {@code current_version} only for an optimistic update ({@link
 * LifecycleOptions#expectedVersion()}), waits for {@code settled} on the new version and fails when it settles in
 * {@code failed}; a machine that already has the config gets no update, only the wait. Start, restart and update
 * then wait until every health check passes ({@link HealthCheckWait}),
 * unless {@link LifecycleOptions#waitForHealthChecks()} is off. A destroy treats a 404 from the read, the destroy,
 * the wait or the final read as done. Every action is sent through the {@link AmbiguousFailureLoop}: after a failure
 * that leaves open whether it took effect, the machine is re-read and the action sent again only when it did not.
 */
public final class MachineLifecycle {

  /** Operation name of a start. */
  public static final String START_AND_WAIT = "start_and_wait";
  /** Operation name of a stop. */
  public static final String STOP_AND_WAIT = "stop_and_wait";
  /** Operation name of a restart. */
  public static final String RESTART_AND_WAIT = "restart_and_wait";
  /** Operation name of a suspend. */
  public static final String SUSPEND_AND_WAIT = "suspend_and_wait";
  /** Operation name of an update. */
  public static final String UPDATE_AND_WAIT = "update_and_wait";
  /** Operation name of a destroy. */
  public static final String DESTROY_AND_WAIT = "destroy_and_wait";

  /** What the ambiguous-failure loop sends, for the observed state ("action ambiguous: http 503"). */
  private static final String ACTION = "action";

  private final OrchestrationSupport support;
  private final ReactiveFlyMachinesClient client;
  private final AmbiguousFailureLoop loop;
  private final HealthCheckWait healthChecks;

  /** @param support the shared engine */
  public MachineLifecycle(OrchestrationSupport support) {
    this.support = Objects.requireNonNull(support, "support must not be null");
    this.client = support.client();
    this.loop = new AmbiguousFailureLoop(support.backoff(), support.scheduler());
    this.healthChecks = new HealthCheckWait(support);
  }

  /** Starts the machine and waits for {@code started} and its health checks. @param app app @param id machine
   * @param options options @return the machine as read after the wait */
  public Mono<Machine> start(String app, String id, LifecycleOptions options) {
    return transition(new Transition(START_AND_WAIT, MachineState.STARTED, MachineState.STARTING, true), app, id,
        options, nonce -> client.startMachine(app, id, nonce));
  }

  /** Stops the machine and waits for {@code stopped}. @param app app @param id machine @param stop signal and
   * timeout @param options options @return the machine as read after the wait */
  public Mono<Machine> stop(String app, String id, StopOptions stop, LifecycleOptions options) {
    StopOptions body = stop != null ? stop : StopOptions.DEFAULT;
    return transition(new Transition(STOP_AND_WAIT, MachineState.STOPPED, MachineState.STOPPING, true), app, id,
        options, nonce -> client.stopMachine(app, id, body, nonce));
  }

  /** Restarts the machine and waits for a new {@code started} and its health checks. @param app app @param id
   * machine @param options options @return the machine as read after the wait */
  public Mono<Machine> restart(String app, String id, LifecycleOptions options) {
    return transition(new Transition(RESTART_AND_WAIT, MachineState.STARTED, MachineState.RESTARTING, false), app,
        id, options, nonce -> client.restartMachine(app, id, nonce));
  }

  /** Suspends the machine and waits for {@code suspended}. @param app app @param id machine @param options options
   * @return the machine as read after the wait */
  public Mono<Machine> suspend(String app, String id, LifecycleOptions options) {
    return transition(new Transition(SUSPEND_AND_WAIT, MachineState.SUSPENDED, MachineState.SUSPENDING, true), app,
        id, options, nonce -> client.suspendMachine(app, id, nonce));
  }

  /**
   * Updates the machine's config and waits until the new version settles (and, when it settles {@code started},
   * until its health checks pass). A machine whose config already equals {@code config} (as the server returns it,
   * its defaults included) gets no update: the call only waits until it settles, so a re-run of an update that
   * landed before a crash sends nothing.
   *
   * @param app app
   * @param id machine
   * @param config the new config
   * @param options options
   * @return the machine as read after it settled; a {@link FlyException} when it settled in {@code failed}; a
   *     {@link FlyVersionConflictException} when an optimistic update finds another version
   */
  public Mono<Machine> update(String app, String id, MachineConfig config, LifecycleOptions options) {
    return update(app, id, config, options, true);
  }

  /**
   * Waits, without sending anything, until a machine that already has {@code config} settles and passes its health
   * checks: for a machine an earlier run updated.
   *
   * @param app app
   * @param id machine
   * @param config the config the machine should have
   * @param options options (no lease is needed: nothing is sent)
   * @return the machine as read after it settled; empty when its config is not {@code config}; a {@link
   *     FlyException} when it settled in {@code failed}
   */
  public Mono<Machine> awaitConfig(String app, String id, MachineConfig config, LifecycleOptions options) {
    return update(app, id, config, options, false);
  }

  private Mono<Machine> update(String app, String id, MachineConfig config, LifecycleOptions options,
      boolean sendWhenDifferent) {
    Objects.requireNonNull(config, "config must not be null");
    LifecycleOptions opts = validated(app, id, options);
    String expected = opts.expectedVersion();
    MachineSpec body = expected != null ? MachineSpec.of(config, null).withCurrentVersion(expected)
        : MachineSpec.of(config, null);
    return support.observe(UPDATE_AND_WAIT, app, id, support.timeoutOrDefault(opts.timeout()),
        "machine " + id + " of app " + app + " to settle after its update", opts.listener(),
        progress -> read(app, id, progress).flatMap(before -> {
          if (expected != null && !expected.equals(before.currentVersion())) {
            return Mono.error(new FlyVersionConflictException(app, id, expected, before.currentVersion(), null));
          }
          if (config.equals(before.config())) {
            progress.observe("already has the config");
            return settled(app, before, opts, progress);
          }
          if (!sendWhenDifferent) {
            return Mono.empty();
          }
          Supplier<Mono<Machine>> send = () -> leased(app, id, "updated",
                  client.updateMachine(app, id, body, opts.leaseNonce()))
              .onErrorMap(error -> expected != null && FlyErrors.isVersionRefusal(error),
                  error -> new FlyVersionConflictException(app, id, expected, null, (FlyException) error));
          return loop.send(ACTION, send, () -> client.getMachine(app, id)
                  .filter(read -> !Objects.equals(read.currentVersion(), before.currentVersion())), progress)
              .flatMap(updated -> settled(app, updated, opts, progress));
        }));
  }

  /** Waits until the machine settles on its version (not in {@code failed}) and passes its health checks. */
  private Mono<Machine> settled(String app, Machine machine, LifecycleOptions options, WaitProgress progress) {
    String version = machine.currentVersion();
    Predicate<Machine> onVersion = read -> version == null || version.equals(read.currentVersion());
    return support.waiter().await(app, machine, new MachineStateGoal(MachineState.SETTLED),
            StateConfirmation.onNewVersion(onVersion), progress)
        .flatMap(after -> MachineState.FAILED.equals(after.state())
            ? Mono.error(new FlyException("update of machine " + machine.id() + " of app " + app + " to version "
                + after.currentVersion() + " settled in state failed", null))
            : healthy(app, after, options, progress));
  }

  /**
   * Destroys the machine and waits until it is gone.
   *
   * @param app app
   * @param id machine
   * @param force destroy even when running
   * @param options options
   * @return completes when destroyed (or already gone)
   */
  public Mono<Void> destroy(String app, String id, boolean force, LifecycleOptions options) {
    LifecycleOptions opts = validated(app, id, options);
    MachineStateGoal destroyed = new MachineStateGoal(MachineState.DESTROYED);
    return support.observe(DESTROY_AND_WAIT, app, id, support.timeoutOrDefault(opts.timeout()),
        "machine " + id + " of app " + app + " to be destroyed", opts.listener(),
        progress -> read(app, id, progress)
            .flatMap(before -> loop.send(ACTION,
                    () -> leased(app, id, MachineState.DESTROYED,
                        client.destroyMachine(app, id, force, opts.leaseNonce())).then(Mono.<Machine>empty()),
                    () -> destroyTookEffect(app, before), progress)
                .then(Mono.defer(() -> support.waiter().await(app, before, destroyed, progress))))
            .onErrorResume(FlyErrors::isNotFound, gone -> Mono.empty())
            .then());
  }

  private Mono<Machine> transition(Transition transition, String app, String id, LifecycleOptions options,
      Function<String, Mono<Void>> action) {
    LifecycleOptions opts = validated(app, id, options);
    String target = transition.target();
    MachineStateGoal goal = new MachineStateGoal(target);
    return support.observe(transition.operation(), app, id, support.timeoutOrDefault(opts.timeout()),
        "machine " + id + " of app " + app + " to reach " + target, opts.listener(),
        progress -> read(app, id, progress).flatMap(before -> {
          if (transition.doneWhenAlreadyThere() && target.equals(before.state())) {
            return healthy(app, before, opts, progress);
          }
          ActionEvidence evidence = ActionEvidence.before(before);
          boolean needsNewEvent = target.equals(before.state());
          Predicate<Machine> confirmed = read -> !needsNewEvent || evidence.showsNewEvent(read, target);
          Predicate<Machine> tookEffect = read -> transition.transitional().equals(read.state())
              || (target.equals(read.state()) && confirmed.test(read));
          return loop.send(ACTION,
                  () -> leased(app, id, target, action.apply(opts.leaseNonce())).then(Mono.<Machine>empty()),
                  () -> client.getMachine(app, id).filter(tookEffect), progress)
              .then(Mono.defer(() -> support.waiter()
                  .await(app, before, goal, evidence.fromEventId(), confirmed, progress)))
              .flatMap(after -> healthy(app, after, opts, progress));
        }));
  }

  /** Whether a destroy took effect: the machine reads {@code destroying} or {@code destroyed}, or is gone (404). */
  private Mono<Machine> destroyTookEffect(String app, Machine before) {
    return client.getMachine(app, before.id())
        .filter(read -> MachineState.DESTROYING.equals(read.state()) || MachineState.DESTROYED.equals(read.state()))
        .onErrorResume(FlyErrors::isNotFound, gone -> Mono.just(before.withState(MachineState.DESTROYED)));
  }

  /** The first read of every action: one attempt, bounded by the deadline. */
  private Mono<Machine> read(String app, String id, WaitProgress progress) {
    return Mono.defer(() -> {
      progress.recordAttempt();
      return progress.bound(client.getMachine(app, id)).doOnNext(machine -> progress.observe(machine.state()));
    });
  }

  private Mono<Machine> healthy(String app, Machine machine, LifecycleOptions options, WaitProgress progress) {
    return options.waitForHealthChecks() ? healthChecks.await(app, machine, progress) : Mono.just(machine);
  }

  /** Checks every identifier before anything is sent. @return the options, defaults for {@code null} */
  static LifecycleOptions validated(String app, String id, LifecycleOptions options) {
    FlyNames.requireAppName("appName", app);
    FlyNames.requireResourceId("machineId", id);
    LifecycleOptions opts = options != null ? options : LifecycleOptions.DEFAULTS;
    if (opts.leaseNonce() != null) {
      FlyNames.requireLeaseNonce("leaseNonce", opts.leaseNonce());
    }
    return opts;
  }

  /**
   * Turns the API's refusal of a mutation because someone holds the machine's lease (409 or 412 naming the lease; no
   * source says which) into a {@link FlyLeaseHeldException}.
   */
  private static <T> Mono<T> leased(String app, String id, String outcome, Mono<T> mutation) {
    return mutation.onErrorMap(FlyErrors::isLeaseRefusal, error -> new FlyLeaseHeldException(app, id,
        "it was not " + outcome + " (when you hold the lease, pass its nonce with LifecycleOptions.withLeaseNonce)",
        (FlyException) error));
  }

  /**
   * One kind of state change.
   *
   * @param operation the operation name
   * @param target the state it leads to
   * @param transitional the state the machine shows while the action takes effect
   * @param doneWhenAlreadyThere whether a machine already in {@code target} needs no action
   */
  private record Transition(String operation, String target, String transitional, boolean doneWhenAlreadyThere) {
  }
}
