package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The one definition of how the client retries: {@link RetrySettings} become a Spring Framework
 * {@link RetryPolicy} (at most {@link RetrySettings#maxRetries()} retries, only
 * {@linkplain FlyErrors#isTransient(Throwable) transient} failures, paused as
 * {@link BackoffSettings#delay(int, double)} says).
 * The reactive client takes its decisions and delays from this policy; blocking code can use the same policy with
 * Spring's {@code RetryTemplate}, e.g.
 * {@code new RetryTemplate(RetryPolicies.springRetryPolicy(settings)).execute(() -> client.getMachine(a, m))} —
 * but only around calls that are safe to repeat (GETs; never a create).
 */
public final class RetryPolicies {

  private RetryPolicies() {
  }

  /**
   * The Spring retry policy for these settings. Its back-off is the settings' own {@link BackoffSettings}, so a retry
   * pauses exactly as a poll with the same backoff would.
   *
   * @param settings retry settings
   * @return the policy
   */
  public static RetryPolicy springRetryPolicy(RetrySettings settings) {
    Objects.requireNonNull(settings, "settings must not be null");
    return RetryPolicy.builder()
        .backOff(backOff(settings, () -> ThreadLocalRandom.current().nextDouble()))
        .predicate(FlyErrors::isTransient)
        .build();
  }

  /**
   * A back-off that stops after {@code maxRetries} pauses.
   *
   * @param settings retry settings
   * @param random numbers within {@code [0, 1)} for the jitter
   * @return the back-off; each {@link BackOff#start()} counts anew
   */
  static BackOff backOff(RetrySettings settings, DoubleSupplier random) {
    BackoffSettings backoff = settings.backoff();
    return () -> {
      AtomicInteger retries = new AtomicInteger();
      return () -> {
        int retry = retries.getAndIncrement();
        return retry < settings.maxRetries()
            ? backoff.delay(retry, random.getAsDouble()).toMillis()
            : BackOffExecution.STOP;
      };
    };
  }
}
