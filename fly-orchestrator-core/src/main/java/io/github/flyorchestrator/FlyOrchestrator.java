package io.github.flyorchestrator;

import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.Machine;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Blocking twin of {@link ReactiveFlyOrchestrator}: the same workflows, the same deadlines and telemetry, for code
 * that is not reactive. Each method blocks the calling thread until the workflow ends; it must not be called from a
 * reactive (non-blocking) thread.
 */
public interface FlyOrchestrator {

  /**
   * Creates an app and waits, within the default timeout, until it can be read back.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @return the app as first read back
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
   */
  App createAppAndWait(String appName, String orgSlug, Duration timeout);

  /**
   * Creates an app and waits until it can be read back and {@code ready} accepts it.
   *
   * @param appName app name
   * @param orgSlug organization slug
   * @param timeout deadline for the create and the wait together
   * @param ready the condition the app must meet
   * @return the first app read back that meets the condition
   */
  App createAppAndWait(String appName, String orgSlug, Duration timeout, Predicate<App> ready);

  /**
   * Creates a machine and waits for the requested state.
   *
   * @param request what to create and what to wait for
   * @return the machine as read after the wait
   * @see ReactiveFlyOrchestrator#createMachineAndWait(CreateMachineRequest)
   */
  Machine createMachineAndWait(CreateMachineRequest request);

  /**
   * Calls {@code check} until it answers done or failed, or the deadline passes.
   *
   * @param check called once per attempt, on a thread that may block
   * @param options timeout, operation name and timeout message
   * @param <T> the value type
   * @return the value of the first done result
   */
  <T> T pollUntil(Supplier<PollResult<T>> check, PollOptions options);
}
