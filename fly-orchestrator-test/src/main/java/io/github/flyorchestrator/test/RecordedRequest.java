package io.github.flyorchestrator.test;

import java.util.List;
import java.util.Map;

/**
 * A request as the simulator received it. The value of the {@code authorization} header is replaced by its scheme
 * followed by {@code [redacted]}, so the token is never kept.
 *
 * @param route the matched route, or {@code null} when no route matched
 * @param method HTTP method
 * @param path path without query
 * @param query query parameters (a name may repeat)
 * @param body request body, empty when there was none
 * @param headers request headers with lower-case names, token removed
 * @param requestId the {@code fly-request-id} the simulator answered with
 */
public record RecordedRequest(SimRoute route, String method, String path, Map<String, List<String>> query,
    String body, Map<String, List<String>> headers, String requestId) {

  /** Copies the collections. */
  public RecordedRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
    body = body == null ? "" : body;
  }

  /**
   * @param name header name, any case
   * @return the first value, or {@code null}
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * @param name query parameter name
   * @return the first value, or {@code null}
   */
  public String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
