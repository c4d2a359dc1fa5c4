package io.github.flyorchestrator.internal.observation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * The work a workflow still does after it was cancelled, such as releasing its machine lease, so that the
 * orchestrator's shutdown can wait for it: Reactor runs such work on its own after a cancel, and nothing else would
 * know when it ends. The orchestrator puts one instance into the Reactor Context of every workflow
 * ({@link #putInto(Context)}); the code that starts the work wraps it with {@link #tracked(ContextView, Mono)}.
 * Outside an orchestrator (no instance in the context) the work runs as it is.
 */
public final class CancelCleanups {

  private static final Object KEY = CancelCleanups.class;

  private final Set<Sinks.Empty<Void>> pending = ConcurrentHashMap.newKeySet();

  /**
   * Puts this instance into a workflow's Reactor Context.
   *
   * @param context the workflow's context
   * @return the context with this instance
   */
  public Context putInto(Context context) {
    return context.put(KEY, this);
  }

  /**
   * Wraps cleanup work so that the instance in {@code view}, if any, counts it as pending from its subscription to
   * its end (whatever the end).
   *
   * @param view the Reactor Context of the workflow
   * @param cleanup the work, e.g. a lease release
   * @return the same work, counted
   */
  public static Mono<Void> tracked(ContextView view, Mono<Void> cleanup) {
    Objects.requireNonNull(cleanup, "cleanup must not be null");
    CancelCleanups cleanups = view.getOrDefault(KEY, null);
    return cleanups == null ? cleanup : cleanups.count(cleanup);
  }

  private Mono<Void> count(Mono<Void> cleanup) {
    return Mono.defer(() -> {
      Sinks.Empty<Void> done = Sinks.empty();
      pending.add(done);
      return cleanup.doFinally(signal -> {
        pending.remove(done);
        done.tryEmitEmpty();
      });
    });
  }

  /**
   * @return completes when every cleanup started so far has ended
   */
  public Mono<Void> awaitPending() {
    List<Mono<Void>> running = pending.stream().map(Sinks.Empty::asMono).toList();
    return Mono.when(running);
  }
}
