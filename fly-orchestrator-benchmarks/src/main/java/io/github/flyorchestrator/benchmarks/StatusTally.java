package io.github.flyorchestrator.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * Counts the HTTP status of every response the client receives, retries included (a WebClient filter runs once per
 * exchange, and the client's retries subscribe to the exchange again).
 */
public final class StatusTally implements ExchangeFilterFunction {

  private final Map<Integer, LongAdder> counts = new ConcurrentHashMap<>();

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    return next.exchange(request).doOnNext(response ->
        counts.computeIfAbsent(response.statusCode().value(), status -> new LongAdder()).increment());
  }

  /**
   * @param status an HTTP status
   * @return how many responses had it
   */
  public long count(int status) {
    LongAdder adder = counts.get(status);
    return adder == null ? 0 : adder.sum();
  }

  /** @return responses per status, in status order */
  public Map<Integer, Long> snapshot() {
    Map<Integer, Long> copy = new TreeMap<>();
    counts.forEach((status, adder) -> copy.put(status, adder.sum()));
    return copy;
  }
}
