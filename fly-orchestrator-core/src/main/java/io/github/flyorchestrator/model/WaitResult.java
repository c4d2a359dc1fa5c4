package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of a 200 from the wait endpoint ({@code WaitMachineResponse}).
 *
 * @param ok whether the wait succeeded
 * @param state the state reached
 * @param version the machine version
 * @param eventId the event that satisfied the wait
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WaitResult(
    @JsonProperty("ok") Boolean ok,
    @JsonProperty("state") String state,
    @JsonProperty("version") String version,
    @JsonProperty("event_id") String eventId) {
}
