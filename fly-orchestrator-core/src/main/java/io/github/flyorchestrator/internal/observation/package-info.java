/**
 * Internal: starts and ends the {@code fly.orchestrator.wait} observation around each workflow, hands the contexts of
 * the waits to whoever listens (the orchestrator's in-flight registry), and counts the cleanup a cancelled workflow
 * still does ({@link io.github.flyorchestrator.internal.observation.CancelCleanups}). Not part of the public API; it
 * may change in any release.
 */
package io.github.flyorchestrator.internal.observation;
