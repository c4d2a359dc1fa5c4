/**
 * A stateful simulator of the Fly Machines API for tests ({@link io.github.flyorchestrator.test.FlyApiSimulator}),
 * with fault injection, a request journal, a JUnit 5 extension and Spring test support.
 */
package io.github.flyorchestrator.test;
