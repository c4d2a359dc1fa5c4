package io.github.flyorchestrator.internal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flyorchestrator.exception.FlyLeaseException;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.Lease;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Wrapper objects of responses that the client unwraps: list envelopes and the lease envelope. */
final class FlyResponseEnvelopes {

  private FlyResponseEnvelopes() {
  }

  /**
   * {@code ListAppsResponse}.
   *
   * @param totalApps number of apps
   * @param apps the apps
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AppList(@JsonProperty("total_apps") Integer totalApps, @JsonProperty("apps") List<App> apps) {

    List<App> appsOrEmpty() {
      return apps == null ? List.of() : List.copyOf(apps);
    }
  }

  /**
   * {@code CurrentTokenResponse}.
   *
   * @param tokens one entry per presented token
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CurrentTokens(@JsonProperty("tokens") List<io.github.flyorchestrator.model.TokenInfo> tokens) {

    List<io.github.flyorchestrator.model.TokenInfo> tokensOrEmpty() {
      return tokens == null ? List.of() : List.copyOf(tokens);
    }
  }

  /**
   * {@code AppSecrets}.
   *
   * @param secrets the secrets
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SecretList(@JsonProperty("secrets") List<AppSecret> secrets) {

    List<AppSecret> secretsOrEmpty() {
      return secrets == null ? List.of() : List.copyOf(secrets);
    }
  }

  /**
   * Reads a lease answer. The live API wraps the lease in {@code {"status":"success","data":{...}}} (docs, fly-go's
   * {@code MachineLease}); such an envelope must say {@code success} and carry {@code data}, as flyctl checks in
   * {@code leasable_machine.go}, else a {@link FlyLeaseException}. A body without {@code status} and {@code data} is
   * the OpenAPI document's flat {@code Lease}, read as it is.
   *
   * @param mapper the client's mapper
   * @param body a non-blank body
   * @return the lease
   */
  static Lease readLease(JsonMapper mapper, String body) {
    JsonNode node = mapper.readTree(body);
    if (!node.isObject()) {
      throw new IllegalArgumentException("lease response is not a JSON object");
    }
    if (!node.has("status") && !node.has("data")) {
      return mapper.treeToValue(node, Lease.class);
    }
    return mapper.treeToValue(node, LeaseEnvelope.class).successfulLease();
  }

  /**
   * {@code MachineLease}: the lease envelope.
   *
   * @param status {@code success}, or what went wrong
   * @param data the lease
   * @param message the API's explanation, when not successful
   * @param code the API's error code, when not successful
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LeaseEnvelope(@JsonProperty("status") String status, @JsonProperty("data") Lease data,
      @JsonProperty("message") String message, @JsonProperty("code") String code) {

    /** The status of an answer that granted or refreshed a lease. */
    static final String SUCCESS = "success";

    Lease successfulLease() {
      if (!SUCCESS.equals(status)) {
        throw new FlyLeaseException("the lease answer's status is " + status + " instead of " + SUCCESS
            + (code != null ? " (code " + code + ")" : "") + (message != null ? ": " + message : ""), status, null);
      }
      if (data == null) {
        throw new FlyLeaseException("the lease answer says " + SUCCESS + " but carries no lease data", status, null);
      }
      return data;
    }
  }
}
