/**
 * The exceptions the clients and orchestrators raise, all unchecked {@link FlyException}s: the API's own answers,
 * timeouts, machines that cannot reach the awaited state, failing health checks, leases and version conflicts. None
 * carries the API token. The blocking facades throw them (each method lists its own under {@code @throws}); the
 * reactive ones end their {@code Mono} with them. An argument that is not valid is an
 * {@link IllegalArgumentException} instead, raised before anything is sent.
 */
package io.github.flyorchestrator.exception;
