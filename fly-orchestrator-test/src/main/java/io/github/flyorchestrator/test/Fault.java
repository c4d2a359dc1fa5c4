package io.github.flyorchestrator.test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One injected misbehaviour of the simulator for a single response. Create with the static factories.
 *
 * @param kind what happens to the response
 * @param status the HTTP status for {@link Kind#STATUS} and {@link Kind#AFTER_EFFECT}
 * @param body the JSON body for {@link Kind#STATUS}, or {@code null} for a default {@code {error, status}} body
 * @param delay how long to hold the request before answering normally, for {@link Kind#DELAY}; the pause before
 *     each chunk of the body, for {@link Kind#TRICKLE}
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
    /**
     * Handle the request normally (it takes effect), then answer a success with 200 and a truncated JSON body; an
     * error answer (404, 429, ...) is sent as it is.
     */
    MALFORMED_JSON,
    /**
     * Handle the request normally, send the status and headers at once, then the body
     * {@value Fault#TRICKLE_CHUNK_BYTES} bytes at a time with a pause (not time-scaled) before each chunk.
     */
    TRICKLE,
    /**
     * Handle the request normally (it takes effect), then replace a success answer by the fault's status with an
     * error body {@code {"error":"...","status":"unknown"}}: the ambiguous answer of a gateway that timed out after
     * the server acted. An error answer (nothing took effect: 404, 409, 412, 429, ...) is sent as it is, so a test
     * that sees the injected status knows the request took effect.
     */
    AFTER_EFFECT
  }

  /** Bytes per chunk of a {@link Kind#TRICKLE} body. */
  public static final int TRICKLE_CHUNK_BYTES = 4;

  /** Validates and copies. */
  public Fault {
    Objects.requireNonNull(kind, "kind");
    delay = delay == null ? Duration.ZERO : delay;
    headers = Map.copyOf(headers == null ? Map.of() : headers);
  }

  /**
   * @param status HTTP status to answer with
   * @return a fault answering {@code status} with a default error body: {@code {"error":"rate limit exceeded"}} for
   *     429, otherwise {@code {"error":"<text>","status":"unknown"}} with a text for the status ("request timed
   *     out" for 408, "service unavailable" for 503, ..., "injected fault" for a status without one)
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

  /** @return a fault that lets the request take effect, then answers 200 with a truncated JSON body */
  public static Fault malformedJson() {
    return new Fault(Kind.MALFORMED_JSON, 200, null, null, null);
  }

  /**
   * The ambiguous failure: the request takes effect (a machine is created, a lease acquired, ...), but the client
   * gets an error. Works on every route, mutating or not.
   *
   * @param status the status the client sees instead of the success, 400..599 (typically 408 or 503)
   * @return a fault that lets the request take effect, then answers {@code status} with
   *     {@code {"error":"<text for the status>","status":"unknown"}} (for example "request timed out" for 408)
   */
  public static Fault afterEffect(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an error status (400..599), was " + status);
    }
    return new Fault(Kind.AFTER_EFFECT, status, null, null, null);
  }

  /**
   * A server that is alive but slow: every chunk arrives before a per-read timeout would fire, yet a body of a few
   * hundred bytes takes minutes. Only a deadline on the whole exchange ends it.
   *
   * @param pausePerChunk the pause before each {@value #TRICKLE_CHUNK_BYTES}-byte chunk of the body
   * @return a fault that answers normally but trickles the body
   */
  public static Fault trickle(Duration pausePerChunk) {
    if (pausePerChunk == null || pausePerChunk.isNegative() || pausePerChunk.isZero()) {
      throw new IllegalArgumentException("pausePerChunk must be positive, was " + pausePerChunk);
    }
    return new Fault(Kind.TRICKLE, 0, null, pausePerChunk, null);
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
