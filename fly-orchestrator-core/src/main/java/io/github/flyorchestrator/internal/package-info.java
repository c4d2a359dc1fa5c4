/**
 * Internal: the default implementations behind the public facades. Users build them through
 * {@code ReactiveFlyOrchestrator.builder(...)}, {@code FlyOrchestrator.blocking(...)} and
 * {@code ReactiveFlyMachinesClient.builder()}; nothing here is part of the public API.
 */
package io.github.flyorchestrator.internal;
