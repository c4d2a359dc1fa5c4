package io.github.flyorchestrator.e2e;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * A scheduler that hands everything to another and counts the delayed tasks given to it that have neither run nor
 * been cancelled: a workflow on it that has no call in flight is pausing when this count is above zero, and between
 * two calls when it is zero (the last call's deadline timer is gone, the next call's not yet set).
 */
final class PendingTimers implements Scheduler {

  private final Scheduler delegate;
  private final AtomicInteger pending = new AtomicInteger();

  /** @param delegate the scheduler that runs the tasks and tells the time */
  PendingTimers(Scheduler delegate) {
    this.delegate = delegate;
  }

  /** @return delayed tasks that have neither run nor been cancelled */
  int pending() {
    return pending.get();
  }

  @Override
  public Disposable schedule(Runnable task) {
    return delegate.schedule(task);
  }

  @Override
  public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
    AtomicBoolean counted = new AtomicBoolean(true);
    pending.incrementAndGet();
    Runnable uncount = () -> {
      if (counted.compareAndSet(true, false)) {
        pending.decrementAndGet();
      }
    };
    Disposable scheduled = delegate.schedule(() -> {
      uncount.run();
      task.run();
    }, delay, unit);
    return () -> {
      uncount.run();
      scheduled.dispose();
    };
  }

  @Override
  public long now(TimeUnit unit) {
    return delegate.now(unit);
  }

  @Override
  public Worker createWorker() {
    return delegate.createWorker();
  }

  @Override
  public void dispose() {
    delegate.dispose();
  }
}
