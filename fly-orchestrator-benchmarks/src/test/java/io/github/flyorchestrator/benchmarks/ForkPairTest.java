package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkPairTest {

  @Test
  void evenIterationsAreTheClientsAndOddOnesTheRawWebClients() {
    ForkPair fork = ForkPair.of(List.of(110.0, 100.0, 130.0, 120.0), List.of(5000.0, 4000.0, 5002.0, 4002.0));
    assertThat(fork.clientMicros()).isCloseTo(120.0, within(1e-12));
    assertThat(fork.rawMicros()).isCloseTo(110.0, within(1e-12));
    assertThat(fork.clientBytes()).isCloseTo(5001.0, within(1e-12));
    assertThat(fork.rawBytes()).isCloseTo(4001.0, within(1e-12));
    assertThat(fork.ratio()).isCloseTo(120.0 / 110.0, within(1e-12));
  }

  @Test
  void withoutTheGcProfilerTheBytesAreUnknown() {
    assertThat(ForkPair.of(List.of(2.0, 1.0), List.of()).clientBytes()).isNaN();
  }

  @Test
  void aForkWithoutBothContestantsOrWithMismatchedListsIsRejected() {
    assertThatThrownBy(() -> ForkPair.of(List.of(1.0), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ForkPair.of(List.of(1.0, 2.0), List.of(3.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
