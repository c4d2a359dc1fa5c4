package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * What Fly does when the machine's main process exits ({@code fly.MachineRestart}).
 *
 * @param policy {@code no}, {@code always} or {@code on-failure}
 * @param maxRetries retries for {@code on-failure}
 * @param additionalProperties fields this record does not model, kept for round trips
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RestartPolicy(
    @JsonProperty("policy") String policy,
    @JsonProperty("max_retries") Integer maxRetries,
    @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.NON_EMPTY)
    Map<String, Object> additionalProperties) {

  /** Copies the map so that the record stays immutable. */
  public RestartPolicy {
    additionalProperties = ModelCollections.copyOfNullable(additionalProperties);
  }

  /**
   * A policy without retries limit.
   *
   * @param policy {@code no}, {@code always} or {@code on-failure}
   * @return the policy
   */
  public static RestartPolicy of(String policy) {
    return new RestartPolicy(policy, null, Map.of());
  }
}
