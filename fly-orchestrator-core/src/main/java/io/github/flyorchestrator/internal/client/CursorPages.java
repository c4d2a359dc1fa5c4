package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.exception.FlyException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A cursor-paged listing as a {@link Flux} of its items that fetches on demand: the first page is asked for on the
 * first request, and each next page only when the items of the page before have all been delivered and the
 * subscriber still wants more. Both stages use {@code concatMap} without prefetch, so nothing is fetched ahead;
 * cancelling stops fetching. The listing ends when a page has no (or an empty) next cursor; a next cursor equal to
 * the one just used is an error rather than an endless loop.
 */
final class CursorPages {

  /** The cursor of the first page: none. */
  private static final String FIRST = "";

  private CursorPages() {
  }

  /**
   * One page of a listing.
   *
   * @param <T> item type
   */
  interface Page<T> {
    /** @return the items of this page, never {@code null} */
    List<T> items();

    /** @return the cursor of the next page, or {@code null}/empty on the last page */
    String nextCursor();
  }

  /**
   * @param fetch fetches the page at a cursor ({@code null} for the first page)
   * @param <T> item type
   * @return the items of every page, fetched as they are requested
   */
  static <T> Flux<T> items(Function<String, Mono<? extends Page<T>>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    return Flux.defer(() -> {
      Sinks.Many<String> cursors = Sinks.many().unicast().onBackpressureBuffer();
      cursors.tryEmitNext(FIRST);
      return cursors.asFlux()
          .concatMap(cursor -> fetch.apply(FIRST.equals(cursor) ? null : cursor)
              .doOnNext(page -> next(cursors, cursor, page.nextCursor()))
              .switchIfEmpty(Mono.fromRunnable(() -> cursors.tryEmitComplete())), 0)
          .concatMap(page -> Flux.fromIterable(page.items()), 0);
    });
  }

  private static void next(Sinks.Many<String> cursors, String used, String next) {
    if (next == null || next.isEmpty()) {
      cursors.tryEmitComplete();
    } else if (next.equals(used)) {
      cursors.tryEmitError(new FlyException("the API answered page cursor " + next
          + " with the same cursor again; stopping instead of asking for it forever", null));
    } else {
      cursors.tryEmitNext(next);
    }
  }
}
