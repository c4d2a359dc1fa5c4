package io.github.flyorchestrator.observation;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.app;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.machine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.PollResult;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.ScriptedFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.PollOptions;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class WaitObservationTest {

  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);
  private final TestObservationRegistry registry = TestObservationRegistry.create();
  private final List<String> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void recordEvents() {
    registry.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onEvent(Observation.Event event, Observation.Context context) {
        events.add(context.getName() + ":" + event.getName());
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
  }

  private ReactiveFlyOrchestrator orchestrator() {
    return ReactiveFlyOrchestrator.builder(client).observationRegistry(registry).scheduler(clock).build();
  }

  private ReactiveFlyOrchestrator orchestrator(FlyWaitObservationConvention convention) {
    return ReactiveFlyOrchestrator.builder(client).observationRegistry(registry).observationConvention(convention)
        .scheduler(clock).build();
  }

  @Test
  void aSuccessfulMachineWaitIsOneObservationWithItsTags() {
    client.onCreateMachine(request -> Mono.just(machine("m1", "created", "v1")))
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", "e1")))
        .onGetMachine(id -> Mono.just(machine("m1", "started", "v1")));

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(
            CreateMachineRequest.of("my-app", MachineConfig.ofImage("nginx"))), () -> clock, Long.MAX_VALUE)
        .expectNextCount(1)
        .verifyComplete();

    TestObservationRegistryAssert.assertThat(registry)
        .hasNumberOfObservationsWithNameEqualTo("fly.orchestrator.wait", 1)
        .hasObservationWithNameEqualTo("fly.orchestrator.wait").that()
        .hasBeenStarted()
        .hasBeenStopped()
        .hasContextualNameEqualTo("fly wait create_machine_and_wait")
        .hasLowCardinalityKeyValue("operation", "create_machine_and_wait")
        .hasLowCardinalityKeyValue("outcome", "success")
        .hasHighCardinalityKeyValue("app", "my-app")
        .hasHighCardinalityKeyValue("machine.id", "m1")
        .hasHighCardinalityKeyValue("attempts", "1")
        .hasHighCardinalityKeyValue("reason", "started")
        .hasLowCardinalityKeyValue("error", "none")
        .doesNotHaveError();
    assertThat(events).isEmpty();
  }

  @Test
  void aTimeoutSignalsTheTimeoutEventAndRecordsTheError() {
    client.onCreateApp(request -> Mono.empty()).onGetApp(name -> Mono.error(httpError(404)));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal",
            Duration.ofSeconds(10)), () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(10))
        .expectError(FlyTimeoutException.class)
        .verify();

    assertThat(events).containsExactly("fly.orchestrator.wait:timeout");
    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("fly.orchestrator.wait").that()
        .hasBeenStopped()
        .hasLowCardinalityKeyValue("operation", "create_app_and_wait")
        .hasLowCardinalityKeyValue("outcome", "timeout")
        .hasLowCardinalityKeyValue("error", "FlyTimeoutException")
        .hasHighCardinalityKeyValue("reason", "http 404")
        .hasHighCardinalityKeyValue("attempts", Integer.toString(client.getAppCalls()))
        .assertThatError().isInstanceOf(FlyTimeoutException.class);
  }

  @Test
  void aFailureHasOutcomeErrorAndNoTimeoutEvent() {
    client.onCreateMachine(request -> Mono.just(machine("m1", "created", "v1")))
        .onWait(request -> Mono.just(new WaitResult(true, "failed", "v1", "e1")));

    StepVerifier.withVirtualTime(() -> orchestrator().createMachineAndWait(
            CreateMachineRequest.of("my-app", MachineConfig.ofImage("nginx"))), () -> clock, Long.MAX_VALUE)
        .expectError(FlyMachineStateException.class)
        .verify();

    assertThat(events).isEmpty();
    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("fly.orchestrator.wait").that()
        .hasLowCardinalityKeyValue("outcome", "error")
        .hasLowCardinalityKeyValue("error", "FlyMachineStateException")
        .hasHighCardinalityKeyValue("reason", "failed")
        .assertThatError().isInstanceOf(FlyMachineStateException.class);
  }

  @Test
  void aPollUntilIsTaggedWithItsOwnOperationName() {
    StepVerifier.withVirtualTime(() -> orchestrator().pollUntil(() -> Mono.just(PollResult.done("x")),
            PollOptions.of(Duration.ofSeconds(5), "wait_for_dns")), () -> clock, Long.MAX_VALUE)
        .expectNext("x")
        .verifyComplete();

    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("fly.orchestrator.wait").that()
        .hasLowCardinalityKeyValue("operation", "wait_for_dns")
        .hasHighCardinalityKeyValue("app", "none");
  }

  @Test
  void aCustomConventionReplacesTheNamesAndTags() {
    FlyWaitObservationConvention custom = new DefaultFlyWaitObservationConvention("acme.fly.wait") {
      @Override
      public io.micrometer.common.KeyValues getLowCardinalityKeyValues(FlyWaitObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and("team", "platform");
      }
    };

    StepVerifier.withVirtualTime(() -> orchestrator(custom).pollUntil(() -> Mono.just(PollResult.done("x")),
            PollOptions.of(Duration.ofSeconds(5))), () -> clock, Long.MAX_VALUE)
        .expectNext("x")
        .verifyComplete();

    TestObservationRegistryAssert.assertThat(registry)
        .doesNotHaveAnyRemainingCurrentObservation()
        .hasNumberOfObservationsWithNameEqualTo("fly.orchestrator.wait", 0)
        .hasObservationWithNameEqualTo("acme.fly.wait").that()
        .hasLowCardinalityKeyValue("team", "platform")
        .hasLowCardinalityKeyValue("operation", "poll_until");
  }

  @Test
  void callsMadeInsideTheWaitSeeTheWaitObservationInTheReactorContext() {
    client.onCreateApp(request -> Mono.empty())
        .onGetApp(name -> Mono.error(httpError(404)), name -> Mono.just(app("my-app", "pending")));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal"), () -> clock,
            Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(1))
        .expectNextCount(1)
        .verifyComplete();

    assertThat(client.observationsSeen()).hasSize(3).allSatisfy(seen -> assertThat(seen).hasValueSatisfying(
        observation -> {
          assertThat(observation.getContext().getName()).isEqualTo("fly.orchestrator.wait");
          assertThat(((FlyWaitObservationContext) observation.getContext()).getOperation())
              .isEqualTo("create_app_and_wait");
        }));
  }

  @Test
  void aCheckThatReadsTheReactorContextSeesTheWaitObservationAndTheCallersObservationIsItsParent() {
    Observation outer = Observation.start("caller", registry);
    StepVerifier.withVirtualTime(() -> orchestrator()
                .pollUntil(() -> Mono.deferContextual(view -> Mono.just(PollResult.done(Optional.ofNullable(
                        view.<Observation>getOrDefault(ObservationThreadLocalAccessor.KEY, null))))),
                    PollOptions.of(Duration.ofSeconds(5), "nesting_check"))
                .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY, outer)),
            () -> clock, Long.MAX_VALUE)
        .assertNext(seen -> assertThat(seen).hasValueSatisfying(observation -> {
          assertThat(observation.getContext().getName()).isEqualTo("fly.orchestrator.wait");
          assertThat(observation.getContext().getParentObservation()).isSameAs(outer);
        }))
        .verifyComplete();
    outer.stop();

    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("fly.orchestrator.wait").that()
        .hasParentObservationEqualTo(outer);
  }

  @Test
  void aCancelledWaitIsStoppedOnce() {
    client.onCreateApp(request -> Mono.empty()).onGetApp(name -> Mono.error(httpError(404)));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal"), () -> clock,
            Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(2))
        .thenCancel()
        .verify();

    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("fly.orchestrator.wait").that()
        .hasBeenStopped()
        .hasLowCardinalityKeyValue("outcome", "cancelled");
  }

  @Test
  void worksWithTheNoopRegistry() {
    ReactiveFlyOrchestrator orchestrator = ReactiveFlyOrchestrator.builder(client).scheduler(clock).build();
    StepVerifier.withVirtualTime(() -> orchestrator.pollUntil(() -> Mono.just(PollResult.done("x")),
            PollOptions.of(Duration.ofSeconds(5))), () -> clock, Long.MAX_VALUE)
        .expectNext("x")
        .verifyComplete();
  }
}
