package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/**
 * Both blocking adapters, the client's and the orchestrator's, hand the caller the same errors: as raised, never a
 * Reactor wrapper; an interrupt or a checked exception as a {@link FlyException}.
 */
class BlockingCallsTest {

  /** A blocking call of either adapter whose reactive side answers {@code answer}. */
  interface Adapter extends Function<Mono<?>, Object> {
  }

  static Stream<Arguments> adapters() {
    Adapter client = answer -> {
      ReactiveFlyMachinesClient reactive = mock(ReactiveFlyMachinesClient.class);
      when(reactive.getApp(anyString())).thenReturn(answer.cast(io.github.flyorchestrator.model.App.class));
      return FlyMachinesClient.blocking(reactive).getApp("my-app");
    };
    Adapter orchestrator = answer -> {
      ReactiveFlyOrchestrator reactive = mock(ReactiveFlyOrchestrator.class);
      when(reactive.createAppAndWait(anyString(), anyString(), any(Duration.class)))
          .thenReturn(answer.cast(io.github.flyorchestrator.model.App.class));
      return FlyOrchestrator.blocking(reactive).createAppAndWait("my-app", "personal", Duration.ofSeconds(5));
    };
    Adapter direct = answer -> BlockingCalls.block(answer, "getApp");
    return Stream.of(Arguments.of("client", client), Arguments.of("orchestrator", orchestrator),
        Arguments.of("BlockingCalls", direct));
  }

  @AfterEach
  void clearInterruptFlag() {
    Thread.interrupted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aFlyExceptionReachesTheCallerAsItWasRaised(String name, Adapter adapter) {
    FlyException raised = new FlyTimeoutException("timed out after 5s waiting for app my-app", "create_app_and_wait",
        2, Duration.ofSeconds(5), "pending", null);

    assertThat(catchThrowable(() -> adapter.apply(Mono.error(raised)))).isSameAs(raised);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void anyOtherUncheckedExceptionReachesTheCallerAsItWasRaised(String name, Adapter adapter) {
    IllegalArgumentException raised = new IllegalArgumentException("appName must not contain '/'");

    assertThat(catchThrowable(() -> adapter.apply(Mono.error(raised)))).isSameAs(raised);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void anErrorReachesTheCallerAsItWasRaised(String name, Adapter adapter) {
    OutOfMemoryError raised = new OutOfMemoryError("simulated");

    assertThat(catchThrowable(() -> adapter.apply(Mono.error(raised)))).isSameAs(raised);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aCheckedExceptionBecomesAFlyExceptionWithItAsCause(String name, Adapter adapter) {
    IOException raised = new IOException("disk full");

    Throwable thrown = catchThrowable(() -> adapter.apply(Mono.error(raised)));

    assertThat(thrown).isExactlyInstanceOf(FlyException.class).hasCause(raised).hasMessageContaining("failed")
        .hasMessageContaining("disk full");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aReactorTimeoutBecomesAFlyExceptionNotAReactorWrapper(String name, Adapter adapter) {
    Throwable thrown = catchThrowable(() -> adapter.apply(Mono.never().timeout(Duration.ofMillis(10))));

    assertThat(thrown).isExactlyInstanceOf(FlyException.class).hasCauseInstanceOf(TimeoutException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void anInterruptCancelsTheCallRestoresTheFlagAndSaysSo(String name, Adapter adapter) {
    AtomicBoolean cancelled = new AtomicBoolean();
    Thread.currentThread().interrupt();

    Throwable thrown = catchThrowable(() -> adapter.apply(Mono.never().doOnCancel(() -> cancelled.set(true))));

    assertThat(thrown).isExactlyInstanceOf(FlyException.class).hasMessageContaining("Interrupted while waiting for")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag").isTrue();
    assertThat(cancelled).as("reactive call cancelled").isTrue();
  }
}
