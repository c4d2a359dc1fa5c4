/**
 * Internal: the collaborators behind the default orchestrator — machine lifecycle actions with waits, lease handling,
 * fleet rollouts and duplicate-free creates, every mutation sent through the one ambiguous-failure loop
 * ({@link io.github.flyorchestrator.internal.lifecycle.AmbiguousFailureLoop}). Not part of the public API; it may
 * change in any release.
 */
package io.github.flyorchestrator.internal.lifecycle;
