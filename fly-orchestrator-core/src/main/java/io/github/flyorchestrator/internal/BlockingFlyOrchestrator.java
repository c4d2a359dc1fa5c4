package io.github.flyorchestrator.internal;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.PollResult;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.client.BlockingCalls;
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
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The {@link FlyOrchestrator} that blocks on a {@link ReactiveFlyOrchestrator}. Errors reach the caller as they were
 * raised ({@link FlyException}, {@link FlyTimeoutException}, a failed poll's {@link RuntimeException}), not wrapped by
 * Reactor; an interrupt or a checked exception is a {@link FlyException} ({@link BlockingCalls}).
 */
public class BlockingFlyOrchestrator implements FlyOrchestrator {

  private final ReactiveFlyOrchestrator reactive;
  private final Scheduler blockingScheduler;

  /**
   * Creates the blocking facade ({@link FlyOrchestrator#blocking(ReactiveFlyOrchestrator, Scheduler)}).
   *
   * @param reactive the reactive orchestrator
   * @param blockingScheduler where {@link #pollUntil} runs its blocking checks
   */
  public BlockingFlyOrchestrator(ReactiveFlyOrchestrator reactive, Scheduler blockingScheduler) {
    this.reactive = Objects.requireNonNull(reactive, "reactive must not be null");
    this.blockingScheduler = Objects.requireNonNull(blockingScheduler, "blockingScheduler must not be null");
  }

  @Override
  public App createAppAndWait(String appName, String orgSlug) {
    return await(reactive.createAppAndWait(appName, orgSlug));
  }

  @Override
  public App createAppAndWait(String appName, String orgSlug, Duration timeout) {
    return await(reactive.createAppAndWait(appName, orgSlug, timeout));
  }

  @Override
  public App createAppAndWait(String appName, String orgSlug, Predicate<App> ready) {
    return await(reactive.createAppAndWait(appName, orgSlug, ready));
  }

  @Override
  public App createAppAndWait(String appName, String orgSlug, Duration timeout, Predicate<App> ready) {
    return await(reactive.createAppAndWait(appName, orgSlug, timeout, ready));
  }

  @Override
  public Machine createMachineAndWait(CreateMachineRequest request) {
    return await(reactive.createMachineAndWait(request));
  }

  @Override
  public Machine createMachineAndWait(CreateMachineRequest request, MachineStateListener listener) {
    return await(reactive.createMachineAndWait(request, listener));
  }

  @Override
  public Machine startAndWait(String appName, String machineId, LifecycleOptions options) {
    return await(reactive.startAndWait(appName, machineId, options));
  }

  @Override
  public Machine stopAndWait(String appName, String machineId, StopOptions stop, LifecycleOptions options) {
    return await(reactive.stopAndWait(appName, machineId, stop, options));
  }

  @Override
  public Machine restartAndWait(String appName, String machineId, LifecycleOptions options) {
    return await(reactive.restartAndWait(appName, machineId, options));
  }

  @Override
  public Machine suspendAndWait(String appName, String machineId, LifecycleOptions options) {
    return await(reactive.suspendAndWait(appName, machineId, options));
  }

  @Override
  public Machine updateAndWait(String appName, String machineId, MachineConfig config, LifecycleOptions options) {
    return await(reactive.updateAndWait(appName, machineId, config, options));
  }

  @Override
  public void destroyAndWait(String appName, String machineId, boolean force, LifecycleOptions options) {
    await(reactive.destroyAndWait(appName, machineId, force, options));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The action runs on the blocking scheduler; the calling thread waits for it.
   */
  @Override
  public <T> T withLease(String appName, String machineId, Duration ttl, Function<Lease, T> action) {
    Objects.requireNonNull(action, "action must not be null");
    return await(reactive.withLease(appName, machineId, ttl,
        lease -> Mono.fromCallable(() -> action.apply(lease)).subscribeOn(blockingScheduler)));
  }

  @Override
  public RolloutResult rollout(RolloutRequest request) {
    return await(reactive.rollout(request));
  }

  @Override
  public ProvisionedApp provisionAppAndWait(ProvisionAppRequest request) {
    return await(reactive.provisionAppAndWait(request));
  }

  @Override
  public void deprovisionAppAndWait(String appName) {
    await(reactive.deprovisionAppAndWait(appName));
  }

  @Override
  public void deprovisionAppAndWait(String appName, Duration timeout) {
    await(reactive.deprovisionAppAndWait(appName, timeout));
  }

  @Override
  public void shutdown(Duration gracePeriod) {
    await(reactive.shutdown(gracePeriod));
  }

  /**
   * {@inheritDoc}
   *
   * @return the value of the first done result ({@code null} when that value is {@code null})
   */
  @Override
  public <T> T pollUntil(Supplier<PollResult<T>> check, PollOptions options) {
    Objects.requireNonNull(check, "check must not be null");
    return await(reactive.pollUntil(() -> Mono.fromSupplier(check).subscribeOn(blockingScheduler), options));
  }

  private static <T> T await(Mono<T> mono) {
    return BlockingCalls.block(mono, "the Fly orchestrator call");
  }
}
