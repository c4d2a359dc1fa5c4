package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of setting or deleting secrets ({@code AppSecretsUpdateResp}, {@code SetAppSecretResponse},
 * {@code DeleteAppSecretResponse}): the app's new secrets version and, for a bulk set, the secrets afterwards.
 *
 * @param version the app's secrets version after the change (pass it as {@code min_secrets_version} to machines)
 * @param secrets the secrets after a bulk set, empty otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSecretsUpdate(
    @JsonProperty("version") Long version,
    @JsonProperty("secrets") List<AppSecret> secrets) {

  /** Copies the secrets list. */
  public AppSecretsUpdate {
    secrets = secrets == null ? List.of() : List.copyOf(secrets);
  }
}
