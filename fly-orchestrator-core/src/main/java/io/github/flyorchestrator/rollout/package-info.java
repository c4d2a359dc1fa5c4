/** Rolling updates of a fleet of machines: the request, the per-machine outcomes and the result. */
package io.github.flyorchestrator.rollout;
