package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import org.springframework.boot.context.properties.PropertyMapper;

/**
 * Maps the bound properties onto the core's settings builders. A property left unset ({@code null}) keeps the core's
 * default, so every default is stated once, in the core's settings types.
 */
final class FlySettingsPropertyMapper {

  private static final PropertyMapper MAP = PropertyMapper.get();

  private FlySettingsPropertyMapper() {
  }

  /**
   * @param properties {@code fly.*}
   * @return {@link FlyClientSettings#DEFAULTS} with the properties that are set
   */
  static FlyClientSettings clientSettings(FlyProperties properties) {
    FlyClientSettings.Builder settings = FlyClientSettings.builder();
    MAP.from(properties::getConnectTimeout).to(settings::connectTimeout);
    MAP.from(properties::getReadTimeout).to(settings::readTimeout);
    MAP.from(properties::getAttemptTimeout).to(settings::attemptTimeout);
    MAP.from(properties::getMaxConnections).to(settings::maxConnections);
    MAP.from(properties::getPendingAcquireTimeout).to(settings::pendingAcquireTimeout);
    MAP.from(properties::getHttpVersion).to(settings::httpVersion);
    MAP.from(properties::getWarmUp).to(settings::warmUp);
    settings.retry(retry(properties.getRetry()));
    settings.rateLimit(rateLimit(properties.getRateLimit()));
    return settings.build();
  }

  /**
   * @param properties {@code fly.orchestrator.*}
   * @return {@link OrchestratorSettings#DEFAULTS} with the properties that are set
   */
  static OrchestratorSettings orchestratorSettings(FlyOrchestratorProperties properties) {
    OrchestratorSettings.Builder settings = OrchestratorSettings.builder();
    MAP.from(properties::getTimeout).to(settings::defaultTimeout);
    MAP.from(properties::getUseWaitEndpoint).to(settings::useWaitEndpoint);
    settings.backoff(backoff(properties.getBackoff(), OrchestratorSettings.DEFAULTS.backoff()));
    return settings.build();
  }

  private static RetrySettings retry(FlyRetryProperties properties) {
    RetrySettings.Builder retry = RetrySettings.builder();
    MAP.from(properties::getMaxRetries).to(retry::maxRetries);
    retry.backoff(backoff(properties, RetrySettings.DEFAULTS.backoff()));
    return retry.build();
  }

  private static BackoffSettings backoff(FlyBackoffProperties properties, BackoffSettings defaults) {
    BackoffSettings.Builder backoff = defaults.toBuilder();
    MAP.from(properties::getInitialDelay).to(backoff::initialDelay);
    MAP.from(properties::getMultiplier).to(backoff::multiplier);
    MAP.from(properties::getMaxDelay).to(backoff::maxDelay);
    MAP.from(properties::getJitter).to(backoff::jitter);
    return backoff.build();
  }

  private static RateLimitSettings rateLimit(FlyProperties.RateLimit properties) {
    RateLimitSettings defaults = RateLimitSettings.DEFAULTS;
    RateLimitSettings.Builder rateLimit = defaults.toBuilder();
    MAP.from(properties::getEnabled).to(rateLimit::enabled);
    rateLimit.machineAction(rate(properties.getMachineAction(), defaults.machineAction()));
    rateLimit.getMachine(rate(properties.getGetMachine(), defaults.getMachine()));
    rateLimit.appDeletion(rate(properties.getAppDeletion(), defaults.appDeletion()));
    MAP.from(properties::getMaxLimiters).to(rateLimit::maxLimiters);
    MAP.from(properties::getIdleEviction).to(rateLimit::idleEviction);
    return rateLimit.build();
  }

  private static RateLimitSettings.Rate rate(FlyProperties.Rate properties, RateLimitSettings.Rate defaults) {
    RateLimitSettings.Rate rate = defaults;
    rate = MAP.from(properties::getPermits).to(rate, RateLimitSettings.Rate::withPermits);
    rate = MAP.from(properties::getPeriod).to(rate, RateLimitSettings.Rate::withPeriod);
    return MAP.from(properties::getBurst).to(rate, RateLimitSettings.Rate::withBurst);
  }
}
