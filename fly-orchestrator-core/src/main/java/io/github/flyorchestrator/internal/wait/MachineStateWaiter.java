package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.model.Machine;
import java.util.Objects;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;

/**
 * Waits for a machine to reach a state, within a deadline that is never restarted.
 *
 * <p>With the wait endpoint (when enabled and the machine's version is known) it issues calls of
 * {@code min(60 s, remaining)} whole seconds, passing the target plus the states that make it unreachable so that the
 * server answers early on {@code failed}. A 408 means "not yet". When the long poll ran out (the 408 is the
 * endpoint's own "failed to reach desired state, ..., currently X", or the call was held for its whole timeout) the
 * next call goes out with no read in between, since the call already asks for the unreachable states; it waits only
 * for what is left of the backoff pause after the time the server held the call, so calls never come faster than
 * polling would (a 408 answered at once is followed by a pause). Any other 408 is followed by a read (failing early
 * on an unreachable state) and a pause. A 408 saying the machine is {@code stopped} or {@code failed} while
 * {@code started} is awaited, on a machine whose restart policy is {@code no}, ends the wait (as flyctl does). A call
 * that gets no usable answer (no response, a reset, 429, 5xx, an unreadable body) is followed by a read and made
 * again after a pause. A 400 refusing the request's timeout, version or state makes it poll {@code GET} the machine
 * for the time that is left; any other 400 is the answer. Each wait call and each poll counts as one attempt (a read
 * that checks a wait call's answer belongs to that call); a read or call that fails without an answer (see
 * {@link FlyErrors#isFailedAttempt}) costs only that attempt, and 401, 403 and other definitive answers end the wait.
 *
 * <p>A 404 means the machine is gone once it has been seen: it ends the wait with a
 * {@link FlyMachineStateException} (state {@code destroyed}), unless {@code destroyed} is awaited (then it is done).
 * A machine passed to {@link #await} was read from the server and counts as seen; one passed to
 * {@link #awaitCreated} was just created, and a 404 is retried until the server has shown it once (reads are
 * eventually consistent). The result is the machine as read after the wait.
 */
public final class MachineStateWaiter {

  private final ReactiveFlyMachinesClient client;
  private final Poller poller;
  private final BackoffSchedule backoff;
  private final boolean useWaitEndpoint;

  /**
   * Creates a waiter.
   *
   * @param client the Machines API client
   * @param poller the polling engine (for the fallback)
   * @param backoff pauses between retried wait calls
   * @param useWaitEndpoint {@code false} to only poll
   */
  public MachineStateWaiter(ReactiveFlyMachinesClient client, Poller poller, BackoffSchedule backoff,
      boolean useWaitEndpoint) {
    this.client = Objects.requireNonNull(client, "client must not be null");
    this.poller = Objects.requireNonNull(poller, "poller must not be null");
    this.backoff = Objects.requireNonNull(backoff, "backoff must not be null");
    this.useWaitEndpoint = useWaitEndpoint;
  }

  /**
   * Waits for a machine that was read from the server (so a 404 means it is gone) to reach {@code goal}.
   *
   * @param appName the machine's app
   * @param machine the machine as read (its id, version and restart policy are used)
   * @param goal the awaited state
   * @param progress the deadline and attempt count of the whole workflow
   * @return the machine as read after the wait; a {@link FlyMachineStateException} when it lands in a state from
   *     which the goal is unreachable or is gone; a {@link FlyTimeoutException} at the deadline
   */
  public Mono<Machine> await(String appName, Machine machine, MachineStateGoal goal, WaitProgress progress) {
    return await(appName, machine, goal, StateConfirmation.ANY, progress);
  }

  /**
   * Waits for a machine read from the server to reach {@code goal} after an action, so that a state seen before the
   * action is not taken for the new one: the wait endpoint is asked for an event after {@code fromEventId}, and its
   * answer in the target state confirms the new state when {@code fromEventId} is given; otherwise a machine read
   * only ends the wait when {@code confirmed} accepts it (a read in the target state that is not confirmed counts as
   * "not yet").
   *
   * @param appName the machine's app
   * @param machine the machine before the wait (its id and version are used)
   * @param goal the awaited state
   * @param fromEventId the newest event id seen before the action, or {@code null}
   * @param confirmed whether a machine read in the target state shows the new state, not an old one
   * @param progress the deadline and attempt count of the whole workflow
   * @return the machine as read after the wait; errors as for {@link #await(String, Machine, MachineStateGoal,
   *     WaitProgress)}
   */
  public Mono<Machine> await(String appName, Machine machine, MachineStateGoal goal, String fromEventId,
      Predicate<Machine> confirmed, WaitProgress progress) {
    return await(appName, machine, goal, StateConfirmation.afterEvent(fromEventId, confirmed), progress);
  }

  /**
   * Waits for a machine read from the server to reach {@code goal} after an action, telling the new state from an
   * old one as {@code confirmation} says.
   *
   * @param appName the machine's app
   * @param machine the machine before the wait (its id and version are used)
   * @param goal the awaited state
   * @param confirmation how the new state is told from an old one
   * @param progress the deadline and attempt count of the whole workflow
   * @return the machine as read after the wait; errors as for {@link #await(String, Machine, MachineStateGoal,
   *     WaitProgress)}
   */
  public Mono<Machine> await(String appName, Machine machine, MachineStateGoal goal, StateConfirmation confirmation,
      WaitProgress progress) {
    return start(appName, machine, goal, confirmation, true, progress);
  }

  /**
   * Waits for a machine that was just created to reach {@code goal}. Until the server has shown the machine once, a
   * 404 means "not yet" (its reads may lag behind the create); after that, as for {@link #await}.
   *
   * @param appName the machine's app
   * @param created the machine as the create returned it
   * @param goal the awaited state
   * @param progress the deadline and attempt count of the whole workflow
   * @return the machine as read after the wait; errors as for {@link #await(String, Machine, MachineStateGoal,
   *     WaitProgress)}
   */
  public Mono<Machine> awaitCreated(String appName, Machine created, MachineStateGoal goal, WaitProgress progress) {
    return start(appName, created, goal, StateConfirmation.ANY, false, progress);
  }

  private Mono<Machine> start(String appName, Machine machine, MachineStateGoal goal, StateConfirmation confirmation,
      boolean seen, WaitProgress progress) {
    Objects.requireNonNull(machine.id(), "machine id must not be null");
    Objects.requireNonNull(confirmation, "confirmation must not be null");
    MachineWait wait = new MachineWait(client, poller, backoff, appName, machine, goal, confirmation, seen, progress);
    progress.observe(machine.state());
    if (!useWaitEndpoint || machine.currentVersion() == null) {
      return wait.poll();
    }
    return wait.waitCall(0);
  }
}
