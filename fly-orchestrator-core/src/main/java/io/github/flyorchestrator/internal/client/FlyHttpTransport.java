package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.exception.FlyException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClientRequest;
import tools.jackson.core.JacksonException;

/**
 * Sends {@link FlyCall}s with a configured {@link WebClient}: sets the token ({@link FlyTokenFilter}), the lease nonce
 * header and the per-request response timeout, reads the body (bounded by the codecs' in-memory limit) and decodes
 * its bytes, maps failures to {@link FlyException}, makes every attempt wait for its {@link FlyRateLimiter} permit
 * and retries retryable calls with {@link ReactorRetry} (set up only after a first failure).
 *
 * <p>Each attempt must bring the complete answer (status, headers, whole body) within its attempt timeout, counted
 * from the moment the request is sent (so neither the rate-limit wait nor the wait for a pooled connection counts):
 * the settings' attempt timeout for ordinary calls, the long-poll timeout plus the read timeout for a wait call. An
 * attempt that runs out is an {@link AttemptTimeoutException}: retried when the call is retryable, otherwise a
 * {@link FlyException} whose outcome is unknown.
 */
final class FlyHttpTransport {

  /** Header that carries a held lease's nonce. */
  static final String LEASE_NONCE_HEADER = "fly-machine-lease-nonce";
  /** Response header with Fly's request id. */
  static final String REQUEST_ID_HEADER = "fly-request-id";

  private static final byte[] EMPTY = new byte[0];

  private final WebClient webClient;
  private final FlyTokenFilter token;
  private final FlyJson json;
  private final FlyExceptionFactory errors;
  private final ReactorRetry retryPolicy;
  private final FlyRateLimiter rateLimiter;
  private final CallSlots slots;
  private final Duration readTimeout;
  private final Duration attemptTimeout;
  private final String basePath;
  private final Clock clock;
  private volatile boolean closed;

  FlyHttpTransport(WebClient webClient, FlyTokenFilter token, FlyJson json, ReactorRetry retryPolicy,
      FlyRateLimiter rateLimiter, CallSlots slots, Duration readTimeout, Duration attemptTimeout, String basePath,
      Clock clock) {
    this.webClient = webClient;
    this.token = token;
    this.json = json;
    this.errors = new FlyExceptionFactory(json.mapper());
    this.retryPolicy = retryPolicy;
    this.rateLimiter = rateLimiter;
    this.slots = slots;
    this.readTimeout = readTimeout;
    this.attemptTimeout = attemptTimeout;
    this.basePath = basePath;
    this.clock = clock;
  }

  /** @return the response timeout of ordinary calls */
  Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Sends a call and decodes a 2xx body.
   *
   * @param call the call
   * @param decoder decodes the body, or {@code null} to ignore it
   * @param <T> the result type
   * @return the decoded body (empty when {@code decoder} is {@code null}); errors are {@link FlyException}s
   */
  <T> Mono<T> exchange(FlyCall call, FlyJson.Decoder<T> decoder) {
    Mono<T> request = exchangeOpen(call, decoder);
    return Mono.defer(() -> closed
        ? Mono.error(new IllegalStateException("The Fly Machines API client is closed"))
        : request);
  }

  /** Makes every later {@link #exchange} fail with an {@link IllegalStateException}. */
  void close() {
    closed = true;
  }

  private <T> Mono<T> exchangeOpen(FlyCall call, FlyJson.Decoder<T> decoder) {
    Mono<T> once = rateLimiter.limit(call, Mono.defer(() -> send(call, decoder)));
    // Only RetryableFailures are retried: any transient failure of a retryable call, and a non-retryable call's
    // failure that proves nothing was sent. The retry machinery is set up only once a first attempt has failed.
    return once.onErrorResume(RetryableFailure.class, first -> afterFirstFailure(once, first));
  }

  /**
   * What {@code once.retryWhen(retryPolicy)} does after its first attempt failed with {@code first}: the policy sees
   * {@code first} as the first failure, and every later attempt subscribes to {@code once} again.
   */
  private <T> Mono<T> afterFirstFailure(Mono<T> once, RetryableFailure first) {
    AtomicBoolean firstSeen = new AtomicBoolean();
    return Mono.defer(() -> firstSeen.getAndSet(true) ? once : Mono.<T>error(first)).retryWhen(retryPolicy);
  }

  private <T> Mono<T> send(FlyCall call, FlyJson.Decoder<T> decoder) {
    Duration timeout = call.responseTimeout() != null ? call.responseTimeout() : readTimeout;
    Duration attempt = call.responseTimeout() != null ? call.responseTimeout() : attemptTimeout;
    Sinks.Empty<Void> sending = Sinks.empty();
    WebClient.RequestBodySpec spec = webClient.method(call.method())
        .uri(call.uriTemplate(), call.uriVariables())
        .httpRequest(request -> {
          token.accept(request);
          applyResponseTimeout(request, timeout);
          // Called once a connection is at hand, just before the request is written: the attempt starts here.
          sending.tryEmitEmpty();
        });
    if (call.leaseNonce() != null) {
      spec = spec.header(LEASE_NONCE_HEADER, call.leaseNonce());
    }
    WebClient.RequestHeadersSpec<?> ready = call.body() == null
        ? spec
        : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json.write(call.body()));
    Mono<T> exchange = ready.<T>exchangeToMono(response -> handle(call, response, decoder, timeout, attempt))
        .timeout(sending.asMono().then(Mono.delay(attempt)), Mono.error(() -> new AttemptTimeoutException(attempt)));
    // A call with a response timeout of its own (a long-poll wait, an exec that runs a command) holds its stream that
    // long and is not capped; every other call takes a slot first.
    return (call.responseTimeout() != null ? exchange : slots.admit(exchange))
        .onErrorMap(failure -> !(failure instanceof FlyException) && !(failure instanceof RetryableFailure),
            failure -> transportFailure(call, failure));
  }

  private static void applyResponseTimeout(ClientHttpRequest request, Duration timeout) {
    Object nativeRequest = request.getNativeRequest();
    if (nativeRequest instanceof HttpClientRequest reactorRequest) {
      reactorRequest.responseTimeout(timeout);
    }
  }

  /**
   * Reads the response. Reactor Netty's response timeout only bounds the pause between two reads, so a server that
   * trickles the body a few bytes at a time would never time out: the whole body must also arrive within
   * {@code timeout} after the headers (see {@link #bounded}).
   */
  private <T> Mono<T> handle(FlyCall call, ClientResponse response, FlyJson.Decoder<T> decoder, Duration timeout,
      Duration attempt) {
    int status = response.statusCode().value();
    if (!response.statusCode().is2xxSuccessful()) {
      return readErrorBody(response, timeout, attempt).flatMap(body -> {
        FlyException failure = errors.fromResponse(call.method().name(), pathOf(response), status,
            requestIdOf(response), body);
        // A 429 is refused before anything is done, so any call may be sent again, creates included.
        if ((call.retryable() || status == FlyErrors.TOO_MANY_REQUESTS)
            && FlyErrors.TRANSIENT_STATUSES.contains(status)) {
          HttpHeaders headers = response.headers().asHttpHeaders();
          return Mono.error(new RetryableFailure(failure,
              ReactorRetry.parseRetryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER), clock), call.pathTemplate(),
              RetryReason.ofStatus(status)));
        }
        return Mono.error(failure);
      });
    }
    if (decoder == null) {
      return bounded(response.releaseBody(), timeout, attempt).then(Mono.empty());
    }
    return bounded(response.bodyToMono(byte[].class), timeout, attempt)
        .defaultIfEmpty(EMPTY)
        .onErrorMap(DataBufferLimitException.class,
            e -> unreadable(call, response, "exceeds the client's in-memory limit", e))
        .flatMap(body -> decode(body, decoder, call, response));
  }

  /** Decodes the body's bytes as they came (no {@code String} in between: Jackson reads UTF-8 bytes directly). */
  private <T> Mono<T> decode(byte[] body, FlyJson.Decoder<T> decoder, FlyCall call, ClientResponse response) {
    if (isBlank(body)) {
      return Mono.error(unreadable(call, response, "is empty", null));
    }
    try {
      return Mono.justOrEmpty(decoder.decode(body));
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      return Mono.error(unreadable(call, response, "could not be parsed as the expected JSON", e));
    }
  }

  /** The path and request id are looked up only for a failure: a successful call does not pay for them. */
  private FlyException unreadable(FlyCall call, ClientResponse response, String problem, Throwable cause) {
    return errors.unreadableBody(call.method().name(), pathOf(response), response.statusCode().value(),
        requestIdOf(response), problem, cause);
  }

  private static String pathOf(ClientResponse response) {
    return response.request().getURI().getRawPath();
  }

  private static String requestIdOf(ClientResponse response) {
    return response.headers().asHttpHeaders().getFirst(REQUEST_ID_HEADER);
  }

  /** @return whether the body holds nothing but JSON whitespace */
  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Bounds the body's arrival by {@code timeout} after the headers. When the attempt's own timeout is no longer, the
   * attempt runs out first anyway (it started before the headers came), so no second timer is set: the default
   * settings (10 s attempt, 30 s read) and every wait call take this path.
   */
  private static <B> Mono<B> bounded(Mono<B> body, Duration timeout, Duration attempt) {
    return timeout.compareTo(attempt) < 0 ? body.timeout(timeout) : body;
  }

  /** Reads an error answer's body, or says why it could not be read. */
  private static Mono<String> readErrorBody(ClientResponse response, Duration timeout, Duration attempt) {
    return bounded(response.bodyToMono(String.class), timeout, attempt)
        .defaultIfEmpty("")
        .onErrorResume(e -> Mono.just("<unreadable body: " + e.getClass().getSimpleName() + ">"));
  }

  private Throwable transportFailure(FlyCall call, Throwable failure) {
    String path = pathOf(call, failure);
    FlyException exception = errors.fromTransport(call.method().name(), path, failure);
    if ((call.retryable() || FlyErrors.isNeverSent(failure)) && FlyErrors.isTransientTransportFailure(failure)) {
      return new RetryableFailure(exception, null, call.pathTemplate(), RetryReason.ofTransport(failure));
    }
    return exception;
  }

  private String pathOf(FlyCall call, Throwable failure) {
    if (failure instanceof WebClientRequestException requestException) {
      URI uri = requestException.getUri();
      if (uri != null && uri.getRawPath() != null) {
        return uri.getRawPath();
      }
    }
    // No request URI at hand (e.g. the attempt timed out): the path the call was sent to.
    return UriComponentsBuilder.fromPath(basePath + call.pathTemplate()).buildAndExpand(call.pathVariables())
        .encode().toUriString();
  }
}
