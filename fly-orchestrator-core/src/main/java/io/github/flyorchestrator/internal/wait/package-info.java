/**
 * Internal: the waiting engine — a generic {@link io.github.flyorchestrator.internal.wait.Poller} driven by ordered
 * {@link io.github.flyorchestrator.internal.wait.Acceptor}s ({@link io.github.flyorchestrator.internal.wait.PollRules})
 * that judge each {@link io.github.flyorchestrator.internal.wait.Attempt}, a
 * {@link io.github.flyorchestrator.internal.wait.Deadline} read from a scheduler's clock, the backoff schedule, and the
 * machine state waiter that uses the Machines API wait endpoint. Not part of the public API; it may change in any
 * release.
 */
package io.github.flyorchestrator.internal.wait;
