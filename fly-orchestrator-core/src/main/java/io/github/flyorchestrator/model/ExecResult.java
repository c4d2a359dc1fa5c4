package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of {@code POST /v1/apps/{app}/machines/{id}/exec} ({@code flydv1.ExecResponse}).
 *
 * @param exitCode exit code
 * @param exitSignal signal that ended the command, if any
 * @param stdout standard output
 * @param stderr standard error
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExecResult(
    @JsonProperty("exit_code") Integer exitCode,
    @JsonProperty("exit_signal") Integer exitSignal,
    @JsonProperty("stdout") String stdout,
    @JsonProperty("stderr") String stderr) {
}
