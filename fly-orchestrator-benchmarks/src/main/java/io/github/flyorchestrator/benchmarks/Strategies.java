package io.github.flyorchestrator.benchmarks;

import java.util.List;

/** The labels of the four contestants, in table order. */
public final class Strategies {

  /** (a) this orchestrator with the wait endpoint. */
  public static final String WAIT_ENDPOINT = "(a) orchestrator, wait endpoint";
  /** (b) this orchestrator with the wait endpoint disabled. */
  public static final String POLLING_FALLBACK = "(b) orchestrator, polling fallback";
  /** (c) the reference schedule: 500 ms × 1.5 up to 5 s, + 0-20 % jitter. */
  public static final String REFERENCE = "(c) reference backoff poller";
  /** (d) a fixed one-second loop. */
  public static final String NAIVE = "(d) naive 1 s poller";
  /** All four in order. */
  public static final List<String> ALL = List.of(WAIT_ENDPOINT, POLLING_FALLBACK, REFERENCE, NAIVE);

  private Strategies() {
  }
}
