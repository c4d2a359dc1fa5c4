package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.exception.FlyException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns failed exchanges with the Machines API into {@link FlyException}s: error responses (with Fly's
 * {@code {error, status}} body, or a short snippet of any other body), transport failures and unreadable bodies.
 * Messages are built from the method, path, status, body and request id only, never from request headers. What an
 * error means (transient, ambiguous, not found, ...) is {@link FlyErrors}' part.
 */
final class FlyExceptionFactory {

  private static final int SNIPPET_LENGTH = 200;

  private final JsonMapper json;

  FlyExceptionFactory(JsonMapper json) {
    this.json = json;
  }

  /**
   * Maps a non-2xx response.
   *
   * @param method HTTP method
   * @param path request path (no host, no query)
   * @param status HTTP status
   * @param requestId the {@code fly-request-id} header, or {@code null}
   * @param body the response body, possibly empty or not JSON
   * @return the exception
   */
  FlyException fromResponse(String method, String path, int status, String requestId, String body) {
    String error = null;
    String flyStatus = null;
    JsonNode node = parseQuietly(body);
    if (node != null && node.isObject()) {
      error = textField(node, "error");
      if (error == null) {
        error = textField(node, "message");
      }
      flyStatus = textField(node, "status");
    }
    StringBuilder message = new StringBuilder(prefix(method, path)).append(": ").append(status);
    if (flyStatus != null) {
      message.append(' ').append(flyStatus);
    }
    if (error != null) {
      message.append(": ").append(error);
    } else if (body != null && !body.isBlank()) {
      message.append(": ").append(snippet(body));
    }
    appendRequestId(message, requestId);
    return new FlyException(message.toString(), status, error, flyStatus, requestId, method, path, null);
  }

  /**
   * Maps a failure to get a response at all (connection refused or reset, premature close, response timeout, ...).
   *
   * @param method HTTP method
   * @param path request path
   * @param failure what went wrong
   * @return the exception, with {@code failure} as cause and no HTTP status
   */
  FlyException fromTransport(String method, String path, Throwable failure) {
    String message = prefix(method, path) + ": " + TransportFailureKind.describe(failure);
    return new FlyException(message, null, null, null, null, method, path, failure);
  }

  /**
   * Maps a 2xx response whose body could not be parsed or was missing.
   *
   * @param method HTTP method
   * @param path request path
   * @param status HTTP status
   * @param requestId request id or {@code null}
   * @param problem what was wrong with the body
   * @param cause parse failure or {@code null}
   * @return the exception
   */
  FlyException unreadableBody(String method, String path, int status, String requestId, String problem,
      Throwable cause) {
    StringBuilder message = new StringBuilder(prefix(method, path)).append(": ").append(status)
        .append(" response body ").append(problem);
    appendRequestId(message, requestId);
    return new FlyException(message.toString(), status, null, null, requestId, method, path, cause);
  }

  /**
   * Cuts a body to a short, single-line snippet.
   *
   * @param body the body
   * @return at most 200 characters
   */
  private static String snippet(String body) {
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= SNIPPET_LENGTH ? oneLine : oneLine.substring(0, SNIPPET_LENGTH) + "...";
  }

  private JsonNode parseQuietly(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String textField(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainer()) {
      return null;
    }
    String text = value.asString();
    return text.isBlank() ? null : text;
  }

  private static String prefix(String method, String path) {
    return "Fly API " + method + " " + path + " failed";
  }

  private static void appendRequestId(StringBuilder message, String requestId) {
    if (requestId != null && !requestId.isBlank()) {
      message.append(" (request id ").append(requestId).append(')');
    }
  }
}
