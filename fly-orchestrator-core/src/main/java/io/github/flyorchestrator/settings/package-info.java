/**
 * How a client and an orchestrator are set up: connection, timeouts, retries, rate limits, backoff and the default
 * deadline. Each default is stated once, here; the Spring Boot properties map onto these.
 */
package io.github.flyorchestrator.settings;
