package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.CreateMachineRequest;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * This project's {@link ReactiveFlyOrchestrator#createMachineAndWait}, with whatever settings the orchestrator was
 * built with (wait endpoint on, or off for the polling fallback).
 *
 * @param label label in the results
 * @param orchestrator the orchestrator
 */
public record OrchestratorStrategy(String label, ReactiveFlyOrchestrator orchestrator) implements WaitStrategy {

  @Override
  public Mono<Machine> createAndWait(String app, MachineConfig config, Duration timeout) {
    return orchestrator.createMachineAndWait(CreateMachineRequest.builder(app, config).timeout(timeout).build());
  }
}
