/**
 * The public entry points: {@link io.github.flyorchestrator.FlyOrchestrator} and
 * {@link io.github.flyorchestrator.ReactiveFlyOrchestrator} (workflows that act and wait), and
 * {@link io.github.flyorchestrator.FlyMachinesClient} and {@link io.github.flyorchestrator.ReactiveFlyMachinesClient}
 * (one typed method per Machines API route). Requests and options are in {@code param}, results in {@code model},
 * errors in {@code exception}, set-up in {@code settings}, telemetry in {@code observation}; packages under
 * {@code internal} are not part of the API.
 */
package io.github.flyorchestrator;
