package io.github.flyorchestrator.faults;

import io.github.flyorchestrator.test.Fault;

/**
 * The columns of the fault matrix: what the simulator does to the orchestration's key route. Each injected fault hits
 * the next {@link #TIMES} responses of that route for the run's app; {@link #UNAUTHORIZED} instead runs the whole
 * orchestration with a token the simulator refuses. The two "after effect" columns are the ambiguous failure: the
 * request takes effect, then the client sees 408 or 503.
 */
enum FaultCase {

  NONE("none", null),
  RATE_LIMITED("429", Fault.status(429)),
  RATE_LIMITED_RETRY_AFTER("429 Retry-After 1", Fault.status(429).withHeader("retry-after", "1")),
  INTERNAL_ERROR("500", Fault.status(500)),
  BAD_GATEWAY("502", Fault.status(502)),
  UNAVAILABLE("503", Fault.status(503)),
  GATEWAY_TIMEOUT("504", Fault.status(504)),
  REQUEST_TIMEOUT("408", Fault.status(408)),
  DROPPED_CONNECTION("dropped connection", Fault.dropConnection()),
  SLOW_RESPONSE("slow response", Fault.delay(FaultMatrixTest.SLOW_RESPONSE)),
  TRICKLED_BODY("trickled body", Fault.trickle(FaultMatrixTest.TRICKLE_PAUSE)),
  MALFORMED_JSON("malformed JSON", Fault.malformedJson()),
  AFTER_EFFECT_408("408 after effect", Fault.afterEffect(408)),
  AFTER_EFFECT_503("503 after effect", Fault.afterEffect(503)),
  UNAUTHORIZED("401", null);

  /** How many consecutive responses of the route each fault hits. */
  static final int TIMES = 2;

  private final String label;
  private final Fault fault;

  FaultCase(String label, Fault fault) {
    this.label = label;
    this.fault = fault;
  }

  /** @return the column heading */
  String label() {
    return label;
  }

  /** @return the fault to queue, or {@code null} when nothing is queued */
  Fault fault() {
    return fault;
  }

  /** @return whether the run's calls carry a token the simulator refuses */
  boolean wrongToken() {
    return this == UNAUTHORIZED;
  }

  /** @return whether the orchestration must succeed: nothing at all went wrong */
  boolean mustSucceed() {
    return this == NONE;
  }
}
