package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyLeaseException;
import io.github.flyorchestrator.exception.FlyLeaseHeldException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.internal.client.FlyNames;
import io.github.flyorchestrator.internal.observation.CancelCleanups;
import io.github.flyorchestrator.internal.util.HumanDuration;
import io.github.flyorchestrator.internal.wait.Acceptor;
import io.github.flyorchestrator.internal.wait.Deadline;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.internal.wait.PollRules;
import io.github.flyorchestrator.model.Lease;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs an action while holding a machine's lease: acquires it (failing with {@link FlyLeaseHeldException} on a 409,
 * or retrying the acquire with backoff for a given time; the exception names the holder and its expiry, read from
 * the lease, so a lease a crashed process left is recognisable and ends at that expiry), refreshes it every half
 * TTL while the action runs, and releases it when the action completes, fails or is cancelled. The app name and
 * machine id are checked before the first request. Lease answers are checked as flyctl does
 * ({@code leasable_machine.go}): an answer that is not {@code success}, carries no lease or no nonce, or a refresh
 * that returns another nonce, is a {@link FlyLeaseException}. A failed refresh means the lease may be lost: the
 * action is cancelled, the lease released (under both nonces when a refresh changed it) and the call fails. A failed
 * release is ignored (the lease then expires with its TTL). The release after a cancel is tracked by the
 * {@link CancelCleanups} in the context, if any, so that the orchestrator's shutdown waits for it.
 */
public final class LeaseRunner {

  /**
   * Description sent with every lease acquired here: names the process, so that whoever finds the lease held (a
   * {@link FlyLeaseHeldException}, {@code fly machine leases view}) can tell which process holds it.
   */
  static final String LEASE_DESCRIPTION = "fly-orchestrator pid " + ProcessHandle.current().pid();

  private static final Duration MIN_REFRESH_PERIOD = Duration.ofSeconds(1);

  private final OrchestrationSupport support;
  private final ReactiveFlyMachinesClient client;

  /** @param support the shared engine */
  public LeaseRunner(OrchestrationSupport support) {
    this.support = Objects.requireNonNull(support, "support must not be null");
    this.client = support.client();
  }

  /**
   * Runs {@code action} under the machine's lease.
   *
   * @param app the app
   * @param machineId the machine
   * @param ttl lease time to live (whole seconds, at least 1 s)
   * @param waitForLease how long to keep retrying the acquire while another holder has the lease, or {@code null}
   *     or zero to fail at the first 409
   * @param action what to do with the lease (pass its nonce to mutations)
   * @param <T> the value type
   * @return the action's result
   */
  public <T> Mono<T> run(String app, String machineId, Duration ttl, Duration waitForLease,
      Function<Lease, ? extends Mono<T>> action) {
    FlyNames.requireAppName("appName", app);
    FlyNames.requireResourceId("machineId", machineId);
    Objects.requireNonNull(action, "action must not be null");
    if (ttl == null || ttl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("lease ttl must be at least 1 s, was " + ttl);
    }
    return Mono.deferContextual(view -> Mono.usingWhen(
        acquire(app, machineId, ttl, waitForLease),
        lease -> Mono.firstWithSignal(Mono.defer(() -> action.apply(lease)), keepRefreshed(app, machineId, lease,
            ttl)),
        lease -> release(app, machineId, lease),
        (lease, error) -> release(app, machineId, lease),
        lease -> CancelCleanups.tracked(view, release(app, machineId, lease))));
  }

  private Mono<Lease> acquire(String app, String machineId, Duration ttl, Duration waitForLease) {
    String what = "acquiring the lease of machine " + machineId + " of app " + app;
    Mono<Lease> once = client.acquireLease(app, machineId, ttl, LEASE_DESCRIPTION)
        .onErrorMap(FlyLeaseException.class, error -> new FlyLeaseException(what + " failed: " + error.getMessage(),
            error.getLeaseStatus(), error))
        .switchIfEmpty(Mono.error(() -> new FlyLeaseException(what + " returned no lease", null, null)))
        .flatMap(lease -> lease.nonce() == null
            ? Mono.error(new FlyLeaseException(what + " returned a lease without a nonce", null, null))
            : Mono.just(lease));
    if (waitForLease == null || waitForLease.isZero() || waitForLease.isNegative()) {
      return once.onErrorResume(FlyErrors::isConflict, error -> held(app, machineId, null, (FlyException) error));
    }
    PollRules<Lease> acquired = new PollRules<>(List.of(
        Acceptor.<Lease>successOn(lease -> true),
        Acceptor.<Lease>retryOnError(FlyErrors::isConflict)), lease -> "acquired");
    return Mono.defer(() -> {
      WaitProgress progress = new WaitProgress("acquire_lease", Deadline.start(waitForLease, support.scheduler()),
          "the lease of machine " + machineId + " of app " + app + " to be free of another holder", null);
      return support.poller().poll(() -> once, acquired, progress)
          .map(held -> held.value())
          .onErrorResume(error -> FlyErrors.isConflict(error.getCause()),
              error -> held(app, machineId, "waited " + HumanDuration.format(waitForLease),
                  (FlyException) error.getCause()));
    });
  }

  /**
   * The {@link FlyLeaseHeldException} for a refused acquire, naming the holder and when its lease expires as the API
   * reports the lease (read once; without it when that read fails).
   */
  private <T> Mono<T> held(String app, String machineId, String waited, FlyException conflict) {
    return client.getLease(app, machineId)
        .map(Optional::of)
        .onErrorResume(error -> Mono.just(Optional.empty()))
        .defaultIfEmpty(Optional.empty())
        .flatMap(holder -> {
          String expiry = holder.map(Lease::expiresAt).map(expiresAt -> Duration.ofSeconds(expiresAt)
              .minusMillis(support.scheduler().now(TimeUnit.MILLISECONDS))).filter(left -> !left.isNegative())
              .map(left -> "it expires in " + HumanDuration.format(left.truncatedTo(ChronoUnit.SECONDS)))
              .orElse(null);
          String detail = Stream.of(expiry, waited).filter(Objects::nonNull).collect(Collectors.joining("; "));
          return Mono.error(new FlyLeaseHeldException(app, machineId, holder.orElse(null),
              detail.isEmpty() ? null : detail, conflict));
        });
  }

  private <T> Mono<T> keepRefreshed(String app, String machineId, Lease lease, Duration ttl) {
    Duration half = ttl.dividedBy(2);
    Duration period = half.compareTo(MIN_REFRESH_PERIOD) < 0 ? MIN_REFRESH_PERIOD : half;
    String what = "refreshing the lease of machine " + machineId + " of app " + app;
    String lost = "; the lease may be lost, so the action under it was cancelled";
    return Flux.interval(period, period, support.scheduler())
        .concatMap(tick -> client.refreshLease(app, machineId, lease.nonce(), ttl)
            .onErrorMap(error -> new FlyLeaseException(what + " failed" + lost + ": " + error.getMessage(),
                error instanceof FlyLeaseException answer ? answer.getLeaseStatus() : null, error))
            .flatMap(refreshed -> lease.nonce().equals(refreshed.nonce()) ? Mono.just(refreshed)
                : releaseOther(app, machineId, refreshed).then(Mono.error(new FlyLeaseException(
                    what + " returned another nonce" + lost, null, null)))))
        .then(Mono.never());
  }

  /** Releases a lease a refresh answered with, when it is not the one held (a changed or missing nonce). */
  private Mono<Void> releaseOther(String app, String machineId, Lease refreshed) {
    return refreshed.nonce() == null ? Mono.empty() : release(app, machineId, refreshed);
  }

  private Mono<Void> release(String app, String machineId, Lease lease) {
    return client.releaseLease(app, machineId, lease.nonce()).onErrorResume(error -> Mono.empty());
  }
}
