/**
 * Internal: the collaborators behind the default orchestrator — machine lifecycle actions with waits, lease handling,
 * fleet rollouts and duplicate-free creates. Not part of the public API; it may change in any release.
 */
package io.github.flyorchestrator.internal.lifecycle;
