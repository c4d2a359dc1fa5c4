package io.github.flyorchestrator.test;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Queues faults for the next responses of a route (or of every route), and holds the global latency. Thread-safe.
 * Faults queued for a specific route are used before faults queued for all routes.
 */
public final class FaultInjector {

  private final Map<SimRoute, Queue<Fault>> perRoute = new ConcurrentHashMap<>();
  private final Queue<Fault> anyRoute = new ConcurrentLinkedQueue<>();
  private volatile Duration latency = Duration.ZERO;

  /** Creates an injector with no faults. */
  public FaultInjector() {
  }

  /**
   * Makes the next {@code times} responses of {@code route} misbehave as {@code fault}.
   *
   * @param route the route
   * @param times how many responses
   * @param fault what happens to each
   * @return this injector
   */
  public FaultInjector next(SimRoute route, int times, Fault fault) {
    Queue<Fault> queue = perRoute.computeIfAbsent(route, r -> new ConcurrentLinkedQueue<>());
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
    return this;
  }

  /**
   * Makes the next {@code times} responses of any route misbehave as {@code fault}.
   *
   * @param times how many responses
   * @param fault what happens to each
   * @return this injector
   */
  public FaultInjector nextOnAnyRoute(int times, Fault fault) {
    for (int i = 0; i < times; i++) {
      anyRoute.add(fault);
    }
    return this;
  }

  /**
   * Sets a latency added to every response (on the simulator scheduler, not time-scaled).
   *
   * @param latency the latency, {@link Duration#ZERO} for none
   * @return this injector
   */
  public FaultInjector globalLatency(Duration latency) {
    this.latency = latency == null ? Duration.ZERO : latency;
    return this;
  }

  /** @return the current global latency */
  public Duration globalLatency() {
    return latency;
  }

  /**
   * @param route a route
   * @return how many faults are still queued for it (not counting faults for all routes)
   */
  public int pending(SimRoute route) {
    Queue<Fault> queue = perRoute.get(route);
    return queue == null ? 0 : queue.size();
  }

  /** Removes all queued faults and the global latency. */
  public void clear() {
    perRoute.clear();
    anyRoute.clear();
    latency = Duration.ZERO;
  }

  /**
   * Takes the fault for the next response of a route.
   *
   * @param route the route being answered
   * @return the fault, or {@code null} to answer normally
   */
  public Fault take(SimRoute route) {
    Queue<Fault> queue = perRoute.get(route);
    Fault fault = queue == null ? null : queue.poll();
    return fault != null ? fault : anyRoute.poll();
  }
}
