package io.github.flyorchestrator;

import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.Machine;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Multi-step Fly Machines workflows that end when the resource is really usable, with backoff, a real deadline and
 * one {@code fly.orchestrator.wait} observation per call. Nothing happens until the returned {@link Mono} is
 * subscribed; cancelling the subscription stops polling and in-flight requests.
 *
 * <p>The blocking twin is {@link FlyOrchestrator}.
 */
public interface ReactiveFlyOrchestrator {

  /**
   * Creates an app and waits, within the default timeout, until {@code GET /v1/apps/{name}} answers 200 (a 404 right
   * after the create is normal and means keep polling).
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @return the app as first read back
   */
  Mono<App> createAppAndWait(String appName, String orgSlug);

  /**
   * Creates an app and waits until it can be read back.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @param timeout deadline for the create and the wait together
   * @return the app as first read back
   */
  Mono<App> createAppAndWait(String appName, String orgSlug, Duration timeout);

  /**
   * Creates an app and waits until it can be read back and {@code ready} accepts it, e.g.
   * {@code App::isDeployed}.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @param timeout deadline for the create and the wait together
   * @param ready the condition the app must meet
   * @return the first app read back that meets the condition
   */
  Mono<App> createAppAndWait(String appName, String orgSlug, Duration timeout, Predicate<App> ready);

  /**
   * Creates a machine and waits for the requested state (default {@code started}) using the wait endpoint with the
   * machine's version, re-issued in calls of at most 60 s until the deadline, falling back to polling the machine
   * when the wait endpoint cannot be used. Waiting for {@code started} ends early with a {@link FlyException} when the
   * machine lands in {@code failed} or {@code destroyed}.
   *
   * @param request what to create and what to wait for
   * @return the machine as read after the wait
   */
  Mono<Machine> createMachineAndWait(CreateMachineRequest request);

  /**
   * Calls {@code check} until it answers done or failed, or the deadline passes. Between checks it waits
   * {@code fly.orchestrator.backoff.*} delays, each cut to the time remaining.
   *
   * @param check a fresh check for every attempt
   * @param options timeout, operation name and timeout message
   * @param <T> the value type
   * @return the value of the first done result; {@link FlyTimeoutException} on timeout; the failed result's error
   */
  <T> Mono<T> pollUntil(Supplier<Mono<PollResult<T>>> check, PollOptions options);
}
