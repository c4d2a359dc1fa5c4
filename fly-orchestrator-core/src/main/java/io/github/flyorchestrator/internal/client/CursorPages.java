package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.exception.FlyException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * A cursor-paged listing as a {@link Flux} of its items that fetches on demand: a page is asked for only when the
 * subscriber has requested more items than the pages so far brought, never ahead (Reactor's {@code concatMap} and
 * {@code concatMapIterable} both ask for the next page as soon as the last one is emitted, whatever the demand, so
 * the few lines of state below do it instead). Cancelling stops fetching and disposes a page in flight. The listing
 * ends when a page has no (or an empty) next cursor; a next cursor equal to the one just used is an error rather than
 * an endless loop.
 */
final class CursorPages {

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
    return Flux.create(sink -> new Pager<>(fetch, sink).start());
  }

  /**
   * The state of one subscription. Every field but {@link #arrived} and {@link #failure} is touched only inside
   * {@link #drain()}, which one thread at a time runs (the work-in-progress counter serialises it); a page or an
   * error arriving from the transport is handed over through those two volatile fields.
   */
  private static final class Pager<T> {
    private final Function<String, Mono<? extends Page<T>>> fetch;
    private final FluxSink<T> sink;
    private final AtomicInteger wip = new AtomicInteger();
    private final Deque<T> buffer = new ArrayDeque<>();
    private volatile Page<T> arrived;
    private volatile Throwable failure;
    private volatile Disposable inFlight;
    private String cursor;
    private boolean fetching;
    private boolean lastPage;
    private boolean done;

    Pager(Function<String, Mono<? extends Page<T>>> fetch, FluxSink<T> sink) {
      this.fetch = fetch;
      this.sink = sink;
    }

    void start() {
      sink.onDispose(() -> {
        Disposable page = inFlight;
        if (page != null) {
          page.dispose();
        }
      });
      sink.onRequest(requested -> drain());
    }

    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        step();
        missed = wip.addAndGet(-missed);
      } while (missed != 0);
    }

    private void step() {
      if (done || sink.isCancelled()) {
        return;
      }
      if (failure != null) {
        done = true;
        sink.error(failure);
        return;
      }
      Page<T> page = arrived;
      if (page != null) {
        arrived = null;
        fetching = false;
        accept(page);
        if (done) {
          return;
        }
      }
      while (!buffer.isEmpty() && sink.requestedFromDownstream() > 0) {
        sink.next(buffer.poll());
      }
      if (!buffer.isEmpty() || fetching) {
        return;
      }
      if (lastPage) {
        done = true;
        sink.complete();
      } else if (sink.requestedFromDownstream() > 0) {
        fetchNext();
      }
    }

    private void accept(Page<T> page) {
      buffer.addAll(page.items());
      String next = page.nextCursor();
      if (next == null || next.isEmpty()) {
        lastPage = true;
      } else if (next.equals(cursor)) {
        done = true;
        sink.error(new FlyException("the API answered page cursor " + next
            + " with the same cursor again; stopping instead of asking for it forever", null));
      } else {
        cursor = next;
      }
    }

    private void fetchNext() {
      fetching = true;
      Mono<? extends Page<T>> request;
      try {
        request = fetch.apply(cursor);
      } catch (RuntimeException e) {
        done = true;
        sink.error(e);
        return;
      }
      boolean[] received = {false};
      inFlight = request.subscribe(page -> {
        received[0] = true;
        arrived = page;
        drain();
      }, error -> {
        failure = error;
        drain();
      }, () -> {
        if (!received[0]) {
          failure = new FlyException("the API answered a page request with an empty body", null);
          drain();
        }
      });
    }
  }
}
