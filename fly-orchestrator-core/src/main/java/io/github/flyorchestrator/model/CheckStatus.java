package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * The latest result of one of a machine's health checks, as the Machines API reports it in {@code Machine.checks}
 * (spec schema {@code CheckStatus}; fly-go {@code MachineCheckStatus}).
 *
 * @param name the check's name (a key of {@code config.checks}, or a service check's generated name)
 * @param status {@value #PASSING}, {@value #WARNING} or {@value #CRITICAL}
 * @param output what the check last printed or answered, e.g. {@code connection refused}
 * @param updatedAt when the status was last updated
 * @param additionalProperties fields this record does not model, kept for round trips
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckStatus(
    @JsonProperty("name") String name,
    @JsonProperty("status") String status,
    @JsonProperty("output") String output,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter @JsonInclude(JsonInclude.Include.NON_EMPTY)
    Map<String, Object> additionalProperties) {

  /** The check passes. */
  public static final String PASSING = "passing";
  /** The check warns (not passing). */
  public static final String WARNING = "warning";
  /** The check fails. */
  public static final String CRITICAL = "critical";

  private static final int MAX_OUTPUT_SHOWN = 200;

  /** Copies the map so that the record stays immutable. */
  public CheckStatus {
    additionalProperties = ModelCollections.copyOfNullable(additionalProperties);
  }

  /**
   * A check status without extra fields.
   *
   * @param name the check's name
   * @param status its status
   * @param output its output
   * @return the status
   */
  public static CheckStatus of(String name, String status, String output) {
    return new CheckStatus(name, status, output, null, Map.of());
  }

  /** @return whether the status is {@value #PASSING} (a warning does not pass, as in flyctl) */
  @JsonIgnore
  public boolean isPassing() {
    return PASSING.equals(status);
  }

  /** @return e.g. {@code 'alive' is critical: connection refused}, the output cut to 200 characters */
  public String describe() {
    String shown = output == null ? "" : output.strip();
    if (shown.length() > MAX_OUTPUT_SHOWN) {
      shown = shown.substring(0, MAX_OUTPUT_SHOWN) + "...";
    }
    return "'" + name + "' is " + status + (shown.isEmpty() ? "" : ": " + shown);
  }
}
