package io.github.flyorchestrator.internal.wait;

import reactor.core.publisher.Mono;

/**
 * One attempt's answer: the value it brought or the error it failed with, so that the engine decides on both in one
 * place (a wait call's answer, a machine read, a poll). Exactly one of the two is set.
 *
 * @param value what the attempt brought, or {@code null} when it failed
 * @param error what it failed with, or {@code null} when it brought a value
 * @param <T> the value type
 */
public record Attempt<T>(T value, Throwable error) {

  /**
   * Checks that exactly one of the two is set.
   *
   * @throws IllegalArgumentException when both or neither are set
   */
  public Attempt {
    if ((value == null) == (error == null)) {
      throw new IllegalArgumentException("an attempt has either a value or an error");
    }
  }

  /**
   * Runs a call as an attempt whose error is an answer too.
   *
   * @param call the call
   * @param <T> the value type
   * @return the call's value or error as an attempt; empty when the call completes empty
   */
  public static <T> Mono<Attempt<T>> of(Mono<? extends T> call) {
    return call.<Attempt<T>>map(value -> new Attempt<>(value, null))
        .onErrorResume(error -> Mono.just(new Attempt<>(null, error)));
  }

  /** @return whether the attempt failed */
  public boolean failed() {
    return error != null;
  }
}
