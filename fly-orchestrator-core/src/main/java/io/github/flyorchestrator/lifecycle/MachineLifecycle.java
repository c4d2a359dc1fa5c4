package io.github.flyorchestrator.lifecycle;

import io.github.flyorchestrator.FlyException;
import io.github.flyorchestrator.LifecycleOptions;
import io.github.flyorchestrator.client.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.client.StopOptions;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineCreateRequest;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.MachineState;
import io.github.flyorchestrator.wait.MachineStateGoal;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * Acts on one machine and waits for the result, each call in its own {@code fly.orchestrator.wait} observation.
 *
 * <p>Start, stop, restart and suspend read the machine first. They wait with the machine's version and, as
 * {@code from_event_id}, the newest event seen before the action. When the machine was already in the target state
 * (always for a restart) a read in that state ends the wait only if it shows an event with that status that was not
 * there before the action, so an old {@code started} never ends a restart. An update sends {@code current_version},
 * waits for {@code settled} on the new version returned by the update and fails when it settles in {@code failed}. A
 * destroy treats a 404 from the read, the destroy, the wait or the final read as done. Every action is sent through
 * {@link AmbiguousActions}: after a failure that leaves open whether it took effect, the machine is re-read and the
 * action sent again only when it did not.
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

  private final OrchestrationSupport support;
  private final ReactiveFlyMachinesClient client;
  private final AmbiguousActions actions;

  /** @param support the shared engine */
  public MachineLifecycle(OrchestrationSupport support) {
    this.support = Objects.requireNonNull(support, "support must not be null");
    this.client = support.client();
    this.actions = new AmbiguousActions(support);
  }

  /** Starts the machine and waits for {@code started}. @param app app @param id machine @param options options
   * @return the machine as read after the wait */
  public Mono<Machine> start(String app, String id, LifecycleOptions options) {
    return transition(START_AND_WAIT, app, id, MachineState.STARTED, MachineState.STARTING, options,
        nonce -> client.startMachine(app, id, nonce));
  }

  /** Stops the machine and waits for {@code stopped}. @param app app @param id machine @param stop signal and
   * timeout @param options options @return the machine as read after the wait */
  public Mono<Machine> stop(String app, String id, StopOptions stop, LifecycleOptions options) {
    StopOptions body = stop != null ? stop : StopOptions.DEFAULT;
    return transition(STOP_AND_WAIT, app, id, MachineState.STOPPED, MachineState.STOPPING, options,
        nonce -> client.stopMachine(app, id, body, nonce));
  }

  /** Restarts the machine and waits for a new {@code started}. @param app app @param id machine @param options
   * options @return the machine as read after the wait */
  public Mono<Machine> restart(String app, String id, LifecycleOptions options) {
    return transition(RESTART_AND_WAIT, app, id, MachineState.STARTED, MachineState.RESTARTING, options,
        nonce -> client.restartMachine(app, id, nonce));
  }

  /** Suspends the machine and waits for {@code suspended}. @param app app @param id machine @param options options
   * @return the machine as read after the wait */
  public Mono<Machine> suspend(String app, String id, LifecycleOptions options) {
    return transition(SUSPEND_AND_WAIT, app, id, MachineState.SUSPENDED, MachineState.SUSPENDING, options,
        nonce -> client.suspendMachine(app, id, nonce));
  }

  /**
   * Updates the machine's config and waits until the new version settles.
   *
   * @param app app
   * @param id machine
   * @param config the new config
   * @param options options
   * @return the machine as read after it settled; a {@link FlyException} when it settled in {@code failed}
   */
  public Mono<Machine> update(String app, String id, MachineConfig config, LifecycleOptions options) {
    Objects.requireNonNull(config, "config must not be null");
    LifecycleOptions opts = options != null ? options : LifecycleOptions.DEFAULTS;
    Duration timeout = support.timeoutOrDefault(opts.timeout());
    MachineStateGoal settled = new MachineStateGoal(MachineState.SETTLED);
    return support.observe(UPDATE_AND_WAIT, app, id, timeout,
        "Machine " + id + " of app " + app + " did not settle after its update within " + timeout, opts.listener(),
        run -> run.progress().bound(client.getMachine(app, id)).flatMap(before -> {
          run.progress().observe(before.state());
          MachineCreateRequest body = MachineCreateRequest.of(config, null)
              .withCurrentVersion(before.currentVersion());
          return actions.send(app, id, () -> client.updateMachine(app, id, body, opts.leaseNonce()),
              read -> !Objects.equals(read.currentVersion(), before.currentVersion()), Mono::just, run.progress())
              .flatMap(updated -> {
                String newVersion = updated.currentVersion();
                Predicate<Machine> onNewVersion = read -> newVersion == null
                    || newVersion.equals(read.currentVersion());
                return support.waiter().await(app, updated, settled, null, onNewVersion, run.progress());
              })
              .flatMap(after -> MachineState.FAILED.equals(after.state())
                  ? Mono.error(new FlyException("Update of machine " + id + " of app " + app + " to version "
                      + after.currentVersion() + " settled in state 'failed'", null))
                  : Mono.just(after));
        }));
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
    LifecycleOptions opts = options != null ? options : LifecycleOptions.DEFAULTS;
    Duration timeout = support.timeoutOrDefault(opts.timeout());
    MachineStateGoal destroyed = new MachineStateGoal(MachineState.DESTROYED);
    return support.observe(DESTROY_AND_WAIT, app, id, timeout,
        "Machine " + id + " of app " + app + " was not destroyed within " + timeout, opts.listener(),
        run -> run.progress().bound(client.getMachine(app, id))
            .flatMap(before -> actions.send(app, id, () -> client.destroyMachine(app, id, force, opts.leaseNonce()),
                    read -> MachineState.DESTROYING.equals(read.state()) || MachineState.DESTROYED.equals(read.state()),
                    read -> Mono.<Void>empty(), run.progress())
                .then(Mono.defer(() -> support.waiter().await(app, before, destroyed, run.progress()))))
            .onErrorResume(MachineLifecycle::isNotFound, gone -> Mono.empty())
            .then());
  }

  private Mono<Machine> transition(String operation, String app, String id, String target, String transitional,
      LifecycleOptions options, Function<String, Mono<Void>> action) {
    Objects.requireNonNull(app, "app must not be null");
    Objects.requireNonNull(id, "machine id must not be null");
    LifecycleOptions opts = options != null ? options : LifecycleOptions.DEFAULTS;
    Duration timeout = support.timeoutOrDefault(opts.timeout());
    MachineStateGoal goal = new MachineStateGoal(target);
    return support.observe(operation, app, id, timeout,
        "Machine " + id + " of app " + app + " did not reach state '" + target + "' within " + timeout,
        opts.listener(),
        run -> run.progress().bound(client.getMachine(app, id)).flatMap(before -> {
          Set<String> seenEvents = before.events().stream().map(MachineEvent::id).filter(Objects::nonNull)
              .collect(Collectors.toUnmodifiableSet());
          boolean needsNewEvent = target.equals(before.state());
          Predicate<Machine> confirmed = read -> !needsNewEvent || hasNewEvent(read, seenEvents, target);
          Predicate<Machine> tookEffect = read -> transitional.equals(read.state())
              || (target.equals(read.state()) && confirmed.test(read));
          return actions.send(app, id, () -> action.apply(opts.leaseNonce()), tookEffect, read -> Mono.<Void>empty(),
                  run.progress())
              .then(Mono.defer(() -> support.waiter()
                  .await(app, before, goal, newestEventId(before), confirmed, run.progress())));
        }));
  }

  private static boolean hasNewEvent(Machine read, Set<String> seenEvents, String status) {
    return read.events().stream()
        .anyMatch(event -> event.id() != null && !seenEvents.contains(event.id()) && status.equals(event.status()));
  }

  private static String newestEventId(Machine machine) {
    return machine.events().stream()
        .filter(event -> event.id() != null)
        .reduce((newest, event) -> timestamp(event) > timestamp(newest) ? event : newest)
        .map(MachineEvent::id)
        .orElse(null);
  }

  private static long timestamp(MachineEvent event) {
    return event.timestamp() != null ? event.timestamp() : Long.MIN_VALUE;
  }

  private static boolean isNotFound(Throwable error) {
    return error instanceof FlyException fly && fly.hasStatus(404);
  }
}
