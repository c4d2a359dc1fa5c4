package io.github.flyorchestrator.internal.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** One attempt's value or error, as the engine judges it. */
class AttemptTest {

  @Test
  void aCallsValueOrErrorBecomesAnAttemptAndAnEmptyCallStaysEmpty() {
    IllegalStateException failure = new IllegalStateException("no answer");

    StepVerifier.create(Attempt.of(Mono.just("ready")))
        .assertNext(attempt -> assertThat(attempt).isEqualTo(new Attempt<>("ready", null))
            .satisfies(a -> assertThat(a.failed()).isFalse()))
        .verifyComplete();
    StepVerifier.create(Attempt.<String>of(Mono.error(failure)))
        .assertNext(attempt -> assertThat(attempt.error()).isSameAs(failure)
            .satisfies(e -> assertThat(attempt.failed()).isTrue()))
        .verifyComplete();
    StepVerifier.create(Attempt.of(Mono.empty())).verifyComplete();
  }

  @Test
  void anAttemptHasEitherAValueOrAnError() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Attempt<>(null, null));
    assertThatIllegalArgumentException().isThrownBy(() -> new Attempt<>("ready", new IllegalStateException()));
  }
}
