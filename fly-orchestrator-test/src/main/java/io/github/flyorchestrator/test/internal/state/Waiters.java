package io.github.flyorchestrator.test.internal.state;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Sinks;

/**
 * The pending wait requests of one machine. Changed under the owning machine's monitor; the sinks are completed by
 * the caller outside it. The count may be read from any thread.
 */
final class Waiters {

  /** A pending wait request. */
  private record Waiter(WaitCondition condition, Sinks.One<WaitVerdict> sink) {
  }

  private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();
  private final AtomicInteger count = new AtomicInteger();

  /**
   * @param condition what to wait for
   * @param sink completed with the verdict
   */
  void add(WaitCondition condition, Sinks.One<WaitVerdict> sink) {
    waiters.add(new Waiter(condition, sink));
    count.incrementAndGet();
  }

  /** @param sink a sink whose wait timed out or was cancelled */
  void remove(Sinks.One<WaitVerdict> sink) {
    if (waiters.removeIf(w -> w.sink() == sink)) {
      count.decrementAndGet();
    }
  }

  /** @return the sinks of every pending wait, which are removed */
  List<Sinks.One<WaitVerdict>> removeAll() {
    List<Sinks.One<WaitVerdict>> all = new ArrayList<>();
    Waiter waiter;
    while ((waiter = waiters.poll()) != null) {
      count.decrementAndGet();
      all.add(waiter.sink());
    }
    return all;
  }

  /**
   * Removes the waits that the machine's present satisfies.
   *
   * @param now the machine's state, version, pending flag and newest event id, as the verdict to answer
   * @param transitionPending whether a transition is scheduled
   * @return the completions to run outside the machine's monitor
   */
  List<Runnable> removeSatisfied(WaitVerdict now, boolean transitionPending) {
    List<Runnable> completions = new ArrayList<>();
    Iterator<Waiter> iterator = waiters.iterator();
    while (iterator.hasNext()) {
      Waiter waiter = iterator.next();
      if (waiter.condition().satisfiedBy(now.state(), now.version(), transitionPending, now.eventId())) {
        iterator.remove();
        count.decrementAndGet();
        completions.add(() -> waiter.sink().tryEmitValue(now));
      }
    }
    return completions;
  }

  /** @return the number of pending waits */
  int count() {
    return count.get();
  }
}
