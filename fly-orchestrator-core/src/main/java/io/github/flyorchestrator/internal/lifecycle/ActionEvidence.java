package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineEvent;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a machine's event log showed before an action, so that a later read can tell the state the action produced
 * from the same state seen before it. Only the server's own data is used, never the local clock: an event is new when
 * its id was not there before (when the API sends ids) or when its server timestamp is later than the newest one
 * seen before. Event ids are used when present and never required.
 */
final class ActionEvidence {

  private final Set<String> idsBefore;
  private final Long newestTimestampBefore;
  private final String newestIdBefore;

  private ActionEvidence(Set<String> idsBefore, Long newestTimestampBefore, String newestIdBefore) {
    this.idsBefore = idsBefore;
    this.newestTimestampBefore = newestTimestampBefore;
    this.newestIdBefore = newestIdBefore;
  }

  /**
   * @param before the machine as read before the action
   * @return what its events show
   */
  static ActionEvidence before(Machine before) {
    Set<String> ids = before.events().stream().map(MachineEvent::id).filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableSet());
    MachineEvent newest = before.events().stream()
        .filter(event -> event.timestamp() != null)
        .max(Comparator.comparingLong(MachineEvent::timestamp))
        .orElse(null);
    return new ActionEvidence(ids, newest != null ? newest.timestamp() : null, newest != null ? newest.id() : null);
  }

  /**
   * The wait endpoint's {@code from_event_id}: the id of the newest event before the action, when the API sent one.
   *
   * @return the id, or {@code null} when the newest event has none (or there is no event)
   */
  String fromEventId() {
    return newestIdBefore;
  }

  /**
   * @param read a later read of the machine
   * @param status the status the action leads to, e.g. {@code started}
   * @return whether the read shows an event with that status that happened after the read taken before the action
   */
  boolean showsNewEvent(Machine read, String status) {
    return read.events().stream().anyMatch(event -> status.equals(event.status()) && isNew(event));
  }

  private boolean isNew(MachineEvent event) {
    if (event.id() != null && !idsBefore.isEmpty() && !idsBefore.contains(event.id())) {
      return true;
    }
    return event.timestamp() != null && (newestTimestampBefore == null || event.timestamp() > newestTimestampBefore);
  }
}
