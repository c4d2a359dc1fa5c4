package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.settings.RetrySettings;
import java.time.Duration;
import java.util.Objects;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The one definition of how the client retries: {@link RetrySettings} become a Spring Framework
 * {@link RetryPolicy} (exponential back-off with jitter, at most {@link RetrySettings#maxRetries()} retries, only
 * {@linkplain #isTransient(Throwable) transient} failures). The reactive client takes its decisions and delays from
 * this policy; blocking code can use the same policy with Spring's {@code RetryTemplate}, e.g.
 * {@code new RetryTemplate(RetryPolicies.springRetryPolicy(settings)).execute(() -> client.getMachine(a, m))} —
 * but only around calls that are safe to repeat (GETs; never a create).
 */
public final class RetryPolicies {

  private RetryPolicies() {
  }

  /**
   * The Spring retry policy for these settings. Spring's jitter is absolute; it is {@code delay * jitter} here, which
   * Spring scales with the growing delay, so it stays the same share of each delay (kept within
   * {@code [delay, maxDelay]}).
   *
   * @param settings retry settings
   * @return the policy
   */
  public static RetryPolicy springRetryPolicy(RetrySettings settings) {
    Objects.requireNonNull(settings, "settings must not be null");
    if (settings.maxDelay().isZero()) {
      // Spring's exponential back-off needs a positive max delay; zero delays are a fixed back-off of 0.
      return RetryPolicy.builder()
          .backOff(new FixedBackOff(0, settings.maxRetries()))
          .predicate(RetryPolicies::isTransient)
          .build();
    }
    Duration jitter = Duration.ofMillis(Math.round(settings.delay().toMillis() * settings.jitter()));
    return RetryPolicy.builder()
        .maxRetries(settings.maxRetries())
        .delay(settings.delay())
        .multiplier(settings.multiplier())
        .maxDelay(settings.maxDelay())
        .jitter(jitter)
        .predicate(RetryPolicies::isTransient)
        .build();
  }

  /**
   * Whether a failure may go away when the same request is sent again: a {@link FlyException} with status 408, 429,
   * 500, 502, 503 or 504, or one caused by a refused or reset connection or a response timeout. 400, 401, 403, 404,
   * 409, 412 and 422 are not.
   *
   * @param failure the failure
   * @return {@code true} when a retry may succeed
   */
  public static boolean isTransient(Throwable failure) {
    if (failure instanceof RetryableFailure) {
      return true;
    }
    if (failure instanceof FlyException fly) {
      Integer status = fly.getHttpStatus();
      if (status != null) {
        return FlyErrors.TRANSIENT_STATUSES.contains(status);
      }
      return fly.getCause() != null && FlyErrors.isTransientTransportFailure(fly.getCause());
    }
    return false;
  }
}
