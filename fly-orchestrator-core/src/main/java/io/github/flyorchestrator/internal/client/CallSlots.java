package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.internal.util.HumanDuration;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Caps how many ordinary calls (every call without a response timeout of its own: not the long-poll wait, not an
 * exec that runs a command) are in flight at once; the others queue, first come first served, for at most the pool's
 * pending-acquire timeout.
 *
 * <p>Over HTTP/1.1 the connection pool already does this: a request holds a connection and the next one waits for a
 * free one. Over HTTP/2 a request only needs a stream, so a burst of 10,000 creates would all be written at once and
 * queue inside the server, where the attempt timeout (counted from sending) runs out for the tail of the queue and
 * turns plain waiting into failures of unknown outcome. With the cap, a burst over HTTP/2 is admitted as HTTP/1.1
 * would admit it: {@code maxConnections} calls at a time, the wait for a slot not counted against the attempt. Wait
 * calls are not capped: they hold a stream for up to a minute (an exec for as long as its command runs), and sharing
 * connections among them is what HTTP/2 is used for.
 */
final class CallSlots {

  private static final int WAITING = 0;
  private static final int HOLDING = 1;
  private static final int DONE = 2;

  private final int max;
  private final Duration maxWait;
  private final Object lock = new Object();
  private final ArrayDeque<Ticket> queue = new ArrayDeque<>();
  private int inUse;

  private CallSlots(int max, Duration maxWait) {
    this.max = max;
    this.maxWait = maxWait;
  }

  /**
   * @param max calls in flight at once
   * @param maxWait longest wait for a slot
   * @return slots that cap the calls
   */
  static CallSlots of(int max, Duration maxWait) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1, was " + max);
    }
    return new CallSlots(max, maxWait);
  }

  /** @return slots that admit every call at once (HTTP/1.1, where the pool caps the calls) */
  static CallSlots unlimited() {
    return new CallSlots(Integer.MAX_VALUE, Duration.ZERO);
  }

  /**
   * Subscribes to {@code call} once a slot is free and frees the slot when it ends, fails or is cancelled. A call
   * that finds no free slot within the maximum wait fails with a {@link CallSlotTimeoutException} and is not sent.
   *
   * @param call the call
   * @param <T> its result
   * @return the call, admitted by a slot
   */
  <T> Mono<T> admit(Mono<T> call) {
    if (max == Integer.MAX_VALUE) {
      return call;
    }
    return Mono.defer(() -> {
      Ticket ticket = new Ticket();
      return ticket.admitted().then(call).doFinally(signal -> ticket.close());
    });
  }

  /** @return slots in use (for tests) */
  int inUse() {
    synchronized (lock) {
      return inUse;
    }
  }

  private void release() {
    Ticket next = null;
    synchronized (lock) {
      for (Ticket queued = queue.poll(); queued != null; queued = queue.poll()) {
        // A ticket whose caller gave up (cancelled or timed out) is skipped.
        if (queued.state.compareAndSet(WAITING, HOLDING)) {
          next = queued;
          break;
        }
      }
      if (next == null) {
        inUse--;
      }
    }
    if (next != null) {
      next.granted.tryEmitEmpty();
    }
  }

  /** One call's claim: waiting for a slot, holding one, or done (the slot, if it held one, given back). */
  private final class Ticket {

    private final AtomicInteger state = new AtomicInteger(WAITING);
    private final Sinks.Empty<Void> granted = Sinks.empty();

    Mono<Void> admitted() {
      synchronized (lock) {
        if (inUse < max) {
          inUse++;
          state.set(HOLDING);
          return Mono.empty();
        }
        queue.add(this);
      }
      return granted.asMono().timeout(maxWait, Mono.error(() -> new CallSlotTimeoutException(maxWait, max)));
    }

    void close() {
      if (state.getAndSet(DONE) == HOLDING) {
        release();
      }
    }
  }

  /** No slot became free in time: the call was not sent. */
  static final class CallSlotTimeoutException extends TimeoutException {

    private static final long serialVersionUID = 1L;

    CallSlotTimeoutException(Duration waited, int max) {
      super("no free call slot within " + HumanDuration.format(waited) + " (" + max
          + " calls in flight over HTTP/2, see fly.max-connections)");
    }
  }
}
