package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.client.FlyNames;
import io.github.flyorchestrator.internal.wait.Deadline;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineRolloutOutcome;
import io.github.flyorchestrator.model.MachineRolloutStatus;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.RolloutFailurePolicy;
import io.github.flyorchestrator.param.RolloutRequest;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/**
 * Rolls a config change over the machines of an app, in one {@code rollout} observation. At most
 * {@code concurrency} machines are in flight. A machine whose {@code host_status} is not {@code ok} is skipped
 * ({@code SKIPPED_HOST_UNHEALTHY}) without a lease, as flyctl does. A machine whose listed config (the server's, so a
 * re-run after a crash sees what the earlier run changed) already equals the target is not leased nor updated: it
 * is waited for until it settles and passes its health checks ({@code ALREADY_UPDATED}). Each other machine is
 * handled under its lease (a 409, also from a lease a crashed process left until its TTL ends, is retried with
 * backoff within the machine's deadline, so two rollouts of the same app take turns per machine): re-read under the
 * lease, left alone when its config already equals the target ({@code ALREADY_CURRENT}), otherwise
 * updated with the lease nonce and waited for until it settles and its health checks pass
 * ({@link MachineLifecycle#update}). A failure, a failing health check included, is recorded in the machine's
 * outcome, never thrown; the failure policy decides whether machines not yet started are skipped.
 */
public final class FleetRollout {

  /** Operation name of a rollout. */
  public static final String ROLLOUT = "rollout";

  private final OrchestrationSupport support;
  private final LeaseRunner leases;
  private final MachineLifecycle lifecycle;

  /**
   * @param support the shared engine
   * @param leases lease handling
   * @param lifecycle the update-and-wait
   */
  public FleetRollout(OrchestrationSupport support, LeaseRunner leases, MachineLifecycle lifecycle) {
    this.support = Objects.requireNonNull(support, "support must not be null");
    this.leases = Objects.requireNonNull(leases, "leases must not be null");
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle must not be null");
  }

  /**
   * Runs the rollout.
   *
   * @param request what to change and how
   * @return every selected machine's outcome; an error only when the machines cannot be listed
   */
  public Mono<RolloutResult> rollout(RolloutRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    String app = FlyNames.requireAppName("appName", request.appName());
    return support.observation().observe(ROLLOUT, app, context -> {
      long startNanos = support.scheduler().now(TimeUnit.NANOSECONDS);
      AtomicBoolean halted = new AtomicBoolean();
      return support.client().listMachines(app, MachineListOptions.ALL)
          .flatMapMany(machines -> Flux.fromIterable(machines).filter(request.selection()).index())
          .flatMap(indexed -> one(request, indexed.getT2(), halted)
              .map(outcome -> Tuples.of(indexed.getT1(), outcome)), request.concurrency())
          .collectSortedList(Comparator.comparing(Tuple2::getT1))
          .map(sorted -> {
            List<MachineRolloutOutcome> outcomes = sorted.stream().map(Tuple2::getT2).toList();
            return new RolloutResult(app, outcomes,
                Duration.ofNanos(support.scheduler().now(TimeUnit.NANOSECONDS) - startNanos));
          });
    });
  }

  private Mono<MachineRolloutOutcome> one(RolloutRequest request, Machine listed, AtomicBoolean halted) {
    String app = request.appName();
    String id = listed.id();
    return Mono.defer(() -> {
      if (!listed.isHostOk()) {
        return Mono.just(hostUnhealthy(listed, Duration.ZERO));
      }
      if (halted.get()) {
        return Mono.just(new MachineRolloutOutcome(id, MachineRolloutStatus.SKIPPED, listed.currentVersion(), null,
            "skipped after an earlier failure", Duration.ZERO));
      }
      Deadline deadline = Deadline.start(request.machineTimeout(), support.scheduler());
      Mono<MachineRolloutOutcome> underLease = leases.run(app, id, request.leaseTtl(), request.machineTimeout(),
          lease -> updateUnderLease(request, id, lease, deadline));
      // Deferred: a config change that throws fails this machine alone, as any other failure does.
      return Mono.defer(() -> alreadyUpdated(request, listed, deadline))
          .switchIfEmpty(underLease)
          .onErrorResume(error -> {
            if (request.failurePolicy() == RolloutFailurePolicy.STOP_AT_FIRST_FAILURE) {
              halted.set(true);
            }
            return Mono.just(new MachineRolloutOutcome(id, MachineRolloutStatus.FAILED, listed.currentVersion(),
                null, String.valueOf(error.getMessage()), deadline.elapsed()));
          });
    });
  }

  /**
   * A machine listed with the target config already (an earlier run updated it): no lease, no update; waits until
   * it settles and passes its health checks. Empty when its config differs from the target, as listed or as re-read
   * when the wait begins; the lease path then decides.
   */
  private Mono<MachineRolloutOutcome> alreadyUpdated(RolloutRequest request, Machine listed, Deadline deadline) {
    if (listed.config() == null) {
      return Mono.empty();
    }
    MachineConfig target = targetConfig(request, listed);
    if (!Objects.equals(target, listed.config())) {
      return Mono.empty();
    }
    LifecycleOptions options = LifecycleOptions.DEFAULTS.withTimeout(positive(deadline.remaining()))
        .withHealthChecks(request.waitForHealthChecks());
    return lifecycle.awaitConfig(request.appName(), listed.id(), target, options)
        .map(settled -> new MachineRolloutOutcome(listed.id(), MachineRolloutStatus.ALREADY_UPDATED,
            listed.currentVersion(), settled.currentVersion(), null, deadline.elapsed()));
  }

  /** Re-reads the machine under the lease and updates it unless it already has the target config. */
  private Mono<MachineRolloutOutcome> updateUnderLease(RolloutRequest request, String id, Lease lease,
      Deadline deadline) {
    String app = request.appName();
    return support.client().getMachine(app, id)
        .timeout(positive(deadline.remaining()), Mono.error(() -> timeout(request, id, deadline)), support.scheduler())
        .flatMap(current -> {
          if (!current.isHostOk()) {
            return Mono.just(hostUnhealthy(current, deadline.elapsed()));
          }
          MachineConfig target = targetConfig(request, current);
          if (Objects.equals(target, current.config())) {
            return Mono.just(new MachineRolloutOutcome(id, MachineRolloutStatus.ALREADY_CURRENT,
                current.currentVersion(), current.currentVersion(), null, deadline.elapsed()));
          }
          Duration remaining = deadline.remaining();
          if (remaining.isZero()) {
            return Mono.error(timeout(request, id, deadline));
          }
          LifecycleOptions options = LifecycleOptions.DEFAULTS.withTimeout(remaining).withLeaseNonce(lease.nonce())
              .withHealthChecks(request.waitForHealthChecks())
              .withExpectedVersion(request.optimisticUpdates() ? current.currentVersion() : null);
          return lifecycle.update(app, id, target, options)
              .map(updated -> new MachineRolloutOutcome(id, MachineRolloutStatus.UPDATED, current.currentVersion(),
                  updated.currentVersion(), null, deadline.elapsed()));
        });
  }

  /**
   * The config the change makes of a machine's config.
   *
   * @throws IllegalStateException when the machine has no config or the change returns none: nothing to send
   */
  private static MachineConfig targetConfig(RolloutRequest request, Machine machine) {
    if (machine.config() == null) {
      throw new IllegalStateException("machine " + machine.id() + " of app " + request.appName()
          + " came back from the API without a config, so the rollout's change had nothing to apply to;"
          + " it was not updated");
    }
    MachineConfig target = request.configChange().apply(machine.config());
    if (target == null) {
      throw new IllegalStateException("the rollout's config change returned no config (null) for machine "
          + machine.id() + " of app " + request.appName() + "; it was not updated");
    }
    return target;
  }

  private static MachineRolloutOutcome hostUnhealthy(Machine machine, Duration elapsed) {
    return new MachineRolloutOutcome(machine.id(), MachineRolloutStatus.SKIPPED_HOST_UNHEALTHY,
        machine.currentVersion(), null, "host_status is " + machine.hostStatus()
            + ": the machine's host does not answer, so it was neither leased nor updated", elapsed);
  }

  private static Duration positive(Duration remaining) {
    return remaining.isZero() ? Duration.ofMillis(1) : remaining;
  }

  private static FlyTimeoutException timeout(RolloutRequest request, String id, Deadline deadline) {
    return FlyTimeoutException.waitingFor("machine " + id + " of app " + request.appName() + " to be rolled out",
        request.machineTimeout(), ROLLOUT, 0, deadline.elapsed(), null, null);
  }
}
