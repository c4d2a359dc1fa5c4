package io.github.flyorchestrator.test.internal.control;

import io.github.flyorchestrator.test.CertificateIssuance;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.http.SimResponse;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP handler in front of the API when the control routes are on: answers the paths under
 * {@value ControlRoute#PREFIX} ({@link ControlRoute}) and passes every other request to the API. Control requests
 * need no token, are not journaled and see no injected fault or rate limit. Answers are JSON; a body that does not
 * fit answers 400 {@code {"error": "..."}}, an unknown control path or an unknown app 404, a failure of the
 * simulator itself 500 (and a warning in the log).
 */
public final class ControlRoutes implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

  private static final Logger LOG = LoggerFactory.getLogger(ControlRoutes.class);

  private final FlyApiSimulator simulator;
  private final BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> api;

  /**
   * @param simulator the simulator the routes set up and read (only its public methods are used, and only while
   *     answering a request)
   * @param api the handler of every request outside {@value ControlRoute#PREFIX}
   */
  public ControlRoutes(FlyApiSimulator simulator,
      BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> api) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
    this.api = Objects.requireNonNull(api, "api");
  }

  @Override
  public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
    QueryStringDecoder decoder = new QueryStringDecoder(request.uri());
    String path = decoder.rawPath();
    if (!ControlRoute.owns(path)) {
      return api.apply(request, response);
    }
    String method = request.method().name();
    return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
        .map(body -> answer(method, path, decoder.parameters(), body))
        .flatMap(answer -> response.status(answer.status())
            .header("content-type", "application/json; charset=utf-8")
            .sendString(Mono.just(answer.body())).then());
  }

  /**
   * Answers one control request.
   *
   * @param method HTTP method
   * @param path path under {@value ControlRoute#PREFIX}
   * @param query query parameters
   * @param body request body, empty for none
   * @return the answer
   */
  SimResponse answer(String method, String path, Map<String, List<String>> query, String body) {
    ControlRoute route = ControlRoute.find(method, path);
    if (route == null) {
      return SimResponse.error(new ApiError(404, "no control route " + method + " " + path, null));
    }
    try {
      return answer(route, route.app(path), query, body);
    } catch (ApiError e) {
      return SimResponse.error(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return SimResponse.error(new ApiError(400, e.getMessage(), null));
    } catch (RuntimeException e) {
      LOG.warn("simulator failed to answer {} {}", method, path, e);
      return SimResponse.error(new ApiError(500, "internal simulator error", null));
    }
  }

  private SimResponse answer(ControlRoute route, String app, Map<String, List<String>> query, String body) {
    return switch (route) {
      case JOURNAL -> SimResponse.json(200, ControlBodies.journal(journal(query)));
      case RESET -> {
        simulator.reset();
        yield SimResponse.ok();
      }
      case VARIANTS_SHOW -> SimResponse.json(200, ControlBodies.variants(simulator.variants()));
      case VARIANTS_SET -> {
        simulator.variants(ControlBodies.variants(Json.parseObject(body), simulator.variants()));
        yield SimResponse.json(200, ControlBodies.variants(simulator.variants()));
      }
      case START_DURATION_SET -> {
        simulator.slowStart(app, ControlBodies.startDuration(Json.parseObject(body)));
        yield SimResponse.ok();
      }
      case START_DURATION_CLEAR -> {
        simulator.slowStart(app, null);
        yield SimResponse.ok();
      }
      case HEALTH_CHECKS_SET -> {
        simulator.healthChecks(app, ControlBodies.healthChecks(Json.parseObject(body)));
        yield SimResponse.ok();
      }
      case FAIL_LAUNCHES_SET -> {
        simulator.failLaunches(app, ControlBodies.failLaunches(Json.parseObject(body)));
        yield SimResponse.ok();
      }
      case CERTIFICATES_SET -> certificates(Json.parseObject(body));
      case PAGE_SIZE_SET -> {
        simulator.pageSize(ControlBodies.pageSize(Json.parseObject(body)));
        yield SimResponse.ok();
      }
      case FAULTS_ADD -> queue(ControlBodies.fault(Json.parseObject(body)));
    };
  }

  private SimResponse certificates(ObjectNode body) {
    CertificateIssuance issuance = CertificateIssuance.parse(ControlBodies.text(body, "issuance"));
    String app = body.has("app") ? ControlBodies.text(body, "app") : null;
    String hostname = body.has("hostname") ? ControlBodies.text(body, "hostname") : null;
    if (hostname != null && app == null) {
      throw new IllegalArgumentException("a hostname needs its \"app\"");
    }
    if (hostname != null) {
      simulator.certificate(app, hostname, issuance);
    } else if (app != null) {
      simulator.certificates(app, issuance);
    } else {
      simulator.certificates(issuance);
    }
    return SimResponse.ok();
  }

  private List<RecordedRequest> journal(Map<String, List<String>> query) {
    List<String> routes = query.get("route");
    if (routes == null || routes.isEmpty()) {
      return simulator.journal().requests();
    }
    return simulator.journal().requests(ControlBodies.constant(SimRoute.class, routes.get(0)));
  }

  private SimResponse queue(ControlBodies.QueuedFault queued) {
    if (queued.route() == null) {
      simulator.faults().nextOnAnyRoute(queued.times(), queued.fault());
    } else if (queued.app() == null) {
      simulator.faults().next(queued.route(), queued.times(), queued.fault());
    } else {
      simulator.faults().nextForApp(queued.route(), queued.app(), queued.times(), queued.fault());
    }
    ObjectNode answer = Json.object();
    answer.put("queued", queued.times());
    return SimResponse.json(200, answer);
  }
}
