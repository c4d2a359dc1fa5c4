package io.github.flyorchestrator.test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One injected misbehaviour of the simulator for a single response. Create with the static factories.
 *
 * @param kind what happens to the response
 * @param status the HTTP status for {@link Kind#STATUS}
 * @param body the JSON body for {@link Kind#STATUS}, or {@code null} for a default {@code {error, status}} body
 * @param delay how long to hold the request before answering normally, for {@link Kind#DELAY}
 * @param headers extra response headers (for example {@code retry-after})
 */
public record Fault(Kind kind, int status, String body, Duration delay, Map<String, String> headers) {

  /** What a fault does. */
  public enum Kind {
    /** Answer with a fixed status and body instead of handling the request. */
    STATUS,
    /** Wait (on the simulator scheduler, not time-scaled), then handle the request normally. */
    DELAY,
    /** Close the connection without answering. */
    DROP_CONNECTION,
    /** Answer 200 with a body that is not valid JSON. */
    MALFORMED_JSON
  }

  /** Validates and copies. */
  public Fault {
    Objects.requireNonNull(kind, "kind");
    delay = delay == null ? Duration.ZERO : delay;
    headers = Map.copyOf(headers == null ? Map.of() : headers);
  }

  /**
   * @param status HTTP status to answer with
   * @return a fault answering {@code status} with a default error body ({@code {"error":"rate limit exceeded"}}
   *     for 429, otherwise {@code {"error":"injected fault","status":"unknown"}})
   */
  public static Fault status(int status) {
    return new Fault(Kind.STATUS, status, null, null, null);
  }

  /**
   * @param status HTTP status
   * @param jsonBody body to send as is
   * @return a fault answering {@code status} with {@code jsonBody}
   */
  public static Fault status(int status, String jsonBody) {
    return new Fault(Kind.STATUS, status, jsonBody, null, null);
  }

  /**
   * @param delay how long to hold the request
   * @return a fault that delays the response, which is then produced normally
   */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, 0, null, delay, null);
  }

  /** @return a fault that closes the connection without a response */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, 0, null, null, null);
  }

  /** @return a fault that answers 200 with a truncated JSON body */
  public static Fault malformedJson() {
    return new Fault(Kind.MALFORMED_JSON, 200, null, null, null);
  }

  /**
   * @param name header name
   * @param value header value
   * @return a copy of this fault that also sends the header (for example {@code retry-after: 1} with a 429)
   */
  public Fault withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Fault(kind, status, body, delay, copy);
  }
}
