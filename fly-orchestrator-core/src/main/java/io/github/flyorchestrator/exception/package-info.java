/**
 * The exceptions the clients and orchestrators raise, all {@link io.github.flyorchestrator.exception.FlyException}s: the
 * API's own answers, timeouts, machines that cannot reach the awaited state, failing health checks, leases and version
 * conflicts. None carries the API token.
 */
package io.github.flyorchestrator.exception;
