package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.TokenInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import reactor.core.publisher.Mono;

/**
 * Health of the Fly Machines API as this application sees it: one authenticated {@code GET /v1/tokens/current},
 * its result cached for a configurable time so that frequent health probes do not spend Fly's rate limits. UP with
 * the token's organization; DOWN with the reason on 401 (a wrong or expired token) or when the API cannot be
 * reached. Never shows the token.
 */
public class FlyApiHealthIndicator extends AbstractReactiveHealthIndicator {

  private final URI baseUrl;
  private final Mono<Health> cachedCheck;

  /**
   * Creates the indicator.
   *
   * @param client the Fly client
   * @param baseUrl the API root, shown in the details
   * @param cacheTtl how long one result is reused
   * @param timeout how long one check may take before the API counts as unreachable
   */
  public FlyApiHealthIndicator(ReactiveFlyMachinesClient client, URI baseUrl, Duration cacheTtl, Duration timeout) {
    super("Fly API health check failed");
    this.baseUrl = baseUrl;
    this.cachedCheck = Mono.defer(() -> client.currentToken())
        .timeout(timeout)
        .map(this::up)
        .onErrorResume(error -> Mono.just(down(error)))
        .cache(health -> cacheTtl, error -> Duration.ZERO, () -> Duration.ZERO);
  }

  @Override
  protected Mono<Health> doHealthCheck(Health.Builder builder) {
    return cachedCheck;
  }

  private Health up(List<TokenInfo> tokens) {
    Health.Builder builder = Health.up().withDetail("baseUrl", baseUrl.toString());
    tokens.stream().map(TokenInfo::orgSlug).filter(slug -> slug != null && !slug.isBlank()).findFirst()
        .ifPresent(slug -> builder.withDetail("organization", slug));
    return builder.build();
  }

  private Health down(Throwable error) {
    Health.Builder builder = Health.down().withDetail("baseUrl", baseUrl.toString());
    if (error instanceof FlyException fly && fly.getHttpStatus() != null) {
      builder.withDetail("status", fly.getHttpStatus());
      builder.withDetail("reason", fly.hasStatus(401) ? "the Fly API token was rejected (401)" : fly.getMessage());
    }
    else if (error instanceof java.util.concurrent.TimeoutException) {
      builder.withDetail("reason", "the Fly API did not answer in time");
    }
    else {
      builder.withDetail("reason", "the Fly API cannot be reached: " + error.getMessage());
    }
    return builder.build();
  }
}
