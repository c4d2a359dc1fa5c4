package io.github.flyorchestrator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.flyorchestrator.PollResult;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.param.PollOptions;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The orchestrator's graceful shutdown, on virtual time: refusal, the grace period, abandoning what is left. */
class GracefulShutdownTest {

  private static final Duration GRACE = Duration.ofSeconds(30);
  private static final PollOptions TEN_MINUTES = PollOptions.of(Duration.ofMinutes(10));

  private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
  private final TestObservationRegistry registry = TestObservationRegistry.create();
  private final ReactiveFlyOrchestrator orchestrator = ReactiveFlyOrchestrator
      .builder(new ScriptedFlyMachinesClient(null)).scheduler(time).observationRegistry(registry).build();
  private final AtomicInteger checks = new AtomicInteger();
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(InFlightWorkflows.class);

  @BeforeEach
  void captureLog() {
    log.start();
    logger.addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    logger.detachAppender(log);
    time.dispose();
  }

  /** A check that answers pending until the virtual clock reaches {@code doneAt}, then done. */
  private Mono<PollResult<String>> doneAt(Duration doneAt) {
    return Mono.fromSupplier(() -> {
      checks.incrementAndGet();
      return time.now(TimeUnit.MILLISECONDS) >= doneAt.toMillis() ? PollResult.done("done")
          : PollResult.<String>pending("still waiting");
    });
  }

  private List<ILoggingEvent> warnings() {
    return log.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
  }

  @Test
  void aWorkflowSubscribedAfterTheShutdownBeganIsRefusedWithoutACheck() {
    orchestrator.shutdown(GRACE).subscribe();

    assertThatThrownBy(() -> orchestrator.pollUntil(() -> doneAt(Duration.ZERO), TEN_MINUTES).block())
        .isInstanceOf(FlyException.class)
        .hasMessage("the orchestrator is shutting down: pollUntil poll_until was not started; run it again on an "
            + "orchestrator that is running");
    assertThat(checks).hasValue(0);
  }

  @Test
  void theShutdownWaitsForAWorkflowThatEndsWithinTheGracePeriod() {
    AtomicReference<String> value = new AtomicReference<>();
    orchestrator.pollUntil(() -> doneAt(Duration.ofSeconds(10)), TEN_MINUTES).subscribe(value::set);
    AtomicReference<Boolean> down = new AtomicReference<>(false);
    orchestrator.shutdown(GRACE).subscribe(null, null, () -> down.set(true));

    time.advanceTimeBy(Duration.ofSeconds(5));
    assertThat(down).hasValue(false);
    time.advanceTimeBy(Duration.ofSeconds(10));

    assertThat(value).hasValue("done");
    assertThat(down).hasValue(true);
    assertThat(warnings()).isEmpty();
    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("fly.orchestrator.wait").that()
        .hasLowCardinalityKeyValue("outcome", "success");
  }

  @Test
  void aWorkflowStillRunningAfterTheGracePeriodIsLoggedCancelledAndEndsItsObservationAsCancelled() {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    orchestrator.pollUntil(() -> doneAt(Duration.ofHours(1)), TEN_MINUTES).subscribe(null, failure::set);
    AtomicReference<Boolean> down = new AtomicReference<>(false);
    orchestrator.shutdown(GRACE).subscribe(null, null, () -> down.set(true));

    time.advanceTimeBy(GRACE.minusMillis(1));
    assertThat(failure).hasValue(null);
    assertThat(down).hasValue(false);
    time.advanceTimeBy(Duration.ofMillis(1));

    assertThat(down).hasValue(true);
    assertThat(failure.get()).isInstanceOf(FlyException.class)
        .hasMessage("the orchestrator is shutting down: pollUntil poll_until was cancelled after its grace period; "
            + "it left its last check answered: still waiting; re-run the same call to finish it");
    assertThat(warnings()).singleElement().satisfies(event -> {
      assertThat(event.getFormattedMessage()).isEqualTo("Shutdown abandoned pollUntil poll_until after the grace "
          + "period of 30s (it ran 30s); it left its last check answered: still waiting. To finish it, re-run the "
          + "same call.");
    });
    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("fly.orchestrator.wait").that()
        .hasLowCardinalityKeyValue("outcome", "cancelled")
        .hasLowCardinalityKeyValue("error", "none")
        .hasBeenStopped();
    int checksWhenCancelled = checks.get();
    time.advanceTimeBy(Duration.ofMinutes(5));
    assertThat(checks).as("no check after the cancel").hasValue(checksWhenCancelled);
  }

  @Test
  void aZeroGracePeriodAbandonsAtOnceAndAWorkflowCancelledByItsCallerIsNotWaitedFor() {
    Disposable callerCancels = orchestrator.pollUntil(() -> doneAt(Duration.ofHours(1)), TEN_MINUTES).subscribe();
    orchestrator.pollUntil(() -> doneAt(Duration.ofHours(1)), TEN_MINUTES).subscribe(null, error -> { });
    callerCancels.dispose();
    AtomicReference<Boolean> down = new AtomicReference<>(false);

    orchestrator.shutdown(Duration.ZERO).subscribe(null, null, () -> down.set(true));
    time.advanceTime();

    assertThat(down).hasValue(true);
    assertThat(warnings()).hasSize(1);
  }

  @Test
  void aNegativeGracePeriodIsRefusedAtTheCall() {
    assertThatThrownBy(() -> orchestrator.shutdown(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gracePeriod must not be negative, was -1s");
  }
}
