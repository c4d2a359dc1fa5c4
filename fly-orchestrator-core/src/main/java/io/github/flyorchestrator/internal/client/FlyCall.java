package io.github.flyorchestrator.internal.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;

/**
 * One Machines API request as the client describes it: method, path template with its variables, query parameters
 * (a name may repeat), JSON body, lease nonce, response timeout and whether it may be retried.
 *
 * @param method HTTP method
 * @param pathTemplate a {@link FlyRoutes} template
 * @param pathVariables values of the template's variables
 * @param query query parameters in order, each value a separate parameter
 * @param body object to send as JSON, or {@code null}
 * @param leaseNonce value of {@code fly-machine-lease-nonce}, or {@code null}
 * @param responseTimeout how long to wait for the response, or {@code null} for the client's read timeout
 * @param retryable whether transient failures of this request may be retried (GETs and idempotent mutations)
 */
record FlyCall(HttpMethod method, String pathTemplate, Map<String, String> pathVariables,
    List<Map.Entry<String, String>> query, Object body, String leaseNonce, Duration responseTimeout,
    boolean retryable) {

  FlyCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    pathVariables = Collections.unmodifiableMap(new LinkedHashMap<>(pathVariables));
    query = List.copyOf(query);
  }

  /**
   * The URI template with the query appended as template variables ({@code q0}, {@code q1}, ...), so that every
   * value is percent-encoded on expansion.
   *
   * @return the template
   */
  String uriTemplate() {
    if (query.isEmpty()) {
      return pathTemplate;
    }
    StringBuilder template = new StringBuilder(pathTemplate);
    for (int i = 0; i < query.size(); i++) {
      template.append(i == 0 ? '?' : '&').append(query.get(i).getKey()).append("={q").append(i).append('}');
    }
    return template.toString();
  }

  /** @return the variables of {@link #uriTemplate()} */
  Map<String, String> uriVariables() {
    Map<String, String> variables = new LinkedHashMap<>(pathVariables);
    for (int i = 0; i < query.size(); i++) {
      variables.put("q" + i, query.get(i).getValue());
    }
    return variables;
  }

  static Builder of(HttpMethod method, String pathTemplate) {
    return new Builder(method, pathTemplate);
  }

  /** Mutable builder of a {@link FlyCall}; GET calls are retryable unless told otherwise. */
  static final class Builder {
    private final HttpMethod method;
    private final String pathTemplate;
    private final Map<String, String> pathVariables = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private Object body;
    private String leaseNonce;
    private Duration responseTimeout;
    private boolean retryable;

    private Builder(HttpMethod method, String pathTemplate) {
      this.method = method;
      this.pathTemplate = pathTemplate;
      this.retryable = HttpMethod.GET.equals(method);
    }

    /**
     * Sets a path variable after checking it with {@link FlyNames}, so that no request is built with a value that
     * could change the path; the exception names the client method's parameter.
     */
    Builder path(String name, String value) {
      switch (name) {
        case "app" -> FlyNames.requireAppName("appName", value);
        case "machine" -> FlyNames.requireResourceId("machineId", value);
        case "volume" -> FlyNames.requireResourceId("volumeId", value);
        case "secret" -> FlyNames.requireSecretName("secretName", value);
        case "key" -> FlyNames.requireMetadataKey("key", value);
        case "org" -> FlyNames.requireOrgSlug("orgSlug", value);
        case "hostname" -> FlyNames.requireHostname("hostname", value);
        case "ip" -> FlyNames.requireIpAddress("ip", value);
        case "secretkey" -> FlyNames.requireSecretKeyName("keyName", value);
        default -> throw new IllegalStateException("no validation rule for path variable " + name);
      }
      pathVariables.put(name, value);
      return this;
    }

    /** Adds a query parameter unless the value is {@code null}. */
    Builder query(String name, Object value) {
      if (value != null) {
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    Builder body(Object body) {
      this.body = body;
      return this;
    }

    Builder leaseNonce(String leaseNonce) {
      if (leaseNonce != null) {
        FlyNames.requireLeaseNonce("leaseNonce", leaseNonce);
      }
      this.leaseNonce = leaseNonce;
      return this;
    }

    Builder responseTimeout(Duration responseTimeout) {
      this.responseTimeout = responseTimeout;
      return this;
    }

    /** Marks a request whose repetition is harmless (it sets a state, it creates nothing) as retryable. */
    Builder retryable() {
      this.retryable = true;
      return this;
    }

    Builder notRetryable() {
      this.retryable = false;
      return this;
    }

    FlyCall build() {
      return new FlyCall(method, pathTemplate, pathVariables, query, body, leaseNonce, responseTimeout, retryable);
    }
  }
}
