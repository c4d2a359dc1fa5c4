package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import java.time.Duration;
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
 * @param tricklePause when not zero, send the body in small chunks with this pause before each
 */
public record SimResponse(int status, String body, Map<String, String> headers, boolean dropConnection,
    Duration tricklePause) {

  /** Copies. */
  public SimResponse {
    headers = Map.copyOf(headers);
    tricklePause = tricklePause == null ? Duration.ZERO : tricklePause;
  }

  /**
   * @param status status
   * @param body body
   * @param headers headers
   * @param dropConnection drop instead
   */
  public SimResponse(int status, String body, Map<String, String> headers, boolean dropConnection) {
    this(status, body, headers, dropConnection, Duration.ZERO);
  }

  /**
   * @param pause pause before each chunk
   * @return a copy whose body is trickled
   */
  public SimResponse trickled(Duration pause) {
    return new SimResponse(status, body, headers, dropConnection, pause);
  }

  /**
   * @param status status
   * @param body JSON body
   * @return response
   */
  public static SimResponse json(int status, JsonNode body) {
    return new SimResponse(status, Json.write(body), Map.of(), false);
  }

  /**
   * @param status status
   * @param body raw body
   * @return response
   */
  public static SimResponse raw(int status, String body) {
    return new SimResponse(status, body, Map.of(), false);
  }

  /** @return {@code 200 {"ok":true}} */
  public static SimResponse ok() {
    ObjectNode node = Json.object();
    node.put("ok", true);
    return json(200, node);
  }

  /**
   * @param error the error
   * @return {@code {error[, status]}} with the error's HTTP status
   */
  public static SimResponse error(ApiError error) {
    return json(error.httpStatus(), errorBody(error.getMessage(), error.statusCode()));
  }

  /**
   * @param message text
   * @param statusCode status field or null
   * @return the body
   */
  public static ObjectNode errorBody(String message, String statusCode) {
    ObjectNode node = Json.object();
    node.put("error", message);
    if (statusCode != null) {
      node.put("status", statusCode);
    }
    return node;
  }
}
