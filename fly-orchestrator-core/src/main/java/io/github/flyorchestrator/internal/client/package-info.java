/**
 * Internal: the WebClient implementation of the Machines API client — routes, transport, retries, rate limits, token
 * handling and error mapping — and {@link io.github.flyorchestrator.internal.client.FlyErrors}, the one place that
 * tells what a failure means. Not part of the public API; it may change in any release.
 */
package io.github.flyorchestrator.internal.client;
