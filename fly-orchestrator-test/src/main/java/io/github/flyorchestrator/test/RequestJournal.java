package io.github.flyorchestrator.test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every request the simulator received, in arrival order, for assertions. Thread-safe. */
public final class RequestJournal {

  private final ConcurrentLinkedQueue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();

  /** Creates an empty journal. */
  public RequestJournal() {
  }

  /**
   * Appends a request.
   *
   * @param request the request
   */
  public void record(RecordedRequest request) {
    requests.add(request);
  }

  /** @return a snapshot of all requests in arrival order */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * @param route a route
   * @return the requests to that route in arrival order
   */
  public List<RecordedRequest> requests(SimRoute route) {
    List<RecordedRequest> result = new ArrayList<>();
    for (RecordedRequest request : requests) {
      if (request.route() == route) {
        result.add(request);
      }
    }
    return result;
  }

  /**
   * @param route a route
   * @return how many requests reached it
   */
  public int count(SimRoute route) {
    return requests(route).size();
  }

  /** @return request counts per route (routes never called are absent) */
  public Map<SimRoute, Integer> countsByRoute() {
    Map<SimRoute, Integer> counts = new EnumMap<>(SimRoute.class);
    for (RecordedRequest request : requests) {
      if (request.route() != null) {
        counts.merge(request.route(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * @param route a route
   * @return the latest request to it, or {@code null}
   */
  public RecordedRequest last(SimRoute route) {
    List<RecordedRequest> list = requests(route);
    return list.isEmpty() ? null : list.get(list.size() - 1);
  }

  /** Forgets all requests. */
  public void clear() {
    requests.clear();
  }
}
