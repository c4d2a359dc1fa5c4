package io.github.flyorchestrator.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@link InvalidFlyConfigurationException} as a startup failure analysis naming the properties to set.
 */
class FlyConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidFlyConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidFlyConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
  }
}
