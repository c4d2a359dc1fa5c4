package io.github.flyorchestrator.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Retry schedule of idempotent requests: only a {@link RetryableFailure} is retried, at most
 * {@link RetrySettings#maxRetries()} times, after {@code delay * multiplier^n} capped at {@code maxDelay}, with
 * {@code ±jitter} of that, or after the server's {@code Retry-After} (capped at {@link #MAX_RETRY_AFTER}) when it sent
 * one. Delays run on Reactor's parallel scheduler, so {@code StepVerifier.withVirtualTime} controls them. When no retry
 * is left the caller gets the failure's {@link io.github.flyorchestrator.FlyException}.
 */
final class FlyRetryPolicy extends Retry {

  /** The longest {@code Retry-After} this client waits for. */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private static final Logger log = LoggerFactory.getLogger(FlyRetryPolicy.class);

  private final RetrySettings settings;
  private final DoubleSupplier random;

  FlyRetryPolicy(RetrySettings settings) {
    this(settings, () -> ThreadLocalRandom.current().nextDouble());
  }

  FlyRetryPolicy(RetrySettings settings, DoubleSupplier random) {
    this.settings = settings;
    this.random = random;
  }

  @Override
  public Publisher<?> generateCompanion(Flux<RetrySignal> retrySignals) {
    return retrySignals.concatMap(signal -> {
      Throwable failure = signal.failure();
      if (!(failure instanceof RetryableFailure retryable)) {
        return Mono.error(failure);
      }
      long retry = signal.totalRetries();
      if (retry >= settings.maxRetries()) {
        return Mono.error(retryable.exception());
      }
      Duration delay = retryable.retryAfter() != null ? capRetryAfter(retryable.retryAfter()) : backoff(retry);
      if (log.isDebugEnabled()) {
        log.debug("Retrying Fly API {} {} after {} ms: {} (retry {} of {})", retryable.exception().getMethod(),
            retryable.exception().getPath(), delay.toMillis(), retryable.reason(), retry + 1,
            settings.maxRetries());
      }
      return Mono.delay(delay);
    });
  }

  /**
   * The delay before retry number {@code retry + 1} when the server named none.
   *
   * @param retry retries done so far (0 for the first retry)
   * @return the delay, never negative
   */
  Duration backoff(long retry) {
    double base = settings.delay().toMillis() * Math.pow(settings.multiplier(), retry);
    double capped = Math.min(base, settings.maxDelay().toMillis());
    double jittered = capped + capped * settings.jitter() * (2 * random.getAsDouble() - 1);
    return Duration.ofMillis(Math.max(0, Math.round(jittered)));
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
