/**
 * What callers pass in: the requests and options of the orchestrators and the client (create, lifecycle, rollout,
 * wait, list, stop, volumes, secrets), immutable, with builders or factory methods for every optional part.
 */
package io.github.flyorchestrator.param;
