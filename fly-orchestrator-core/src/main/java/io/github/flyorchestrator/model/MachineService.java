package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A network service of a machine ({@code fly.MachineService}).
 *
 * @param protocol {@code tcp} or {@code udp}
 * @param internalPort port the process listens on
 * @param ports public ports
 * @param autostop {@code off}, {@code stop} or {@code suspend} (the API also accepts booleans; kept as given)
 * @param autostart whether Fly Proxy starts the machine on demand
 * @param minMachinesRunning machines kept running by autostop
 * @param additionalProperties fields this record does not model (concurrency, checks, ...), kept for round trips
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MachineService(
    @JsonProperty("protocol") String protocol,
    @JsonProperty("internal_port") Integer internalPort,
    @JsonProperty("ports") List<ServicePort> ports,
    @JsonProperty("autostop") Object autostop,
    @JsonProperty("autostart") Boolean autostart,
    @JsonProperty("min_machines_running") Integer minMachinesRunning,
    @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.NON_EMPTY)
    Map<String, Object> additionalProperties) {

  /** Copies the collections so that the record stays immutable. */
  public MachineService {
    ports = ports == null ? null : List.copyOf(ports);
    additionalProperties = ModelCollections.copyOfNullable(additionalProperties);
  }

  /**
   * A TCP service.
   *
   * @param internalPort port the process listens on
   * @param ports public ports
   * @return the service
   */
  public static MachineService tcp(int internalPort, ServicePort... ports) {
    return new MachineService("tcp", internalPort, List.of(ports), null, null, null, Map.of());
  }
}
