package io.github.flyorchestrator.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each settings type starts its builder from its defaults, stated once as its {@code DEFAULTS}. */
class SettingsBuildersTest {

  @Test
  void aBuilderGivenNothingBuildsTheDefaults() {
    assertThat(FlyClientSettings.builder().build()).isEqualTo(FlyClientSettings.DEFAULTS);
    assertThat(OrchestratorSettings.builder().build()).isEqualTo(OrchestratorSettings.DEFAULTS);
    assertThat(RetrySettings.builder().build()).isEqualTo(RetrySettings.DEFAULTS);
    assertThat(RateLimitSettings.builder().build()).isEqualTo(RateLimitSettings.DEFAULTS);
  }

  @Test
  void aBuilderChangesOnlyWhatItIsTold() {
    FlyClientSettings settings = FlyClientSettings.builder()
        .attemptTimeout(Duration.ofSeconds(3))
        .retry(RetrySettings.NONE)
        .rateLimit(RateLimitSettings.DISABLED)
        .maxConnections(10_000)
        .httpVersion(HttpVersionPolicy.H2C)
        .warmUp(true)
        .build();

    assertThat(settings).isEqualTo(new FlyClientSettings(FlyClientSettings.DEFAULTS.connectTimeout(),
        FlyClientSettings.DEFAULTS.readTimeout(), Duration.ofSeconds(3), RetrySettings.NONE,
        RateLimitSettings.DISABLED, 10_000, FlyClientSettings.DEFAULTS.pendingAcquireTimeout(),
        HttpVersionPolicy.H2C, true));
    assertThat(settings.toBuilder().build()).isEqualTo(settings);
  }

  @Test
  void theClientDefaultsAreThoseTheReadmeStates() {
    FlyClientSettings defaults = FlyClientSettings.DEFAULTS;

    assertThat(FlyClientSettings.DEFAULT_BASE_URL).hasToString("https://api.machines.dev");
    assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.attemptTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.maxConnections()).isEqualTo(1000);
    assertThat(defaults.pendingAcquireTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.httpVersion()).isEqualTo(HttpVersionPolicy.HTTP2_PREFERRED);
    assertThat(defaults.warmUp()).isFalse();
    assertThat(defaults.retry().maxRetries()).isEqualTo(3);
    assertThat(OrchestratorSettings.DEFAULTS.defaultTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(OrchestratorSettings.DEFAULTS.useWaitEndpoint()).isTrue();
  }

  @Test
  void aRateIsChangedOneValueAtATime() {
    RateLimitSettings.Rate rate = RateLimitSettings.DEFAULTS.machineAction();

    assertThat(rate.withPermits(3).withPeriod(Duration.ofSeconds(2)).withBurst(4))
        .isEqualTo(new RateLimitSettings.Rate(3, Duration.ofSeconds(2), 4));
    assertThat(RateLimitSettings.builder().enabled(false).build()).isEqualTo(RateLimitSettings.DISABLED);
  }

  @Test
  void valuesOutOfRangeAreRefusedWithTheirName() {
    assertThatThrownBy(() -> FlyClientSettings.builder().readTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> FlyClientSettings.builder().maxConnections(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConnections");
    assertThatThrownBy(() -> RetrySettings.builder().maxRetries(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> OrchestratorSettings.builder().defaultTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultTimeout");
    assertThatThrownBy(() -> RateLimitSettings.DEFAULTS.getMachine().withBurst(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("burst");
  }

  @Test
  void pollsNeedAPauseBetweenThem() {
    BackoffSettings noPause = new BackoffSettings(Duration.ZERO, 1.0, Duration.ZERO, 0);

    assertThatThrownBy(() -> OrchestratorSettings.builder().backoff(noPause).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backoff.initialDelay");
  }

  @Test
  void noSettingsNeedsANullToMeanTheDefault() {
    assertThatThrownBy(() -> FlyClientSettings.builder().retry(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new OrchestratorSettings(null, OrchestratorSettings.DEFAULTS.backoff(), true))
        .isInstanceOf(NullPointerException.class);
  }
}
