package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.settings.RetrySettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOffExecution;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reactor adapter of the Spring {@link RetryPolicy} from {@link RetryPolicies#springRetryPolicy(RetrySettings)}:
 * only a {@link RetryableFailure} the policy accepts is retried; each subscription starts its own back-off execution,
 * whose delays (or the server's {@code Retry-After}, capped at {@link #MAX_RETRY_AFTER}) are waited with
 * {@link Mono#delay(Duration)} on Reactor's parallel scheduler, so {@code StepVerifier.withVirtualTime} controls them
 * and cancelling the subscription cancels the timer. When the back-off stops, the caller gets the failure's
 * {@link io.github.flyorchestrator.exception.FlyException}. Every retry is logged at debug level (method, path,
 * reason; never headers) and counted in {@value #RETRIES_METER} tagged with {@code route} and {@code reason} (the
 * {@link RetryReason#tag()}).
 */
final class ReactorRetry extends Retry {

  /** The longest {@code Retry-After} this client waits for. */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  /** Name of the retry counter. */
  static final String RETRIES_METER = "fly.client.retries";

  private static final Logger log = LoggerFactory.getLogger(ReactorRetry.class);

  private final RetryPolicy policy;
  private final MeterRegistry meterRegistry;

  ReactorRetry(RetrySettings settings) {
    this(RetryPolicies.springRetryPolicy(settings), null);
  }

  ReactorRetry(RetryPolicy policy, MeterRegistry meterRegistry) {
    this.policy = policy;
    this.meterRegistry = meterRegistry;
  }

  @Override
  public Publisher<?> generateCompanion(Flux<RetrySignal> retrySignals) {
    BackOffExecution backOff = policy.getBackOff().start();
    return retrySignals.concatMap(signal -> {
      Throwable failure = signal.failure();
      if (!(failure instanceof RetryableFailure retryable)) {
        return Mono.error(failure);
      }
      long next = policy.shouldRetry(retryable.exception()) ? backOff.nextBackOff() : BackOffExecution.STOP;
      if (next == BackOffExecution.STOP) {
        return Mono.error(retryable.exception());
      }
      Duration delay = retryable.retryAfter() != null ? capRetryAfter(retryable.retryAfter()) : Duration.ofMillis(next);
      record(retryable, delay, signal.totalRetries() + 1);
      return Mono.delay(delay);
    });
  }

  private void record(RetryableFailure retryable, Duration delay, long retry) {
    if (log.isDebugEnabled()) {
      log.debug("Retrying Fly API {} {} after {} ms: {} (retry {})", retryable.exception().getMethod(),
          retryable.exception().getPath(), delay.toMillis(), retryable.reason().tag(), retry);
    }
    if (meterRegistry != null) {
      Counter.builder(RETRIES_METER)
          .description("Retries of idempotent Fly Machines API requests")
          .tag("route", retryable.route())
          .tag("reason", retryable.reason().tag())
          .register(meterRegistry)
          .increment();
    }
  }

  private static Duration capRetryAfter(Duration retryAfter) {
    return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
  }

  /**
   * Parses a {@code Retry-After} header: delay seconds or an HTTP date.
   *
   * @param header the header value or {@code null}
   * @param clock the clock an HTTP date is measured against
   * @return the delay (zero for a date in the past), or {@code null} when absent or unreadable
   */
  static Duration parseRetryAfter(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration until = Duration.between(clock.instant(), at);
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
