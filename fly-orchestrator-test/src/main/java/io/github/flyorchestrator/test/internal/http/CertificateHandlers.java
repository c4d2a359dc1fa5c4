package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimCertificate;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Certificates ({@code /apps/{app}/certificates}): list (hostname filter, cursor pagination), ACME request and custom
 * import (201, 422 for a hostname or PEM that does not fit), get, check, delete (204), and deleting only the ACME or
 * only the custom part (the hostname stays). A repeated ACME request answers as
 * {@link ApiVariants.DuplicateCertificate} says. How each answer looks: {@link CertificateView}.
 */
final class CertificateHandlers {

  private static final Pattern HOSTNAME = Pattern.compile(
      "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  private final SimulatorState state;
  private final SimulatorClock clock;
  private final Supplier<ApiVariants> variants;
  private final CertificateView view;

  CertificateHandlers(SimulatorState state, SimulatorClock clock, Supplier<ApiVariants> variants) {
    this.state = state;
    this.clock = clock;
    this.variants = variants;
    this.view = new CertificateView(clock, state.settings());
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.CERTIFICATES_LIST, RouteHandler.sync(this::list));
    routes.put(SimRoute.CERTIFICATES_ACME_CREATE, RouteHandler.sync(this::requestAcme));
    routes.put(SimRoute.CERTIFICATES_CUSTOM_CREATE, RouteHandler.sync(this::importCustom));
    routes.put(SimRoute.CERTIFICATES_SHOW, RouteHandler.sync(call -> detail(call, false)));
    routes.put(SimRoute.CERTIFICATES_CHECK, RouteHandler.sync(call -> detail(call, true)));
    routes.put(SimRoute.CERTIFICATES_DELETE, RouteHandler.sync(this::delete));
    routes.put(SimRoute.CERTIFICATES_ACME_DELETE, RouteHandler.sync(this::deleteAcme));
    routes.put(SimRoute.CERTIFICATES_CUSTOM_DELETE, RouteHandler.sync(this::deleteCustom));
  }

  private SimCertificate certificate(SimApp app, String hostname) {
    SimCertificate certificate = app.certificates().get(hostname.toLowerCase(Locale.ROOT));
    if (certificate == null) {
      throw ApiError.notFound("certificate");
    }
    return certificate;
  }

  private SimResponse detail(ApiCall call, boolean withRecords) {
    SimApp app = state.app(call.app());
    return SimResponse.json(200, view.detail(app, certificate(app, call.id()), withRecords));
  }

  private SimResponse list(ApiCall call) {
    SimApp app = state.app(call.app());
    String filter = call.query("filter");
    List<SimCertificate> matching = app.certificates().values().stream()
        .filter(c -> filter == null || c.hostname().contains(filter.toLowerCase(Locale.ROOT)))
        .sorted(Comparator.comparing(SimCertificate::hostname)).toList();
    CursorPages.Page<SimCertificate> page = CursorPages.page(matching, SimCertificate::hostname, call,
        state.settings().pageSize());
    ObjectNode body = Json.object();
    ArrayNode array = body.putArray("certificates");
    page.items().forEach(c -> array.add(view.summary(app, c)));
    body.put("total_count", matching.size());
    if (page.nextCursor() != null) {
      body.put("next_cursor", page.nextCursor());
    }
    return SimResponse.json(200, body);
  }

  private static String hostname(ObjectNode body) {
    String hostname = Json.text(body, "hostname");
    if (hostname == null || !HOSTNAME.matcher(hostname.toLowerCase(Locale.ROOT)).matches()) {
      throw new ApiError(422, "invalid hostname " + (hostname == null ? "(none given)" : "\"" + hostname + "\""),
          "unknown");
    }
    return hostname.toLowerCase(Locale.ROOT);
  }

  private SimResponse requestAcme(ApiCall call) {
    SimApp app = state.app(call.app());
    String hostname = hostname(call.json());
    SimCertificate certificate = app.certificates().computeIfAbsent(hostname,
        h -> new SimCertificate(h, clock.nowMillis()));
    synchronized (certificate) {
      if (certificate.acmeRequested()) {
        if (variants.get().duplicateCertificate() == ApiVariants.DuplicateCertificate.REJECTED_422) {
          throw new ApiError(422, "hostname \"" + hostname + "\" already has a certificate request on app \""
              + app.name() + "\"", "unknown");
        }
      } else {
        certificate.acmeRequested(true, clock.nowMillis());
      }
    }
    return SimResponse.json(201, view.detail(app, certificate, false));
  }

  private SimResponse importCustom(ApiCall call) {
    SimApp app = state.app(call.app());
    ObjectNode body = call.json();
    String hostname = hostname(body);
    for (String field : List.of("fullchain", "private_key")) {
      String pem = Json.text(body, field);
      if (pem == null || !pem.contains("-----BEGIN ")) {
        throw new ApiError(422, field + " must be PEM-encoded", "unknown");
      }
    }
    SimCertificate certificate = app.certificates().computeIfAbsent(hostname,
        h -> new SimCertificate(h, clock.nowMillis()));
    certificate.custom(true, clock.nowMillis());
    return SimResponse.json(201, view.detail(app, certificate, false));
  }

  private SimResponse delete(ApiCall call) {
    SimApp app = state.app(call.app());
    if (app.certificates().remove(certificate(app, call.id()).hostname()) == null) {
      throw ApiError.notFound("certificate");
    }
    return SimResponse.raw(204, "");
  }

  private SimResponse deleteAcme(ApiCall call) {
    SimApp app = state.app(call.app());
    SimCertificate certificate = certificate(app, call.id());
    certificate.acmeRequested(false, clock.nowMillis());
    return SimResponse.json(200, view.detail(app, certificate, false));
  }

  private SimResponse deleteCustom(ApiCall call) {
    SimApp app = state.app(call.app());
    SimCertificate certificate = certificate(app, call.id());
    if (!certificate.custom()) {
      throw ApiError.notFound("custom certificate");
    }
    certificate.custom(false, clock.nowMillis());
    ObjectNode answer = view.detail(app, certificate, false);
    if (!certificate.acmeRequested()) {
      answer.put("warning", "no certificate is left for " + certificate.hostname() + "; request one to serve TLS");
    }
    return SimResponse.json(200, answer);
  }
}
