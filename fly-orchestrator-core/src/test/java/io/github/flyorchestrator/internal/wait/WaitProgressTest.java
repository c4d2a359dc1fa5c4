package io.github.flyorchestrator.internal.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The timeout message every wait uses, and what it keeps for the caller. */
class WaitProgressTest {

  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();

  private WaitProgress progress(Duration timeout) {
    return new WaitProgress("create_machine_and_wait", Deadline.start(timeout, clock),
        "a new machine of app my-app to reach started", null);
  }

  @Test
  void theMessageSaysWhatWasAwaitedHowLongTheLastStateAndTheAttempts() {
    WaitProgress progress = progress(Duration.ofSeconds(90));
    progress.awaiting("machine 1781 of app my-app to reach started");
    progress.recordAttempt();
    progress.observe("created");
    progress.recordAttempt();
    progress.recordAttempt();
    clock.advanceTimeBy(Duration.ofSeconds(90));

    FlyTimeoutException timeout = progress.timeout(null);

    assertThat(timeout.getMessage()).isEqualTo("timed out after 1m30s waiting for machine 1781 of app my-app to "
        + "reach started (last state: created, 3 attempts)");
    assertThat(timeout.getOperation()).isEqualTo("create_machine_and_wait");
    assertThat(timeout.getElapsed()).isEqualTo(Duration.ofSeconds(90));
    assertThat(timeout.getAttempts()).isEqualTo(3);
  }

  @Test
  void aWaitThatSawNothingSaysSo() {
    WaitProgress progress = progress(Duration.ofMillis(250));
    progress.recordAttempt();

    assertThat(progress.timeout(null).getMessage()).isEqualTo("timed out after 250ms waiting for a new machine of "
        + "app my-app to reach started (no state observed, 1 attempt)");
  }

  @Test
  void aTimeoutWithoutACauseGetsTheErrorThatLedToIt() {
    WaitProgress progress = progress(Duration.ofSeconds(5));
    FlyException ambiguous = new FlyException("503", 503, null, null, null, "POST", "/v1/apps/a/machines", null);
    FlyException other = new FlyException("403", 403, null, null, null, "GET", "/v1/apps/a", null);

    assertThat(progress.explainTimeout(progress.timeout(null), ambiguous)).hasCause(ambiguous);
    assertThat(progress.explainTimeout(other, ambiguous)).isSameAs(other);
    FlyTimeoutException withCause = progress.timeout(other);
    assertThat(progress.explainTimeout(withCause, ambiguous)).isSameAs(withCause);
  }
}
