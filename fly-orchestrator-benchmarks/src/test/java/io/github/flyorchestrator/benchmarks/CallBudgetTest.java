package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallBudgetTest {

  @Test
  void oneWaitCallPerStartedMinutePlusCreateAndRead() {
    assertThat(CallBudget.maxCallsWithWaitEndpoint(Duration.ofSeconds(1))).isEqualTo(3);
    assertThat(CallBudget.maxCallsWithWaitEndpoint(Duration.ofSeconds(10))).isEqualTo(3);
    assertThat(CallBudget.maxCallsWithWaitEndpoint(Duration.ofSeconds(60))).isEqualTo(3);
    assertThat(CallBudget.maxCallsWithWaitEndpoint(Duration.ofMillis(60_001))).isEqualTo(4);
    assertThat(CallBudget.maxCallsWithWaitEndpoint(Duration.ofSeconds(90))).isEqualTo(4);
    assertThat(CallBudget.maxCallsWithWaitEndpoint(Duration.ofSeconds(300))).isEqualTo(7);
  }

  @Test
  void alreadyReadyNeedsNoWaitCall() {
    assertThat(CallBudget.maxCallsWithWaitEndpoint(Duration.ZERO)).isEqualTo(2);
  }

  @Test
  void negativeReadyTimeIsRejected() {
    assertThatThrownBy(() -> CallBudget.maxCallsWithWaitEndpoint(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
