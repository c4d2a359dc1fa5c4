package io.github.flyorchestrator.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * A diagnostic filter for the cold-start worker: records when each request of a burst went out and when its answer
 * came back, by kind (create, wait call, read), and summarises them relative to the burst's start: first and last
 * sent, first and last answered, median time in flight. Opt-in, since a filter is one more step in the pipeline.
 */
final class BurstTimeline implements ExchangeFilterFunction {

  private record Call(String kind, long sentNanos, long answeredNanos) {
  }

  private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
  private volatile long originNanos = System.nanoTime();

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    String kind = kind(request);
    long sent = System.nanoTime();
    return next.exchange(request).doOnNext(response -> calls.add(new Call(kind, sent, System.nanoTime())));
  }

  /** Forgets what was recorded and starts the clock of the next burst. */
  void restart() {
    calls.clear();
    originNanos = System.nanoTime();
  }

  /**
   * @return e.g. "create n=50 sent 3-95 answered 180-420 flight p50 210 ms; wait ..." in milliseconds since
   *     {@link #restart()}
   */
  String summary() {
    Map<String, List<Call>> byKind = new TreeMap<>();
    calls.forEach(call -> byKind.computeIfAbsent(call.kind(), key -> new ArrayList<>()).add(call));
    List<String> parts = new ArrayList<>();
    byKind.forEach((kind, list) -> {
      long[] sent = list.stream().mapToLong(call -> millis(call.sentNanos())).sorted().toArray();
      long[] answered = list.stream().mapToLong(call -> millis(call.answeredNanos())).sorted().toArray();
      long[] flight = list.stream().mapToLong(call -> (call.answeredNanos() - call.sentNanos()) / 1_000_000)
          .sorted().toArray();
      parts.add(String.format(Locale.ROOT, "%s n=%d sent %d-%d answered %d-%d flight p50 %d max %d ms", kind,
          list.size(), sent[0], sent[sent.length - 1], answered[0], answered[answered.length - 1],
          flight[flight.length / 2], flight[flight.length - 1]));
    });
    return String.join("; ", parts);
  }

  private long millis(long nanos) {
    return (nanos - originNanos) / 1_000_000;
  }

  private static String kind(ClientRequest request) {
    String path = request.url().getPath();
    if (request.method() == HttpMethod.POST && path.endsWith("/machines")) {
      return "create";
    }
    if (path.endsWith("/wait")) {
      return "wait";
    }
    return request.method().name().toLowerCase(Locale.ROOT) + "-other";
  }
}
