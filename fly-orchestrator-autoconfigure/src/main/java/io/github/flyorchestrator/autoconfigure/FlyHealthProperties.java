package io.github.flyorchestrator.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Fly API health indicator ({@code fly.health.*}); switch it off with {@code management.health.fly.enabled}.
 */
@ConfigurationProperties("fly.health")
public class FlyHealthProperties {

  /**
   * How long one health check result is reused before the API is asked again.
   */
  private Duration cacheTtl = Duration.ofSeconds(30);

  /**
   * How long one health check may take before the API counts as unreachable.
   */
  private Duration timeout = Duration.ofSeconds(5);

  public Duration getCacheTtl() {
    return cacheTtl;
  }

  public void setCacheTtl(Duration cacheTtl) {
    this.cacheTtl = cacheTtl;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }
}
