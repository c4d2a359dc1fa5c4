package io.github.flyorchestrator.sample;

import io.github.flyorchestrator.autoconfigure.FlyWebClientCustomizer;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/** Counts the HTTP requests the Fly client sends, for the sample's summary line. */
@Component
class ApiCallCounter implements FlyWebClientCustomizer {

  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public void customize(WebClient.Builder builder) {
    builder.filter((request, next) -> next.exchange(request).doOnSubscribe(subscription -> calls.incrementAndGet()));
  }

  int calls() {
    return calls.get();
  }
}
