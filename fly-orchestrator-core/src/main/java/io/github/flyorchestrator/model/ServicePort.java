package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A public port of a service ({@code fly.MachinePort}).
 *
 * @param port public port
 * @param handlers handlers such as {@code http} or {@code tls}
 * @param forceHttps redirect HTTP to HTTPS
 * @param startPort first port of a range
 * @param endPort last port of a range
 * @param additionalProperties fields this record does not model (tls_options, http_options, ...), kept for round trips
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServicePort(
    @JsonProperty("port") Integer port,
    @JsonProperty("handlers") List<String> handlers,
    @JsonProperty("force_https") Boolean forceHttps,
    @JsonProperty("start_port") Integer startPort,
    @JsonProperty("end_port") Integer endPort,
    @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.NON_EMPTY)
    Map<String, Object> additionalProperties) {

  /** Copies the collections so that the record stays immutable. */
  public ServicePort {
    handlers = handlers == null ? null : List.copyOf(handlers);
    additionalProperties = ModelCollections.copyOfNullable(additionalProperties);
  }

  /**
   * A port with handlers.
   *
   * @param port public port
   * @param handlers handlers such as {@code http}, {@code tls}
   * @return the port
   */
  public static ServicePort of(int port, String... handlers) {
    return new ServicePort(port, List.of(handlers), null, null, null, Map.of());
  }
}
