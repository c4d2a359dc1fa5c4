package io.github.flyorchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.param.PollOptions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class PollUntilTest {

  private final AtomicInteger checks = new AtomicInteger();

  private Supplier<Mono<PollResult<String>>> pendingThen(int pendings, PollResult<String> last) {
    return () -> Mono.fromSupplier(() -> checks.incrementAndGet() <= pendings
        ? PollResult.<String>pending("still " + checks.get()) : last);
  }

  /** Built inside the virtual-time supplier, so its default scheduler is the virtual one. */
  private static ReactiveFlyOrchestrator orchestrator() {
    return ReactiveFlyOrchestrator.builder(new ScriptedFlyMachinesClient(null)).build();
  }

  @Test
  void returnsTheValueOfTheFirstDoneResult() {
    StepVerifier.withVirtualTime(() -> orchestrator().pollUntil(pendingThen(2, PollResult.done("ok")),
            PollOptions.of(Duration.ofSeconds(10))))
        .thenAwait(Duration.ofSeconds(3))
        .expectNext("ok")
        .verifyComplete();
    assertThat(checks).hasValue(3);
  }

  @Test
  void aFailedResultEndsThePollWithItsErrorAsItIs() {
    IllegalStateException broken = new IllegalStateException("broken");
    StepVerifier.withVirtualTime(() -> orchestrator().pollUntil(pendingThen(1, PollResult.failed(broken)),
            PollOptions.of(Duration.ofSeconds(10))))
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(broken))
        .verify();
    assertThat(checks).hasValue(2);
  }

  @Test
  void anErrorOfTheCheckItselfEndsThePollAsItIs() {
    FlyException boom = new FlyException("boom", null);
    StepVerifier.withVirtualTime(() -> orchestrator().<String>pollUntil(() -> Mono.error(boom),
            PollOptions.of(Duration.ofSeconds(10))))
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(boom))
        .verify();
  }

  @Test
  void timesOutWithTheGivenMessageOperationAndLastReason() {
    PollOptions options = new PollOptions(Duration.ofSeconds(10), "wait_for_volume", "volume vol_1 to attach");
    StepVerifier.withVirtualTime(() -> orchestrator().pollUntil(pendingThen(Integer.MAX_VALUE, null), options))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(9_999))
        .thenAwait(Duration.ofMillis(1))
        .expectErrorSatisfies(error -> {
          FlyTimeoutException timeout = (FlyTimeoutException) error;
          assertThat(timeout.getOperation()).isEqualTo("wait_for_volume");
          assertThat(timeout.getAttempts()).isEqualTo(checks.get());
          assertThat(timeout.getLastObservedState()).isEqualTo("still " + checks.get());
          assertThat(timeout.getElapsed()).isEqualTo(Duration.ofSeconds(10));
          assertThat(timeout.getMessage()).isEqualTo("timed out after 10s waiting for volume vol_1 to attach "
              + "(last state: still " + checks.get() + ", " + checks.get() + " attempts)");
        })
        .verify();
  }

  @Test
  void aDoneResultWithoutAValueCompletesEmpty() {
    StepVerifier.withVirtualTime(() -> orchestrator().pollUntil(pendingThen(0, PollResult.done(null)),
            PollOptions.of(Duration.ofSeconds(10))))
        .verifyComplete();
  }

  @Test
  void withoutAMessageTheTimeoutNamesTheOperation() {
    StepVerifier.withVirtualTime(() -> orchestrator().pollUntil(pendingThen(Integer.MAX_VALUE, null),
            PollOptions.of(Duration.ofSeconds(2), "wait_for_volume")))
        .thenAwait(Duration.ofSeconds(2))
        .expectErrorSatisfies(error -> assertThat(error).hasMessageStartingWith(
            "timed out after 2s waiting for wait_for_volume to be done (last state: still "))
        .verify();
  }
}
