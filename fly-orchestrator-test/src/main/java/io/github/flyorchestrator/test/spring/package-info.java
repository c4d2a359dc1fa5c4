/** Spring TestContext support behind {@link io.github.flyorchestrator.test.EnableFlyApiSimulator}. */
package io.github.flyorchestrator.test.spring;
