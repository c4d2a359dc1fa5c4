package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One entry of a machine's event log.
 *
 * @param id event id (usable as the wait endpoint's {@code from_event_id})
 * @param type e.g. {@code launch}, {@code start}, {@code exit}, {@code update}
 * @param status e.g. {@code created}, {@code started}, {@code stopped}
 * @param source {@code user} or {@code flyd}
 * @param timestamp milliseconds since the epoch
 * @param request the request that caused the event, JSON-shaped (may be {@code null})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MachineEvent(
    @JsonProperty("id") String id,
    @JsonProperty("type") String type,
    @JsonProperty("status") String status,
    @JsonProperty("source") String source,
    @JsonProperty("timestamp") Long timestamp,
    @JsonProperty("request") Map<String, Object> request) {

  /** Copies the request map so that the record stays immutable. */
  public MachineEvent {
    request = request == null ? null : ModelCollections.copyOfNullable(request);
  }
}
