package io.github.flyorchestrator.test;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Queues faults for the next responses of a route (or of every route), and holds the global latency. Thread-safe.
 * Faults queued for a route of one app are used first, then faults queued for the route, then faults queued for all
 * routes. Faults for one app let tests that share a simulator run at the same time without taking each other's
 * faults.
 */
public final class FaultInjector {

  private final Map<SimRoute, Queue<Fault>> perRoute = new ConcurrentHashMap<>();
  private final Map<AppRoute, Queue<Fault>> perAppRoute = new ConcurrentHashMap<>();
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
   * Makes the next {@code times} responses of {@code route} for one app misbehave as {@code fault}; requests for other
   * apps are not affected. The app of {@code POST /v1/apps} is the name in its body.
   *
   * @param route the route
   * @param appName the app named in the request's path (or, for {@link SimRoute#APPS_CREATE}, its body)
   * @param times how many responses
   * @param fault what happens to each
   * @return this injector
   */
  public FaultInjector nextForApp(SimRoute route, String appName, int times, Fault fault) {
    Queue<Fault> queue = perAppRoute.computeIfAbsent(new AppRoute(route, appName),
        r -> new ConcurrentLinkedQueue<>());
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
    return this;
  }

  /**
   * @param route a route
   * @param appName an app
   * @return how many faults are still queued for that route of that app
   */
  public int pending(SimRoute route, String appName) {
    Queue<Fault> queue = perAppRoute.get(new AppRoute(route, appName));
    return queue == null ? 0 : queue.size();
  }

  /**
   * Removes the faults still queued for one app.
   *
   * @param appName the app
   */
  public void clear(String appName) {
    perAppRoute.keySet().removeIf(key -> key.appName().equals(appName));
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
    perAppRoute.clear();
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
    return take(route, null);
  }

  /**
   * Takes the fault for the next response of a route for an app.
   *
   * @param route the route being answered
   * @param appName the request's app, or {@code null} when it names none
   * @return the fault, or {@code null} to answer normally
   */
  public Fault take(SimRoute route, String appName) {
    Fault fault = null;
    if (appName != null) {
      Queue<Fault> ofApp = perAppRoute.get(new AppRoute(route, appName));
      fault = ofApp == null ? null : ofApp.poll();
    }
    if (fault == null) {
      Queue<Fault> queue = perRoute.get(route);
      fault = queue == null ? null : queue.poll();
    }
    return fault != null ? fault : anyRoute.poll();
  }

  private record AppRoute(SimRoute route, String appName) {
    AppRoute {
      Objects.requireNonNull(route, "route");
      Objects.requireNonNull(appName, "appName");
    }
  }
}
