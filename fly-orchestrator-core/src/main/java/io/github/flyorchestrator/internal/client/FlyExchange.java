package io.github.flyorchestrator.internal.client;

import java.util.Objects;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The shared call machinery as the resource groups use it: each call goes through the one {@link FlyHttpTransport}
 * (rate limiter, retries, observation, error mapping) and is decoded with the client's one {@link FlyJson}.
 */
final class FlyExchange {

  private final FlyHttpTransport transport;
  private final FlyJson json;

  FlyExchange(FlyHttpTransport transport, FlyJson json) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.json = Objects.requireNonNull(json, "json");
  }

  /** @return the client's mapper */
  FlyJson json() {
    return json;
  }

  /** @return the transport's read timeout, the base of a long call's response timeout */
  java.time.Duration readTimeout() {
    return transport.readTimeout();
  }

  <T> Mono<T> read(FlyCall.Builder call, Class<T> type) {
    return transport.exchange(call.build(), json.decoder(type));
  }

  <T> Mono<T> read(FlyCall.Builder call, TypeReference<T> type) {
    return transport.exchange(call.build(), json.decoder(type));
  }

  /** Reads a plain-text answer (a token) as it is, without its surrounding whitespace. */
  Mono<String> readText(FlyCall.Builder call) {
    return transport.exchange(call.build(), FlyJson.TEXT);
  }

  Mono<Void> send(FlyCall.Builder call) {
    return transport.exchange(call.build(), null);
  }
}
