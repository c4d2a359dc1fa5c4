/**
 * The waiting engine: a generic {@link io.github.flyorchestrator.wait.Poller} driven by ordered
 * {@link io.github.flyorchestrator.wait.Acceptor}s, a {@link io.github.flyorchestrator.wait.Deadline} read from a
 * scheduler's clock, the {@link io.github.flyorchestrator.wait.BackoffSchedule}, and the
 * {@link io.github.flyorchestrator.wait.MachineStateWaiter} that uses the Machines API wait endpoint. It depends on the
 * client interface and the models, never on the orchestrator facade.
 */
package io.github.flyorchestrator.wait;
