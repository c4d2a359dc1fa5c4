package com.example.telemetry;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.test.EnableFlyApiSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With Actuator and nothing else set up, each workflow shows in /actuator/metrics as a fly.orchestrator.wait timer. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@EnableFlyApiSimulator
class WaitTimerTest {

  private static final String TIMER = "/actuator/metrics/fly.orchestrator.wait";
  private static final String COUNT = "$.measurements[?(@.statistic == 'COUNT')].value";

  @Autowired
  private FlyOrchestrator fly;

  @Autowired
  private WebTestClient web;

  @Test
  void eachFinishedWorkflowIsCountedByOperationAndOutcome() {
    fly.createAppAndWait("metrics-app", "personal");
    fly.createMachineAndWait(CreateMachineRequest.of("metrics-app", MachineConfig.builder("nginx:alpine").build()));

    web.get().uri(TIMER + "?tag=operation:create_app_and_wait&tag=outcome:success").exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath(COUNT).isEqualTo(1.0);
    web.get().uri(TIMER + "?tag=operation:create_machine_and_wait&tag=outcome:success").exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath(COUNT).isEqualTo(1.0);
  }
}
