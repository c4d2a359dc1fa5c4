package io.github.flyorchestrator.internal.observation;

import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.observation.DefaultFlyWaitObservationConvention;
import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation;
import io.github.flyorchestrator.observation.FlyWaitObservationContext;
import io.github.flyorchestrator.observation.FlyWaitObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Runs a reactive wait inside one {@code fly.orchestrator.wait} observation: started on subscription, stopped once
 * when the wait succeeds, fails, times out (event {@code timeout}, error recorded) or is cancelled. The observation is
 * put into the Reactor Context under {@link ObservationThreadLocalAccessor#KEY}, so the HTTP client's observations of
 * the calls made inside the wait get it as their parent. Its own parent is the observation in the subscriber's
 * context, if any. A listener put into the subscriber's Reactor Context with {@link #listenTo(Context, Consumer)} is
 * given the context of every wait that starts under it (the orchestrator's shutdown describes abandoned workflows
 * from them).
 */
public final class WaitObservation {

  private static final Object LISTENER_KEY = WaitObservation.class;

  private final ObservationRegistry registry;
  private final FlyWaitObservationConvention customConvention;
  private static final DefaultFlyWaitObservationConvention DEFAULT_CONVENTION =
      new DefaultFlyWaitObservationConvention();

  /**
   * Creates the helper.
   *
   * @param registry where observations go ({@link ObservationRegistry#NOOP} turns them off)
   * @param customConvention replaces the default convention, or {@code null}
   */
  public WaitObservation(ObservationRegistry registry, FlyWaitObservationConvention customConvention) {
    this.registry = registry != null ? registry : ObservationRegistry.NOOP;
    this.customConvention = customConvention;
  }

  /**
   * Puts a listener into a Reactor Context: every wait observed under it hands the listener its context when it
   * starts, outermost first (a {@code rollout}, then the {@code update_and_wait} of each machine).
   *
   * @param context the subscriber's context
   * @param listener told of each wait's context
   * @return the context with the listener
   */
  public static Context listenTo(Context context, Consumer<FlyWaitObservationContext> listener) {
    return context.put(LISTENER_KEY, Objects.requireNonNull(listener, "listener must not be null"));
  }

  /**
   * Observes a wait.
   *
   * @param operation the operation name tag
   * @param app the app name, or {@code null}
   * @param wait builds the wait from its context (to record the machine id, attempts and reason)
   * @param <T> the value type
   * @return the observed wait
   */
  public <T> Mono<T> observe(String operation, String app, Function<FlyWaitObservationContext, Mono<T>> wait) {
    Objects.requireNonNull(wait, "wait must not be null");
    return Mono.deferContextual(view -> {
      FlyWaitObservationContext context = new FlyWaitObservationContext(operation, app);
      Consumer<FlyWaitObservationContext> listener = view.getOrDefault(LISTENER_KEY, null);
      if (listener != null) {
        listener.accept(context);
      }
      Observation parent = view.getOrDefault(ObservationThreadLocalAccessor.KEY, registry.getCurrentObservation());
      Observation observation = FlyOrchestratorObservationDocumentation.WAIT
          .observation(customConvention, DEFAULT_CONVENTION, () -> context, registry)
          .parentObservation(parent)
          .start();
      AtomicBoolean stopped = new AtomicBoolean();
      return Mono.defer(() -> wait.apply(context))
          .contextWrite(reactorContext -> reactorContext.put(ObservationThreadLocalAccessor.KEY, observation))
          .doOnSuccess(value -> stop(observation, context, stopped, FlyWaitObservationContext.Outcome.SUCCESS, null))
          .doOnError(error -> stop(observation, context, stopped,
              error instanceof FlyTimeoutException ? FlyWaitObservationContext.Outcome.TIMEOUT
                  : FlyWaitObservationContext.Outcome.ERROR, error))
          .doOnCancel(() -> stop(observation, context, stopped, FlyWaitObservationContext.Outcome.CANCELLED, null));
    });
  }

  private static void stop(Observation observation, FlyWaitObservationContext context, AtomicBoolean stopped,
      FlyWaitObservationContext.Outcome outcome, Throwable error) {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    context.setOutcome(outcome);
    if (outcome == FlyWaitObservationContext.Outcome.TIMEOUT) {
      observation.event(FlyOrchestratorObservationDocumentation.Events.TIMEOUT);
    }
    if (error != null) {
      observation.error(error);
    }
    observation.stop();
  }
}
