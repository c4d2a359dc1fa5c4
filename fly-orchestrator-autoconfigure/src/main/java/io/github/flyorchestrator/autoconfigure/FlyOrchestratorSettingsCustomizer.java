package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.settings.OrchestratorSettings;


/**
 * Adjusts the orchestrator's settings after they are bound from {@code fly.orchestrator.*}. Beans of this type are
 * applied in {@link org.springframework.core.annotation.Order} order, each receiving the previous one's result.
 */
@FunctionalInterface
public interface FlyOrchestratorSettingsCustomizer {

  /**
   * Returns the settings to use.
   *
   * @param settings the settings so far
   * @return the settings to use (a modified copy or the same)
   */
  OrchestratorSettings customize(OrchestratorSettings settings);
}
