package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A socket a process listens on ({@code ListenSocket}).
 *
 * @param proto protocol
 * @param address address and port
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListenSocket(
    @JsonProperty("proto") String proto,
    @JsonProperty("address") String address) {
}
