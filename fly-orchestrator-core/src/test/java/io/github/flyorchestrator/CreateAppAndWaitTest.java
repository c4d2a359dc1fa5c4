package io.github.flyorchestrator;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.app;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class CreateAppAndWaitTest {

  private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(clock);
  private final TestObservationRegistry registry = TestObservationRegistry.create();

  private ReactiveFlyOrchestrator orchestrator() {
    return ReactiveFlyOrchestrator.builder(client).observationRegistry(registry).scheduler(clock).build();
  }

  @Test
  void pollsThrough404sUntilTheAppCanBeRead() {
    App pending = app("my-app", "pending");
    client.onCreateApp(request -> Mono.empty())
        .onGetApp(name -> Mono.error(httpError(404)), name -> Mono.error(httpError(404)), name -> Mono.just(pending));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal"), () -> clock,
            Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(3))
        .expectNext(pending)
        .verifyComplete();

    assertThat(client.createAppCalls()).singleElement().satisfies(request -> {
      assertThat(request.name()).isEqualTo("my-app");
      assertThat(request.orgSlug()).isEqualTo("personal");
    });
    assertThat(client.getAppCalls()).isEqualTo(3);
    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("fly.orchestrator.wait").that()
        .hasHighCardinalityKeyValue("attempts", "3")
        .hasHighCardinalityKeyValue("app", "my-app")
        .hasLowCardinalityKeyValue("outcome", "success");
  }

  @Test
  void aReadinessPredicateWaitsForAStricterCondition() {
    App deployed = app("my-app", "deployed");
    client.onCreateApp(request -> Mono.empty())
        .onGetApp(name -> Mono.error(httpError(404)), name -> Mono.just(app("my-app", "pending")),
            name -> Mono.just(deployed));

    StepVerifier.withVirtualTime(
            () -> orchestrator().createAppAndWait("my-app", "personal", Duration.ofSeconds(30), App::isDeployed),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(3))
        .expectNext(deployed)
        .verifyComplete();
    assertThat(client.getAppCalls()).isEqualTo(3);
  }

  @Test
  void aReadinessPredicateWithoutATimeoutWaitsForTheDefaultTimeout() {
    client.onCreateApp(request -> Mono.empty()).onGetApp(name -> Mono.just(app("my-app", "pending")));
    Duration defaultTimeout = OrchestratorSettings.DEFAULTS.defaultTimeout();

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal", App::isDeployed),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(defaultTimeout.minusSeconds(1))
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyTimeoutException.class)
            .hasMessageContaining("(last state: pending"))
        .verify();
  }

  @Test
  void anAppThatNeverBecomesReadableTimesOutWithTheLast404() {
    client.onCreateApp(request -> Mono.empty()).onGetApp(name -> Mono.error(httpError(404)));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal", Duration.ofSeconds(20)),
            () -> clock, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofSeconds(19))
        .thenAwait(Duration.ofSeconds(1))
        .expectErrorSatisfies(error -> {
          FlyTimeoutException timeout = (FlyTimeoutException) error;
          assertThat(timeout.getOperation()).isEqualTo("create_app_and_wait");
          assertThat(timeout.getLastObservedState()).isEqualTo("http 404");
          assertThat(timeout.getAttempts()).isEqualTo(client.getAppCalls());
          assertThat(timeout.getElapsed()).isEqualTo(Duration.ofSeconds(20));
          assertThat(timeout.getMessage()).isEqualTo("timed out after 20s waiting for app my-app to be ready "
              + "(last state: http 404, " + client.getAppCalls() + " attempts)");
        })
        .verify();
  }

  @Test
  void anErrorOtherThan404EndsTheWaitAtOnce() {
    FlyException forbidden = httpError(403);
    client.onCreateApp(request -> Mono.empty()).onGetApp(name -> Mono.error(forbidden));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal"), () -> clock,
            Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(forbidden))
        .verify();
    assertThat(client.getAppCalls()).isEqualTo(1);
  }

  @Test
  void aFailedCreateDoesNotPoll() {
    FlyException taken = new FlyException("name taken", 422, "name taken", "name_taken", null, "POST", "/v1/apps",
        null);
    client.onCreateApp(request -> Mono.error(taken));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal"), () -> clock,
            Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(taken))
        .verify();
    assertThat(client.getAppCalls()).isZero();
  }

  @Test
  void anAmbiguousCreateThatLandedIsFoundByNameAndNotSentAgain() {
    App pending = app("my-app", "pending");
    client.onCreateApp(request -> Mono.error(httpError(503)))
        .onGetApp(name -> Mono.just(pending));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal"), () -> clock,
            Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(3))
        .expectNext(pending)
        .verifyComplete();
    assertThat(client.createAppCalls()).hasSize(1);
  }

  @Test
  void anAmbiguousCreateThatDidNotLandIsSentAgainOnce() {
    App pending = app("my-app", "pending");
    client.onCreateApp(request -> Mono.error(httpError(502)), request -> Mono.empty())
        .onGetApp(name -> Mono.error(httpError(404)), name -> Mono.just(pending));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal"), () -> clock,
            Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(3))
        .expectNext(pending)
        .verifyComplete();
    assertThat(client.createAppCalls()).hasSize(2);
  }

  @Test
  void nameTakenOnTheSecondSendMeansTheFirstLanded() {
    App pending = app("my-app", "pending");
    FlyException taken = new FlyException("name taken", 422, "name taken", "name_taken", null, "POST", "/v1/apps",
        null);
    client.onCreateApp(request -> Mono.error(httpError(504)), request -> Mono.error(taken))
        .onGetApp(name -> Mono.error(httpError(404)), name -> Mono.error(httpError(404)), name -> Mono.just(pending));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal"), () -> clock,
            Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(5))
        .expectNext(pending)
        .verifyComplete();
    assertThat(client.createAppCalls()).hasSize(2);
  }

  @Test
  void aFailedLookupAfterAnAmbiguousCreateReportsTheCreatesError() {
    FlyException unavailable = httpError(503);
    client.onCreateApp(request -> Mono.error(unavailable)).onGetApp(name -> Mono.error(httpError(403)));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal"), () -> clock,
            Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(3))
        .expectErrorSatisfies(error -> assertThat(error).isSameAs(unavailable))
        .verify();
    assertThat(client.createAppCalls()).hasSize(1);
  }

  @Test
  void readinessReadsThatFailWithoutAnAnswerCostOneAttemptEach() {
    App pending = app("my-app", "pending");
    FlyException cutOff = new FlyException("200 response body could not be parsed", 200, null, null, null, "GET",
        "/v1/apps/my-app", null);
    client.onCreateApp(request -> Mono.empty())
        .onGetApp(name -> Mono.error(cutOff), name -> Mono.error(httpError(503)), name -> Mono.just(pending));

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal", Duration.ofSeconds(20)),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(3))
        .expectNext(pending)
        .verifyComplete();
    assertThat(client.getAppCalls()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource({"../../v1/apps/victim, personal, appName", "my-app, org/x, orgSlug"})
  void badNamesAreRefusedBeforeAnyRequest(String app, String org, String parameter) {
    assertThatIllegalArgumentException().isThrownBy(() -> orchestrator().createAppAndWait(app, org))
        .withMessageStartingWith(parameter + " ");
    assertThat(client.createAppCalls()).isEmpty();
    assertThat(client.getAppCalls()).isZero();
  }

  @Test
  void anAmbiguousCreateCutOffByTheDeadlineKeepsTheCreatesErrorAsTheCause() {
    FlyException unavailable = httpError(503);
    client.onCreateApp(request -> Mono.delay(Duration.ofMillis(19_900), clock).then(Mono.error(unavailable)))
        .onGetApp(name -> Mono.never());

    StepVerifier.withVirtualTime(() -> orchestrator().createAppAndWait("my-app", "personal", Duration.ofSeconds(20)),
            () -> clock, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(20))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyTimeoutException.class)
            .hasCause(unavailable)
            .hasMessageStartingWith("timed out after 20s waiting for app my-app to be ready"))
        .verify();
    assertThat(client.createAppCalls()).hasSize(1);
  }
}
