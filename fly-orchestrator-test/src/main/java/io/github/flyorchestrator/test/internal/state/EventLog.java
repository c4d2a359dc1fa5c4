package io.github.flyorchestrator.test.internal.state;

import io.github.flyorchestrator.test.internal.Ids;
import io.github.flyorchestrator.test.internal.Json;
import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The newest events of one machine, newest first, at most {@value #MAX_EVENTS}. Each carries an id; whether clients
 * see it is decided when rendering. Not thread-safe: guarded by the owning machine's monitor.
 */
final class EventLog {

  /** How many events a machine keeps (the events endpoint's maximum {@code limit}). */
  static final int MAX_EVENTS = 50;

  private final Deque<ObjectNode> events = new ArrayDeque<>();

  /**
   * @param type event type ({@code launch}, {@code start}, {@code exit}, ...)
   * @param status the state the machine reached
   * @param source {@code user} or {@code flyd}
   * @param nowMillis simulated now, the event's timestamp
   */
  void record(String type, String status, String source, long nowMillis) {
    ObjectNode event = Json.object();
    event.put("id", Ids.ulid(nowMillis));
    event.put("type", type);
    event.put("status", status);
    event.put("source", source);
    event.put("timestamp", nowMillis);
    events.addFirst(event);
    while (events.size() > MAX_EVENTS) {
      events.removeLast();
    }
  }

  /** @return the newest event's id, or {@code null} when there is none */
  String latestId() {
    ObjectNode first = events.peekFirst();
    return first == null ? null : first.get("id").stringValue();
  }

  /**
   * @param limit at most this many
   * @return copies of the events, newest first
   */
  ArrayNode toJson(int limit) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    events.stream().limit(limit).forEach(e -> array.add(e.deepCopy()));
    return array;
  }
}
