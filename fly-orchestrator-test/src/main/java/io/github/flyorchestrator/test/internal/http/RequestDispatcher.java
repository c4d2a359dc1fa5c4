package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.Fault;
import io.github.flyorchestrator.test.FaultInjector;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.RequestJournal;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Ids;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.ratelimit.RateLimiter;
import io.github.flyorchestrator.test.internal.ratelimit.RouteLimits;
import io.github.flyorchestrator.test.internal.state.LeaseManager;
import io.github.flyorchestrator.test.internal.state.MachineTransitions;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The request pipeline: journal, global latency, authentication (401), injected faults, rate limits (429), then
 * the route's handler; every answer carries a {@code fly-request-id}.
 */
public final class RequestDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);
  private static final String RETRY_AFTER = "retry-after";
  private static final String MALFORMED_JSON = "{\"id\": \"0123456789abcd\", \"state\": \"sta";

  private final RouteTable routes;
  private final SimulatorClock clock;
  private final AuthCheck auth;
  private final Supplier<ApiVariants> variants;
  private final FaultInjector faults;
  private final RequestJournal journal;
  private final RateLimiter rateLimiter;

  /**
   * @param clock simulated clock
   * @param state simulator state
   * @param transitions the machine state machine
   * @param leases lease manager
   * @param token the only accepted token, or null for any non-empty token
   * @param variants the current choices for behaviours no source settles
   * @param faults fault injector
   * @param journal request journal
   * @param rateLimiter rate limiter
   */
  public RequestDispatcher(SimulatorClock clock, SimulatorState state, MachineTransitions transitions,
      LeaseManager leases, String token, Supplier<ApiVariants> variants, FaultInjector faults,
      RequestJournal journal, RateLimiter rateLimiter) {
    this.clock = clock;
    this.auth = new AuthCheck(token, state::issuedToken);
    this.variants = variants;
    this.faults = faults;
    this.journal = journal;
    this.rateLimiter = rateLimiter;
    this.routes = new RouteTable(clock, state, transitions, leases, variants);
  }

  /**
   * Reactor Netty handler entry point.
   *
   * @param request the request
   * @param response the response
   * @return completion of the exchange
   */
  public Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
    String requestId = Ids.ulid(clock.nowMillis());
    QueryStringDecoder decoder = new QueryStringDecoder(request.uri());
    String path = decoder.rawPath();
    String method = request.method().name();
    SimRoute route = SimRoute.find(method, path);
    Map<String, List<String>> headers = redactedHeaders(request);
    return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
        .flatMap(body -> {
          Mono<SimResponse> answer;
          try {
            answer = decide(route, path, decoder.parameters(), body, request);
          } catch (ApiError e) {
            answer = Mono.just(SimResponse.error(e));
          }
          // recorded after any timer is scheduled, so a test that sees the request can advance virtual time
          journal.record(new RecordedRequest(route, method, path, decoder.parameters(), body, headers, requestId));
          return answer.onErrorResume(ApiError.class, e -> Mono.just(SimResponse.error(e)));
        })
        .onErrorResume(e -> {
          LOG.warn("simulator failed to handle {} {}", method, path, e);
          return Mono.just(SimResponse.error(new ApiError(500, "internal simulator error", "unknown")));
        })
        .flatMap(answer -> write(response, answer, requestId));
  }

  private Mono<SimResponse> decide(SimRoute route, String path, Map<String, List<String>> query, String body,
      HttpServerRequest request) {
    Duration latency = faults.globalLatency();
    if (route == null) {
      return delayed(latency, Mono.just(SimResponse.error(new ApiError(404, "not found", "unknown"))));
    }
    String refusal = auth.refusal(request.requestHeaders().get("authorization"), variants.get().tokenCheck());
    if (refusal != null) {
      return delayed(latency, Mono.just(SimResponse.json(401, SimResponse.errorBody(refusal, null))));
    }
    ApiCall call = new ApiCall(route, route.pathParam(path, "app"), route.pathParam(path, "id"),
        route.pathParam(path, "key"), route.pathParam(path, "org"), query, body,
        request.requestHeaders().get("fly-machine-lease-nonce"));
    Fault fault = faults.take(route, appOf(call));
    if (fault == null) {
      return delayed(latency, Mono.defer(() -> limitedThenHandled(call)));
    }
    return switch (fault.kind()) {
      case STATUS -> delayed(latency, Mono.just(faultStatus(fault)));
      case DROP_CONNECTION -> delayed(latency, Mono.just(new SimResponse(0, "", Map.of(), true)));
      case MALFORMED_JSON -> delayed(latency, Mono.defer(() -> limitedThenHandled(call)))
          .map(r -> corrupted(withHeaders(r, fault.headers())));
      case DELAY -> delayed(latency.plus(fault.delay()), Mono.defer(() -> limitedThenHandled(call)))
          .map(r -> withHeaders(r, fault.headers()));
      case TRICKLE -> delayed(latency, Mono.defer(() -> limitedThenHandled(call)))
          .map(r -> withHeaders(r, fault.headers()).trickled(fault.delay()));
      case AFTER_EFFECT -> delayed(latency, Mono.defer(() -> limitedThenHandled(call)))
          .map(r -> tookEffectThenFailed(r, fault));
    };
  }

  /** A success replaced by the fault's error status (the request took effect); an error answer is left alone. */
  private static SimResponse tookEffectThenFailed(SimResponse response, Fault fault) {
    if (response.status() < 200 || response.status() >= 300) {
      return response;
    }
    return withHeaders(SimResponse.json(fault.status(), SimResponse.errorBody(errorText(fault.status()), "unknown")),
        fault.headers());
  }

  /** The text of a default error body for an HTTP status, in the style of Fly's gateway. */
  private static String errorText(int status) {
    return switch (status) {
      case 408 -> "request timed out";
      case 429 -> "rate limit exceeded";
      case 500 -> "internal server error";
      case 502 -> "bad gateway";
      case 503 -> "service unavailable";
      case 504 -> "gateway timeout";
      default -> "injected fault";
    };
  }

  /** A success's body replaced by truncated JSON (the request took effect); an error answer is left alone. */
  private static SimResponse corrupted(SimResponse response) {
    if (response.status() < 200 || response.status() >= 300) {
      return response;
    }
    return new SimResponse(200, MALFORMED_JSON, response.headers(), false, response.tricklePause());
  }

  /** The app a request is about: its path's, or for {@code POST /v1/apps} the name in the body. */
  private static String appOf(ApiCall call) {
    if (call.app() != null || call.route() != SimRoute.APPS_CREATE) {
      return call.app();
    }
    try {
      ObjectNode created = Json.parseObject(call.body());
      return Json.text(created, "name") != null ? Json.text(created, "name") : Json.text(created, "app_name");
    } catch (ApiError unparseable) {
      return null;
    }
  }

  private Mono<SimResponse> delayed(Duration delay, Mono<SimResponse> answer) {
    return delay.isZero() ? answer : clock.timer(delay).then(answer);
  }

  private Mono<SimResponse> limitedThenHandled(ApiCall call) {
    RouteLimits.Bucket bucket = RouteLimits.of(call.route(), call.app(), call.id(), call.org());
    long retryAfterSeconds = bucket == null ? 0 : rateLimiter.tryAcquire(bucket.key(), bucket.limit());
    if (retryAfterSeconds > 0) {
      SimResponse limited = SimResponse.json(429, SimResponse.errorBody(errorText(429), null));
      return Mono.just(sendsRetryAfter() ? withHeaders(limited, Map.of(RETRY_AFTER, Long.toString(retryAfterSeconds)))
          : limited);
    }
    return routes.handler(call.route()).handle(call);
  }

  private boolean sendsRetryAfter() {
    return variants.get().retryAfterOn429() == ApiVariants.RetryAfterOn429.SENT;
  }

  private SimResponse faultStatus(Fault fault) {
    Map<String, String> headers = fault.headers();
    if (fault.status() == 429 && sendsRetryAfter()
        && headers.keySet().stream().noneMatch(RETRY_AFTER::equalsIgnoreCase)) {
      headers = new LinkedHashMap<>(headers);
      headers.put(RETRY_AFTER, "1");
    }
    if (fault.body() == null) {
      return withHeaders(SimResponse.json(fault.status(), SimResponse.errorBody(errorText(fault.status()),
          fault.status() == 429 ? null : "unknown")), headers);
    }
    return new SimResponse(fault.status(), fault.body(), headers, false);
  }

  private static SimResponse withHeaders(SimResponse response, Map<String, String> headers) {
    if (headers.isEmpty()) {
      return response;
    }
    Map<String, String> merged = new LinkedHashMap<>(response.headers());
    merged.putAll(headers);
    return new SimResponse(response.status(), response.body(), merged, response.dropConnection(),
        response.tricklePause());
  }

  private static Map<String, List<String>> redactedHeaders(HttpServerRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : request.requestHeaders()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      String value = header.getValue();
      if ("authorization".equals(name)) {
        int space = value.indexOf(' ');
        value = (space > 0 ? value.substring(0, space) + " " : "") + "[redacted]";
      }
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return headers;
  }

  private Mono<Void> write(HttpServerResponse response, SimResponse answer, String requestId) {
    if (answer.dropConnection()) {
      response.withConnection(connection -> connection.channel().close());
      return Mono.never();
    }
    response.status(answer.status());
    response.header("fly-request-id", requestId);
    answer.headers().forEach(response::header);
    if (answer.body().isEmpty()) {
      return response.send().then();
    }
    if (answer.headers().keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
      response.header("content-type", "application/json; charset=utf-8");
    }
    if (!answer.tricklePause().isZero()) {
      return trickle(response, answer);
    }
    return response.sendString(Mono.just(answer.body())).then();
  }

  /** Sends the status, headers and first chunk now, then each further chunk after a pause (not time-scaled). */
  private Mono<Void> trickle(HttpServerResponse response, SimResponse answer) {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    List<byte[]> chunks = new ArrayList<>();
    for (int from = 0; from < bytes.length; from += Fault.TRICKLE_CHUNK_BYTES) {
      chunks.add(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + Fault.TRICKLE_CHUNK_BYTES)));
    }
    response.header("content-length", Integer.toString(bytes.length));
    Flux<byte[]> paced = Flux.fromIterable(chunks).index().concatMap(indexed -> indexed.getT1() == 0
        ? Mono.just(indexed.getT2())
        : clock.timer(answer.tricklePause()).thenReturn(indexed.getT2()));
    return response.sendByteArray(paced).then();
  }
}
