/**
 * Immutable records for the resources of the Fly.io Machines API: apps, machines and their configuration, events,
 * leases, volumes and secrets. Field names follow the API's snake_case JSON through {@code @JsonProperty}; unknown JSON
 * fields are ignored, and the records that users send back ({@link io.github.flyorchestrator.model.MachineConfig} and
 * its parts) keep any field they do not model in {@code additionalProperties} so that nothing is lost on a round trip.
 */
package io.github.flyorchestrator.model;
