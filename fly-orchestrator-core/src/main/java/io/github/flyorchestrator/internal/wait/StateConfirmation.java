package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.WaitResult;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How a wait after an action tells the new state from an old one that looks the same (a {@code started} seen before a
 * restart is not the restart's {@code started}).
 *
 * <p>The wait endpoint's answer settles it when the call was anchored: with a {@code from_event_id} (the server only
 * answers for an event after it) or with a version the action itself created (an update's new version). An answer
 * in the target state to such a call confirms the new state (see {@link #answerConfirms}). Otherwise, and for every
 * machine read (after a 408 or while polling), {@code confirmed} decides.
 *
 * @param fromEventId the newest event id seen before the action, sent as {@code from_event_id}, or {@code null}
 * @param versionIsNew whether the machine's version passed to the wait was created by the action, so that the wait
 *     endpoint's answer for it can only be about the new state
 * @param confirmed whether a machine read in the target state shows the new state
 */
public record StateConfirmation(String fromEventId, boolean versionIsNew, Predicate<Machine> confirmed) {

  /** Any state is the awaited one (nothing to tell apart, e.g. a machine just created). */
  public static final StateConfirmation ANY = new StateConfirmation(null, false, machine -> true);

  /** Validates the values. */
  public StateConfirmation {
    Objects.requireNonNull(confirmed, "confirmed must not be null");
  }

  /**
   * A confirmation anchored on an event id.
   *
   * @param fromEventId the newest event id seen before the action, or {@code null} when none had an id
   * @param confirmed the read-based check, used when the wait endpoint's answer does not settle it
   * @return the confirmation
   */
  public static StateConfirmation afterEvent(String fromEventId, Predicate<Machine> confirmed) {
    return new StateConfirmation(fromEventId, false, confirmed);
  }

  /**
   * A confirmation anchored on a version the action created (an update).
   *
   * @param confirmed the read-based check, e.g. "the read shows the new version"
   * @return the confirmation
   */
  public static StateConfirmation onNewVersion(Predicate<Machine> confirmed) {
    return new StateConfirmation(null, true, confirmed);
  }

  /**
   * Whether an answer of the wait endpoint in the target state confirms the new state by itself: the call was made
   * on a version the action created, or with a {@code from_event_id} and the answer names no event or another one
   * (an answer naming that very event is not about a newer one).
   *
   * @param answer the wait endpoint's answer
   * @return whether it confirms the new state
   */
  public boolean answerConfirms(WaitResult answer) {
    return versionIsNew || fromEventId != null && !fromEventId.equals(answer.eventId());
  }
}
