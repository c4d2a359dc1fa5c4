package io.github.flyorchestrator.internal.lifecycle;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.lease;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyLeaseException;
import io.github.flyorchestrator.exception.FlyLeaseHeldException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class WithLeaseTest {

  private static final String APP = "my-app";
  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock)
      .onAcquireLease(call -> Mono.just(lease("nonce-1")))
      .onRefreshLease(call -> Mono.just(lease("nonce-1")))
      .onReleaseLease(call -> Mono.empty());

  private ReactiveFlyOrchestrator orchestrator() {
    return orchestrator(client);
  }

  private ReactiveFlyOrchestrator orchestrator(ScriptedFlyMachinesClient scripted) {
    return ReactiveFlyOrchestrator.builder(scripted).scheduler(clock).build();
  }

  @Test
  void refreshesEveryHalfTtlWhileTheActionRunsAndReleasesAfterwards() {
    StepVerifier.withVirtualTime(() -> orchestrator().withLease(APP, "m1", Duration.ofSeconds(10),
            lease -> Mono.delay(Duration.ofSeconds(23), clock).thenReturn(lease.nonce())), () -> clock,
            Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(23))
        .expectNext("nonce-1")
        .verifyComplete();

    // Refreshes at 5, 10, 15 and 20 s; none after the action ended at 23 s.
    assertThat(client.machineCalls("refresh")).extracting(ScriptedFlyMachinesClient.MachineCall::at)
        .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15),
            Duration.ofSeconds(20));
    assertThat(client.machineCalls("refresh")).allSatisfy(call -> assertThat(call.leaseNonce()).isEqualTo("nonce-1"));
    clock.advanceTimeBy(Duration.ofMinutes(1));
    assertThat(client.machineCalls("refresh")).hasSize(4);
    assertThat(client.machineCalls("release")).singleElement()
        .satisfies(call -> assertThat(call.leaseNonce()).isEqualTo("nonce-1"));
  }

  @Test
  void releasesWhenTheActionFails() {
    StepVerifier.withVirtualTime(() -> orchestrator().withLease(APP, "m1", Duration.ofSeconds(10),
            lease -> Mono.error(new IllegalStateException("boom"))), () -> clock, Long.MAX_VALUE)
        .expectErrorMessage("boom")
        .verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls()).extracting(ScriptedFlyMachinesClient.MachineCall::action)
        .containsExactly("acquire", "release");
  }

  @Test
  void releasesWhenTheCallerCancels() {
    StepVerifier.withVirtualTime(() -> orchestrator().withLease(APP, "m1", Duration.ofSeconds(10),
            lease -> Mono.never()), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(6))
        .thenCancel()
        .verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls()).extracting(ScriptedFlyMachinesClient.MachineCall::action)
        .containsExactly("acquire", "refresh", "release");
  }

  @Test
  void aHeldLeaseIsAClearErrorAndTheActionNeverRuns() {
    ScriptedFlyMachinesClient conflicted = new ScriptedFlyMachinesClient(clock)
        .onAcquireLease(call -> Mono.error(httpError(409)));
    ReactiveFlyOrchestrator orchestrator = orchestrator(conflicted);

    StepVerifier.withVirtualTime(() -> orchestrator.withLease(APP, "m1", Duration.ofSeconds(10),
            lease -> Mono.just("ran")), () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(FlyLeaseHeldException.class)
              .hasMessageContaining("m1").hasMessageContaining("my-app").hasMessageContaining("409");
          assertThat(((FlyException) error).hasStatus(409)).isTrue();
        })
        .verify(Duration.ofSeconds(10));

    assertThat(conflicted.machineCalls()).extracting(ScriptedFlyMachinesClient.MachineCall::action)
        .containsExactly("acquire");
  }

  @Test
  void aFailedRefreshCancelsTheActionFailsAndStillReleases() {
    ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock)
        .onAcquireLease(call -> Mono.just(lease("nonce-1")))
        .onRefreshLease(call -> Mono.error(httpError(409)))
        .onReleaseLease(call -> Mono.empty());
    ReactiveFlyOrchestrator orchestrator = orchestrator(client);

    StepVerifier.withVirtualTime(() -> orchestrator.withLease(APP, "m1", Duration.ofSeconds(10),
            lease -> Mono.never()), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyLeaseException.class)
            .hasMessageContaining("refreshing the lease of machine m1 of app my-app failed")
            .hasMessageContaining("may be lost"))
        .verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("release")).hasSize(1);
  }

  @Test
  void aRefreshThatReturnsAnotherNonceFailsTheActionAndReleasesBothNonces() {
    ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock)
        .onAcquireLease(call -> Mono.just(lease("nonce-1")))
        .onRefreshLease(call -> Mono.just(lease("nonce-2")))
        .onReleaseLease(call -> Mono.empty());
    ReactiveFlyOrchestrator orchestrator = orchestrator(client);

    StepVerifier.withVirtualTime(() -> orchestrator.withLease(APP, "m1", Duration.ofSeconds(10),
            lease -> Mono.never()), () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyLeaseException.class)
            .hasMessageContaining("returned another nonce").hasMessageNotContaining("nonce-"))
        .verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls("release")).extracting(ScriptedFlyMachinesClient.MachineCall::leaseNonce)
        .containsExactlyInAnyOrder("nonce-1", "nonce-2");
  }

  @Test
  void anAcquireAnswerWithoutANonceIsAClearErrorAndTheActionNeverRuns() {
    ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock)
        .onAcquireLease(call -> Mono.just(lease(null)));
    ReactiveFlyOrchestrator orchestrator = orchestrator(client);

    StepVerifier.withVirtualTime(() -> orchestrator.withLease(APP, "m1", Duration.ofSeconds(10),
            lease -> Mono.just("ran")), () -> clock, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyLeaseException.class)
            .hasMessageContaining("acquiring the lease of machine m1 of app my-app returned a lease without a nonce"))
        .verify(Duration.ofSeconds(10));

    assertThat(client.machineCalls()).extracting(ScriptedFlyMachinesClient.MachineCall::action)
        .containsExactly("acquire");
  }
}
