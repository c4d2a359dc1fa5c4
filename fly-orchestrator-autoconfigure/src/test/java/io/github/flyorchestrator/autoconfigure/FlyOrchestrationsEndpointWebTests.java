package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimulatorOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * {@code GET /actuator/flyorchestrations} in a WebFlux application with Actuator that includes the endpoint, against
 * the simulator on virtual time: a machine being created stays in {@code created} until the test moves the
 * simulator's clock, so the request sees the workflow in flight, and then in the finished list with its outcome.
 */
@SpringBootTest(properties = { "spring.main.web-application-type=reactive",
    "management.endpoints.web.exposure.include=health,flyorchestrations", "fly.retry.max-retries=0" })
@AutoConfigureWebTestClient
class FlyOrchestrationsEndpointWebTests {

  private static final String TOKEN = "endpoint-token-7731";
  private static final String APP = "endpoint-app";
  private static final VirtualTimeScheduler SIMULATED_TIME = VirtualTimeScheduler.create();
  private static final FlyApiSimulator SIMULATOR = FlyApiSimulator.start(SimulatorOptions.defaults()
      .withToken(TOKEN).withScheduler(SIMULATED_TIME).withRateLimits(false));

  @Autowired
  private WebTestClient web;

  @Autowired
  private ReactiveFlyOrchestrator orchestrator;

  @Autowired
  private FlyMachinesClient client;

  @DynamicPropertySource
  static void simulator(DynamicPropertyRegistry properties) {
    properties.add("fly.base-url", SIMULATOR::baseUrl);
    properties.add("fly.token", () -> TOKEN);
  }

  @AfterAll
  static void stopSimulator() {
    SIMULATOR.close();
    SIMULATED_TIME.dispose();
  }

  @Test
  void aWorkflowIsListedInFlightWhileItWaitsAndThenAmongTheFinishedWithItsOutcome() throws Exception {
    client.createApp(CreateAppRequest.of(APP, "personal"));
    CountDownLatch seenCreated = new CountDownLatch(1);
    AtomicReference<String> machineId = new AtomicReference<>();
    CompletableFuture<Machine> created = orchestrator.createMachineAndWait(
        CreateMachineRequest.builder(APP, MachineConfig.ofImage("nginx:1")).timeout(Duration.ofMinutes(5)).build(),
        (id, state, elapsed) -> {
          machineId.set(id);
          seenCreated.countDown();
        }).toFuture();
    assertThat(seenCreated.await(30, TimeUnit.SECONDS)).as("the machine was created and is being awaited").isTrue();

    String inFlight = web.get().uri("/actuator/flyorchestrations").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.inFlight.length()").isEqualTo(1)
        .jsonPath("$.inFlight[0].operation").isEqualTo("create_machine_and_wait")
        .jsonPath("$.inFlight[0].app").isEqualTo(APP)
        .jsonPath("$.inFlight[0].machineId").isEqualTo(machineId.get())
        .jsonPath("$.inFlight[0].lastState").isEqualTo("created")
        .jsonPath("$.inFlight[0].attempts").isNumber()
        .jsonPath("$.inFlight[0].startedAt").isNotEmpty()
        .jsonPath("$.inFlight[0].elapsed").isNotEmpty()
        .jsonPath("$.inFlight[0].deadline").isNotEmpty()
        .jsonPath("$.inFlight[0].outcome").isEmpty()
        .jsonPath("$.finished").isEmpty()
        .returnResult().toString();

    SIMULATED_TIME.advanceTimeBy(Duration.ofMinutes(1));
    assertThat(created.get(30, TimeUnit.SECONDS).state()).isEqualTo("started");

    String finished = web.get().uri("/actuator/flyorchestrations").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.inFlight").isEmpty()
        .jsonPath("$.finished[0].operation").isEqualTo("create_machine_and_wait")
        .jsonPath("$.finished[0].machineId").isEqualTo(machineId.get())
        .jsonPath("$.finished[0].lastState").isEqualTo("started")
        .jsonPath("$.finished[0].outcome").isEqualTo("success")
        .jsonPath("$.finished[0].finishedAt").isNotEmpty()
        .returnResult().toString();
    assertThat(inFlight + finished).doesNotContain(TOKEN);
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class ActuatorApplication {
  }
}
