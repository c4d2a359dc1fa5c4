package io.github.flyorchestrator.test.internal.http;

import reactor.core.publisher.Mono;

/** Handles one route. May throw {@link io.github.flyorchestrator.test.internal.ApiError}. */
@FunctionalInterface
public interface RouteHandler {

  /**
   * @param call the request
   * @return the response
   */
  Mono<SimResponse> handle(ApiCall call);

  /**
   * @param handler a synchronous handler
   * @return it as a route handler
   */
  static RouteHandler sync(java.util.function.Function<ApiCall, SimResponse> handler) {
    return call -> Mono.fromSupplier(() -> handler.apply(call));
  }
}
