package io.github.flyorchestrator.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples this JVM every 50 ms while running: live platform threads (the JVM's peak thread count is reset at the
 * start, so threads that lived shorter than a sample are counted too), used heap (garbage included) and the heap
 * still in use right after each collection (the live set), which does not depend on how lazily the collector runs.
 */
public final class ResourceSampler implements AutoCloseable {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
  private final AtomicLong peakUsedHeap = new AtomicLong();
  private final AtomicLong peakAfterGcHeap = new AtomicLong();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "resource-sampler");
    thread.setDaemon(true);
    return thread;
  });

  /** Resets the JVM's peaks and starts sampling. */
  public ResourceSampler() {
    threads.resetPeakThreadCount();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    timer.scheduleAtFixedRate(this::sample, 0, 50, TimeUnit.MILLISECONDS);
  }

  private void sample() {
    peakUsedHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    long afterGc = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      if (pool.getCollectionUsage() != null) {
        afterGc += pool.getCollectionUsage().getUsed();
      }
    }
    peakAfterGcHeap.accumulateAndGet(afterGc, Math::max);
  }

  /** @return the most live platform threads since the start (the JVM's own peak, sampler thread included) */
  public int peakPlatformThreads() {
    return threads.getPeakThreadCount();
  }

  /** @return the largest used heap seen by a sample, in bytes */
  public long peakUsedHeapBytes() {
    sample();
    return peakUsedHeap.get();
  }

  /** @return the largest heap left after a collection, in bytes (0 when no collection ran) */
  public long peakHeapAfterGcBytes() {
    sample();
    return peakAfterGcHeap.get();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
