package io.github.flyorchestrator;

import static io.github.flyorchestrator.ScriptedFlyMachinesClient.app;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.httpError;
import static io.github.flyorchestrator.ScriptedFlyMachinesClient.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyMachineStateException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.PollOptions;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Runs on real schedulers with millisecond backoff: no virtual time, no timing assertions. */
class BlockingFlyOrchestratorTest {

  private static final OrchestratorSettings FAST = OrchestratorSettings.builder().defaultTimeout(Duration.ofSeconds(5))
      .backoff(new BackoffSettings(Duration.ofMillis(1), 1.5, Duration.ofMillis(5), 0.2)).build();

  private final ScriptedFlyMachinesClient client = new ScriptedFlyMachinesClient(Schedulers.parallel());
  private final FlyOrchestrator orchestrator =
      FlyOrchestrator.blocking(ReactiveFlyOrchestrator.builder(client).settings(FAST).build());

  @Test
  void returnsTheAppOnceItCanBeRead() {
    App pending = app("my-app", "pending");
    client.onCreateApp(request -> Mono.empty())
        .onGetApp(name -> Mono.error(httpError(404)), name -> Mono.just(pending));

    assertThat(orchestrator.createAppAndWait("my-app", "personal")).isEqualTo(pending);
  }

  @Test
  void returnsTheFirstAppThatMeetsTheCondition() {
    App deployed = app("my-app", "deployed");
    client.onCreateApp(request -> Mono.empty())
        .onGetApp(name -> Mono.just(app("my-app", "pending")), name -> Mono.just(deployed));

    assertThat(orchestrator.createAppAndWait("my-app", "personal", App::isDeployed)).isEqualTo(deployed);
    assertThat(client.getAppCalls()).isEqualTo(2);
  }

  @Test
  void returnsTheMachineAfterTheWait() {
    client.onCreateMachine(request -> Mono.just(machine("m1", "created", "v1")))
        .onWait(request -> Mono.just(new WaitResult(true, "started", "v1", "e1")))
        .onGetMachine(id -> Mono.just(machine("m1", "started", "v1")));

    assertThat(orchestrator.createMachineAndWait(CreateMachineRequest.of("my-app", MachineConfig.ofImage("nginx")))
        .state()).isEqualTo("started");
  }

  @Test
  void aFlyExceptionReachesTheCallerUnwrapped() {
    FlyException taken = httpError(422);
    client.onCreateApp(request -> Mono.error(taken));

    assertThatThrownBy(() -> orchestrator.createAppAndWait("my-app", "personal")).isSameAs(taken);
  }

  @Test
  void aMachineStateFailureReachesTheCallerAsItsOwnType() {
    client.onCreateMachine(request -> Mono.just(machine("m1", "created", "v1")))
        .onWait(request -> Mono.just(new WaitResult(true, "destroyed", "v1", "e1")));

    assertThatThrownBy(() -> orchestrator.createMachineAndWait(
        CreateMachineRequest.of("my-app", MachineConfig.ofImage("nginx"))))
        .isInstanceOf(FlyMachineStateException.class)
        .hasMessageContaining("destroyed");
  }

  @Test
  void aTimeoutReachesTheCallerAsFlyTimeoutException() {
    assertThatThrownBy(() -> orchestrator.pollUntil(() -> PollResult.pending("not yet"),
        PollOptions.of(Duration.ofSeconds(1), "blocking_wait")))
        .isInstanceOfSatisfying(FlyTimeoutException.class, timeout -> {
          assertThat(timeout.getOperation()).isEqualTo("blocking_wait");
          assertThat(timeout.getLastObservedState()).isEqualTo("not yet");
        });
  }

  @Test
  void aFailedPollRethrowsItsRuntimeExceptionAsItIs() {
    IllegalStateException broken = new IllegalStateException("broken");
    assertThatThrownBy(() -> orchestrator.pollUntil(() -> PollResult.failed(broken),
        PollOptions.of(Duration.ofSeconds(5)))).isSameAs(broken);
  }

  @Test
  void aFailedPollWithACheckedExceptionIsWrappedInAFlyException() {
    IOException io = new IOException("disk");
    assertThatThrownBy(() -> orchestrator.pollUntil(() -> PollResult.failed(io),
        PollOptions.of(Duration.ofSeconds(5)))).isInstanceOf(FlyException.class).hasCause(io);
  }

  @Test
  void pollUntilRunsTheBlockingCheckOnBoundedElasticUntilDone() {
    List<String> threads = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    String value = orchestrator.pollUntil(() -> {
      threads.add(Thread.currentThread().getName());
      return calls.incrementAndGet() < 3 ? PollResult.pending("call " + calls.get()) : PollResult.done("ready");
    }, PollOptions.of(Duration.ofSeconds(5)));

    assertThat(value).isEqualTo("ready");
    assertThat(threads).hasSize(3).allSatisfy(name -> assertThat(name).startsWith("boundedElastic"));
  }
}
