package io.github.flyorchestrator.benchmarks;

import java.time.Duration;

/** The API-call target for a create-machine-and-wait that uses the wait endpoint. */
public final class CallBudget {

  /** The wait endpoint's longest long-poll. */
  static final Duration MAX_WAIT_CALL = Duration.ofSeconds(60);

  private CallBudget() {
  }

  /**
   * The most API calls a create-and-wait with the wait endpoint may take for a machine that is ready after
   * {@code readyAfter} (simulated time): one create, one wait call per started 60 s, and one read of the machine.
   *
   * @param readyAfter time from the create to the machine being ready
   * @return {@code 2 + ceil(readyAfter / 60 s)}
   */
  public static long maxCallsWithWaitEndpoint(Duration readyAfter) {
    if (readyAfter.isNegative()) {
      throw new IllegalArgumentException("readyAfter must not be negative");
    }
    long millis = readyAfter.toMillis();
    long waitCalls = (millis + MAX_WAIT_CALL.toMillis() - 1) / MAX_WAIT_CALL.toMillis();
    return 2 + waitCalls;
  }
}
