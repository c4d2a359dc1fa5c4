package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * One routed API request as handlers see it.
 *
 * @param route matched route
 * @param app the {@code {app}} path parameter
 * @param id the {@code {id}} path parameter, or null
 * @param key the {@code {key}} path parameter (a metadata key), or null
 * @param org the {@code {org}} path parameter (an org slug), or null
 * @param query query parameters
 * @param body raw body
 * @param leaseNonce the {@code fly-machine-lease-nonce} header, or null
 */
public record ApiCall(SimRoute route, String app, String id, String key, String org,
    Map<String, List<String>> query, String body, String leaseNonce) {

  /**
   * @param name parameter
   * @return first value or null
   */
  public String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * @param name parameter
   * @return every value, comma-separated values split
   */
  public List<String> queryAll(String name) {
    List<String> result = new ArrayList<>();
    for (String value : query.getOrDefault(name, List.of())) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    }
    return result;
  }

  /**
   * @param name parameter
   * @return true for {@code true} or {@code 1}
   */
  public boolean queryFlag(String name) {
    String value = query(name);
    return "true".equalsIgnoreCase(value) || "1".equals(value);
  }

  /**
   * @return the body as a JSON object
   * @throws ApiError 400 if it is not one
   */
  public ObjectNode json() {
    return Json.parseObject(body);
  }
}
