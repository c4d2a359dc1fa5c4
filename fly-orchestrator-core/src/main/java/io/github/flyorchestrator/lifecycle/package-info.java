/**
 * The collaborators behind {@link io.github.flyorchestrator.DefaultReactiveFlyOrchestrator}: machine lifecycle
 * actions with waits, lease handling, fleet rollouts and duplicate-free creates.
 */
package io.github.flyorchestrator.lifecycle;
