package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What to answer.
 *
 * @param status HTTP status
 * @param body body text
 * @param headers extra headers
 * @param dropConnection close the connection instead of answering
 */
public record SimResponse(int status, String body, Map<String, String> headers, boolean dropConnection) {

  /** Copies. */
  public SimResponse {
    headers = Map.copyOf(headers);
  }

  /** @param status status @param body JSON body @return response */
  public static SimResponse json(int status, JsonNode body) {
    return new SimResponse(status, Json.write(body), Map.of(), false);
  }

  /** @param status status @param body raw body @return response */
  public static SimResponse raw(int status, String body) {
    return new SimResponse(status, body, Map.of(), false);
  }

  /** @return {@code 200 {"ok":true}} */
  public static SimResponse ok() {
    ObjectNode node = Json.object();
    node.put("ok", true);
    return json(200, node);
  }

  /** @param error the error @return {@code {error[, status]}} with the error's HTTP status */
  public static SimResponse error(ApiError error) {
    return json(error.httpStatus(), errorBody(error.getMessage(), error.statusCode()));
  }

  /** @param message text @param statusCode status field or null @return the body */
  public static ObjectNode errorBody(String message, String statusCode) {
    ObjectNode node = Json.object();
    node.put("error", message);
    if (statusCode != null) {
      node.put("status", statusCode);
    }
    return node;
  }
}
