package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The VM size of a machine ({@code fly.MachineGuest}).
 *
 * @param cpuKind {@code shared} or {@code performance}
 * @param cpus number of vCPUs
 * @param memoryMb memory in MB
 * @param gpuKind GPU model, if any
 * @param gpus number of GPUs
 * @param kernelArgs extra kernel arguments
 * @param hostDedicationId dedicated host id
 * @param additionalProperties fields this record does not model, kept for round trips
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuestConfig(
    @JsonProperty("cpu_kind") String cpuKind,
    @JsonProperty("cpus") Integer cpus,
    @JsonProperty("memory_mb") Integer memoryMb,
    @JsonProperty("gpu_kind") String gpuKind,
    @JsonProperty("gpus") Integer gpus,
    @JsonProperty("kernel_args") List<String> kernelArgs,
    @JsonProperty("host_dedication_id") String hostDedicationId,
    @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.NON_EMPTY)
    Map<String, Object> additionalProperties) {

  /** Copies the collections so that the record stays immutable. */
  public GuestConfig {
    kernelArgs = kernelArgs == null ? null : List.copyOf(kernelArgs);
    additionalProperties = ModelCollections.copyOfNullable(additionalProperties);
  }

  /**
   * A guest with the given CPU kind, CPU count and memory.
   *
   * @param cpuKind {@code shared} or {@code performance}
   * @param cpus number of vCPUs
   * @param memoryMb memory in MB
   * @return the guest
   */
  public static GuestConfig of(String cpuKind, int cpus, int memoryMb) {
    return new GuestConfig(cpuKind, cpus, memoryMb, null, null, null, null, Map.of());
  }
}
