package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.exception.FlyException;
import java.util.Objects;
import reactor.core.Exceptions;
import java.util.stream.Stream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How the blocking adapters ({@link BlockingFlyMachinesClient} and
 * {@link io.github.flyorchestrator.internal.BlockingFlyOrchestrator}) wait for a reactive call, so that both promise
 * the same errors: what the call raised reaches the caller as it was raised, never wrapped by Reactor.
 *
 * <ul>
 *   <li>a {@link RuntimeException} ({@link FlyException} and its subclasses included) or an {@link Error} is thrown
 *       as it is;</li>
 *   <li>an interrupt of the waiting thread sets the thread's interrupt flag again and becomes a {@link FlyException}
 *       that says the wait was interrupted (the reactive call is cancelled);</li>
 *   <li>any other checked exception (e.g. a {@link java.util.concurrent.TimeoutException} of a Reactor
 *       {@code timeout}) becomes a {@link FlyException} naming the operation, with the exception as its cause.</li>
 * </ul>
 */
public final class BlockingCalls {

  private BlockingCalls() {
  }

  /**
   * Subscribes to a call and waits for its result.
   *
   * @param call the reactive call
   * @param operation what the call does, for messages, e.g. {@code getMachine}
   * @param <T> the result type
   * @return the result, or {@code null} when the call completes empty
   */
  public static <T> T block(Mono<T> call, String operation) {
    Objects.requireNonNull(call, "call must not be null");
    try {
      return call.block();
    } catch (RuntimeException e) {
      throw unwrap(e, operation);
    }
  }

  /**
   * A lazy stream of a paged listing: it requests one item at a time, so a page is fetched only when the stream needs
   * an item the pages so far did not bring; closing the stream cancels the listing and stops fetching. An error of
   * the listing is thrown, as it was raised, by the stream operation that meets it.
   *
   * @param items the reactive listing
   * @param <T> the item type
   * @return the stream; close it when it is not consumed to its end
   */
  public static <T> Stream<T> stream(Flux<T> items) {
    Objects.requireNonNull(items, "items must not be null");
    return items.toStream(1);
  }

  private static RuntimeException unwrap(RuntimeException thrown, String operation) {
    Throwable cause = Exceptions.unwrap(thrown);
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    if (cause instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new FlyException("Interrupted while waiting for " + operation
          + "; the call was cancelled and the thread's interrupt flag is set again", cause);
    }
    return new FlyException(operation + " failed: " + cause, cause);
  }
}
