package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** Ordinary calls over HTTP/2 are admitted {@code max} at a time, as HTTP/1.1's pool admits them. */
class CallSlotsTest {

  private final AtomicInteger sent = new AtomicInteger();

  /** A call that counts when it is sent and ends when its sink is told to. */
  private Mono<String> call(Sinks.One<String> answer) {
    return Mono.defer(() -> {
      sent.incrementAndGet();
      return answer.asMono();
    });
  }

  @Test
  void atMostMaxCallsAreInFlightAndTheNextIsSentWhenOneEnds() {
    CallSlots slots = CallSlots.of(2, Duration.ofMinutes(5));
    List<Sinks.One<String>> answers = IntStream.range(0, 3).mapToObj(i -> Sinks.<String>one()).toList();
    List<String> results = new java.util.concurrent.CopyOnWriteArrayList<>();
    answers.forEach(answer -> slots.admit(call(answer)).subscribe(results::add));

    assertThat(sent).hasValue(2);
    assertThat(slots.inUse()).isEqualTo(2);

    answers.get(0).tryEmitValue("first");
    assertThat(sent).hasValue(3);
    assertThat(slots.inUse()).isEqualTo(2);

    answers.get(1).tryEmitError(new IllegalStateException("boom"));
    answers.get(2).tryEmitValue("third");
    assertThat(results).containsExactly("first", "third");
    assertThat(slots.inUse()).isZero();
  }

  @Test
  void aCallThatFindsNoFreeSlotInTimeFailsWithoutBeingSent() {
    CallSlots slots = CallSlots.of(1, Duration.ofSeconds(5));
    Sinks.One<String> held = Sinks.one();
    slots.admit(call(held)).subscribe();

    StepVerifier.withVirtualTime(() -> slots.admit(call(Sinks.one())))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(4_999))
        .thenAwait(Duration.ofMillis(1))
        .expectErrorSatisfies(error -> assertThat(error)
            .isInstanceOf(CallSlots.CallSlotTimeoutException.class)
            .hasMessage("no free call slot within 5s (1 calls in flight over HTTP/2, see fly.max-connections)"))
        .verify(Duration.ofSeconds(5));

    assertThat(sent).hasValue(1);
    assertThat(FlyErrors.isNeverSent(new RuntimeException(new CallSlots.CallSlotTimeoutException(
        Duration.ofSeconds(5), 1)))).isTrue();
    held.tryEmitValue("done");
    assertThat(slots.inUse()).isZero();
  }

  @Test
  void aCancelledWaitingCallGivesUpItsPlaceAndACancelledRunningCallFreesItsSlot() {
    CallSlots slots = CallSlots.of(1, Duration.ofMinutes(5));
    Disposable running = slots.admit(call(Sinks.one())).subscribe();
    Disposable gaveUp = slots.admit(call(Sinks.one())).subscribe();
    Sinks.One<String> last = Sinks.one();
    String[] result = new String[1];
    slots.admit(call(last)).subscribe(value -> result[0] = value);

    gaveUp.dispose();
    running.dispose();

    // The running call's slot went to the third call, past the one that gave up.
    assertThat(sent).hasValue(2);
    assertThat(slots.inUse()).isEqualTo(1);
    last.tryEmitValue("sent");
    assertThat(result[0]).isEqualTo("sent");
    assertThat(slots.inUse()).isZero();
  }

  @Test
  void unlimitedSlotsSendEveryCallAtOnce() {
    CallSlots slots = CallSlots.unlimited();
    IntStream.range(0, 1_000).forEach(i -> slots.admit(call(Sinks.one())).subscribe());

    assertThat(sent).hasValue(1_000);
  }
}
