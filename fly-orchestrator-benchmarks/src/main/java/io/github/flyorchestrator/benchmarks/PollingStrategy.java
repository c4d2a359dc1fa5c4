package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.MachineSpec;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;

/**
 * A baseline poller on the same HTTP client as the orchestrator: create, then {@code GET} the machine, pause by
 * {@link PollSchedule}, and repeat until the state is {@code started}. Only the schedule differs between the
 * baselines, so the comparison isolates the waiting strategy.
 *
 * @param schedule the pause before each repeated GET
 * @param client the Machines API client
 */
public record PollingStrategy(PollSchedule schedule, ReactiveFlyMachinesClient client) implements WaitStrategy {

  @Override
  public String label() {
    return schedule.name();
  }

  @Override
  public Mono<Machine> createAndWait(String app, MachineConfig config, Duration timeout) {
    return client.createMachine(app, MachineSpec.of(config, null))
        .flatMap(created -> poll(app, created.id(), 0))
        .timeout(timeout, Mono.error(() -> new TimeoutException("machine not started within " + timeout)));
  }

  private Mono<Machine> poll(String app, String machineId, int pollIndex) {
    Duration pause = schedule.pauseAfter(pollIndex, () -> ThreadLocalRandom.current().nextDouble());
    return Mono.delay(pause)
        .then(client.getMachine(app, machineId))
        .flatMap(machine -> {
          if ("started".equals(machine.state())) {
            return Mono.just(machine);
          }
          if ("failed".equals(machine.state()) || "destroyed".equals(machine.state())) {
            return Mono.error(new IllegalStateException("machine ended " + machine.state()));
          }
          return poll(app, machineId, pollIndex + 1);
        });
  }
}
