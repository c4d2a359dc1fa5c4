/**
 * Micrometer Observation support: the {@code fly.orchestrator.wait} observation, its documentation enum, context and
 * replaceable convention.
 */
package io.github.flyorchestrator.observation;
