package io.github.flyorchestrator.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import java.util.List;

/** Wrapper objects of list responses that the client unwraps into plain lists. */
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
}
