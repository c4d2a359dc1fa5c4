package io.github.flyorchestrator.e2e;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * Counts a client's calls in flight, the wait calls apart: each subscription to a call counts from when it is
 * subscribed until it ends. A workflow that hands one call's answer to the next call subscribes the next before the
 * first ends, so the count only drops to zero while the workflow pauses (or is done): what a test driving simulated
 * time needs to know before it moves the clock.
 */
final class InFlightCalls implements InvocationHandler {

  private static final String WAIT_CALL = "waitForState";

  private final ReactiveFlyMachinesClient delegate;
  private final AtomicInteger waits = new AtomicInteger();
  private final AtomicInteger others = new AtomicInteger();
  private final AtomicInteger started = new AtomicInteger();

  private InFlightCalls(ReactiveFlyMachinesClient delegate) {
    this.delegate = delegate;
  }

  /**
   * @param client the client to watch
   * @return the watcher; {@link #client()} is the client to hand to the workflows
   */
  static InFlightCalls watching(ReactiveFlyMachinesClient client) {
    return new InFlightCalls(client);
  }

  /** @return a client that calls the watched one and counts its calls in flight */
  ReactiveFlyMachinesClient client() {
    return (ReactiveFlyMachinesClient) Proxy.newProxyInstance(ReactiveFlyMachinesClient.class.getClassLoader(),
        new Class<?>[] {ReactiveFlyMachinesClient.class}, this);
  }

  /** @return wait calls in flight */
  int waits() {
    return waits.get();
  }

  /** @return other calls in flight */
  int others() {
    return others.get();
  }

  /** @return calls started so far (each subscription counts) */
  int started() {
    return started.get();
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    Object result;
    try {
      result = method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (!(result instanceof Mono<?> call)) {
      return result;
    }
    AtomicInteger count = WAIT_CALL.equals(method.getName()) ? waits : others;
    return Mono.defer(() -> {
      count.incrementAndGet();
      started.incrementAndGet();
      return call.doFinally(signal -> count.decrementAndGet());
    });
  }
}
