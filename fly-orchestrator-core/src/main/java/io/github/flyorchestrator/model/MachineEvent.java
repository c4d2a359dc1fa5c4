package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One entry of a machine's event log. The spec's {@code MachineEvent} has an {@code id}; the docs' examples and
 * fly-go's {@code MachineEvent} have none, so {@link #id()} may be {@code null}. The server's {@link #timestamp()}
 * orders events.
 *
 * @param id event id (usable as the wait endpoint's {@code from_event_id}), or {@code null} when the API sends none
 * @param type e.g. {@code launch}, {@code start}, {@code exit}, {@code update}
 * @param status e.g. {@code created}, {@code started}, {@code stopped}
 * @param source {@code user} or {@code flyd}
 * @param timestamp the server's time of the event, milliseconds since the epoch
 * @param request the request that caused the event, JSON-shaped (may be {@code null})
 * @param additionalProperties fields this record does not model, kept for round trips
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MachineEvent(
    @JsonProperty("id") String id,
    @JsonProperty("type") String type,
    @JsonProperty("status") String status,
    @JsonProperty("source") String source,
    @JsonProperty("timestamp") Long timestamp,
    @JsonProperty("request") Map<String, Object> request,
    @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.NON_EMPTY)
    Map<String, Object> additionalProperties) {

  /** Copies the maps so that the record stays immutable. */
  public MachineEvent {
    request = request == null ? null : ModelCollections.copyOfNullable(request);
    additionalProperties = ModelCollections.copyOfNullable(additionalProperties);
  }

  /**
   * An event without extra fields.
   *
   * @param id event id or {@code null}
   * @param type event type
   * @param status machine status the event reports
   * @param source {@code user} or {@code flyd}
   * @param timestamp server time in milliseconds since the epoch
   * @param request the causing request, JSON-shaped, or {@code null}
   */
  public MachineEvent(String id, String type, String status, String source, Long timestamp,
      Map<String, Object> request) {
    this(id, type, status, source, timestamp, request, null);
  }
}
