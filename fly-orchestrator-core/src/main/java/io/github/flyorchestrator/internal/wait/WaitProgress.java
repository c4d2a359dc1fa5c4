package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.exception.FlyTimeoutException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * The running record of one wait: its deadline, how many attempts it has made and the last state it saw, shared by
 * all phases of a workflow (wait-endpoint calls, then polling) so that the count and the deadline are never
 * restarted. One instance per subscription; safe to update from any thread.
 */
public final class WaitProgress {

  /** Told after every attempt or observation, e.g. to update telemetry. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param attempts attempts so far
     * @param lastObservedState the last state seen, or {@code null}
     */
    void onProgress(int attempts, String lastObservedState);
  }

  private final String operation;
  private final Deadline deadline;
  private final Listener listener;
  private volatile String awaited;
  private final AtomicInteger attempts = new AtomicInteger();
  private volatile String lastObservedState;

  /**
   * Creates the record of a wait that has just started.
   *
   * @param operation operation name for errors and telemetry
   * @param deadline the wait's deadline
   * @param awaited what is awaited, as the timeout message names it: "timed out after 5s waiting for
   *     {@code awaited} (...)", e.g. {@code machine 1781 of app my-app to reach started}
   * @param listener told of every change, or {@code null}
   */
  public WaitProgress(String operation, Deadline deadline, String awaited, Listener listener) {
    this.operation = Objects.requireNonNull(operation, "operation must not be null");
    this.deadline = Objects.requireNonNull(deadline, "deadline must not be null");
    this.awaited = Objects.requireNonNull(awaited, "awaited must not be null");
    this.listener = listener != null ? listener : (a, s) -> { };
  }

  /** @return the deadline shared by all phases */
  public Deadline deadline() {
    return deadline;
  }

  /**
   * Names what is awaited more precisely once it is known, e.g. the machine's id after its create.
   *
   * @param description e.g. {@code machine 1781 of app my-app to reach started}
   */
  public void awaiting(String description) {
    this.awaited = Objects.requireNonNull(description, "description must not be null");
  }

  /** @return attempts made so far */
  public int attempts() {
    return attempts.get();
  }

  /**
   * Counts an attempt that is about to be made.
   *
   * @return the attempt's number, from 1
   */
  public int recordAttempt() {
    int n = attempts.incrementAndGet();
    listener.onProgress(n, lastObservedState);
    return n;
  }

  /**
   * Remembers what the last attempt saw.
   *
   * @param state e.g. {@code starting} or {@code http 404}; {@code null} is ignored
   */
  public void observe(String state) {
    if (state != null) {
      lastObservedState = state;
      listener.onProgress(attempts.get(), state);
    }
  }

  /**
   * The timeout error of this wait as it stands now: "timed out after 5s waiting for machine 1781 of app my-app to
   * reach started (last state: created, 3 attempts)"; the exception also carries the operation and the elapsed time.
   *
   * @param cause the last error seen, or {@code null}
   * @return the exception
   */
  public FlyTimeoutException timeout(Throwable cause) {
    return FlyTimeoutException.waitingFor(awaited, deadline.timeout(), operation, attempts.get(), deadline.elapsed(),
        lastObservedState, cause);
  }

  /**
   * Gives a timeout of this wait that names no cause the error that led to it, e.g. the ambiguous failure of a
   * create that was still being cleared up when the deadline passed; any other error is returned as it is.
   *
   * @param error an error of a step of this wait
   * @param cause the error that led to the step
   * @return a timeout with {@code cause}, or {@code error} itself
   */
  public Throwable explainTimeout(Throwable error, Throwable cause) {
    return error instanceof FlyTimeoutException timeout && timeout.getCause() == null ? timeout(cause) : error;
  }

  /**
   * Bounds a step by the deadline: when the deadline passes first, the step is cancelled and the result fails with
   * {@link #timeout(Throwable)}.
   *
   * @param step the step, e.g. one HTTP call
   * @param <T> the value type
   * @return the bounded step
   */
  public <T> Mono<T> bound(Mono<T> step) {
    return Mono.defer(() -> {
      var remaining = deadline.remaining();
      if (remaining.isZero()) {
        return Mono.error(timeout(null));
      }
      return step.timeout(remaining, Mono.defer(() -> Mono.error(timeout(null))), deadline.clock());
    });
  }
}
