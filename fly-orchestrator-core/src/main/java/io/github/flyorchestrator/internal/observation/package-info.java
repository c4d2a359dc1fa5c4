/**
 * Internal: starts and ends the {@code fly.orchestrator.wait} observation around each workflow. Not part of the public
 * API; it may change in any release.
 */
package io.github.flyorchestrator.internal.observation;
