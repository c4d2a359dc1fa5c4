package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** One way of creating a machine and waiting until it is {@code started}: a contestant of the benchmark. */
public interface WaitStrategy {

  /** @return the label in the results, e.g. "(a) orchestrator, wait endpoint" */
  String label();

  /**
   * Creates a machine and completes with it once it is {@code started}.
   *
   * @param app the app to create it in
   * @param config its configuration
   * @param timeout give up after this long (real time)
   * @return the started machine
   */
  Mono<Machine> createAndWait(String app, MachineConfig config, Duration timeout);
}
