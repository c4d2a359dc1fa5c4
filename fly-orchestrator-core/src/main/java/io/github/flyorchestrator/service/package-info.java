/**
 * Resource groups of the Machines API beyond apps, machines, volumes and secrets, reached from the client as
 * {@code client.certificates()}, {@code client.ipAssignments()}, {@code client.secretKeys()},
 * {@code client.organizations()}, {@code client.platform()} and {@code client.tokens()}. Each group comes as a
 * reactive interface ({@code Reactive...Service}) and its blocking twin ({@code ...Service}) with the same methods;
 * the blocking client hands out the blocking twins.
 *
 * <p>Errors are those of the root client: an invalid identifier is an {@link IllegalArgumentException} thrown at the
 * call and nothing is sent; everything else is a {@link io.github.flyorchestrator.exception.FlyException} (the error
 * of the {@code Mono}/{@code Flux}, or thrown by the blocking twin). Reads are retried as {@code fly.retry.*} says,
 * mutations are sent once.
 *
 * <p>Paged listings are a {@code Flux} (reactive) or a lazy {@code Stream} (blocking) of items that fetches the next
 * page only when more items are requested; closing the stream or cancelling the subscription stops fetching.
 */
package io.github.flyorchestrator.service;
