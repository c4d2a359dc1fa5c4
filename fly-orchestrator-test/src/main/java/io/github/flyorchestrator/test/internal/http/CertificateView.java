package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.CertificateIssuance;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimCertificate;
import io.github.flyorchestrator.test.internal.state.SimulatorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of a certificate, after the docs' examples ({@code machines/api/certificates-resource}): {@code status}
 * {@code pending_validation} (ACME) or {@code pending_ownership} (custom) until issued, then {@code active};
 * {@code dns_requirements} from the app's IP assignments; and, for {@code check}, {@code dns_records}: what the
 * simulated DNS holds, empty until issued (the simulator has no DNS: "issued" stands for "the user set up DNS and the
 * CA issued"), the required records after. Whether a certificate is issued follows its {@link CertificateIssuance}.
 */
final class CertificateView {

  private static final Duration LIFETIME = Duration.ofDays(90);

  private final SimulatorClock clock;
  private final SimulatorSettings settings;

  CertificateView(SimulatorClock clock, SimulatorSettings settings) {
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * @param app the app
   * @param certificate one of its certificates
   * @return whether it is issued now (remembered once it is)
   */
  boolean issued(SimApp app, SimCertificate certificate) {
    if (certificate.issuedAtMillis() >= 0) {
      return true;
    }
    if (!certificate.acmeRequested() && !certificate.custom()) {
      return false;
    }
    CertificateIssuance issuance = settings.issuance(app.name(), certificate.hostname());
    long requestedAt = certificate.requestedAtMillis();
    if (!issuance.issuedAfter(Duration.ofMillis(clock.nowMillis() - requestedAt))) {
      return false;
    }
    certificate.issued(requestedAt + issuance.delay().orElseThrow().toMillis());
    return true;
  }

  /**
   * @param app the app
   * @param certificate the certificate
   * @return its {@code CertificateSummary}
   */
  ObjectNode summary(SimApp app, SimCertificate certificate) {
    boolean issued = issued(app, certificate);
    ObjectNode node = Json.object();
    node.put("hostname", certificate.hostname());
    node.put("status", status(certificate, issued));
    node.put("dns_provider", "simulated");
    node.put("acme_dns_configured", issued);
    node.put("acme_alpn_configured", issued);
    node.put("acme_http_configured", issued);
    node.put("ownership_txt_configured", issued);
    node.put("configured", issued);
    node.put("acme_requested", certificate.acmeRequested());
    node.put("has_custom_certificate", certificate.custom());
    node.put("has_fly_certificate", certificate.acmeRequested() && issued);
    node.put("created_at", Instant.ofEpochMilli(certificate.createdAtMillis()).toString());
    node.put("updated_at", Instant.ofEpochMilli(certificate.updatedAtMillis()).toString());
    return node;
  }

  /**
   * @param app the app
   * @param certificate the certificate
   * @param withRecords whether to add {@code dns_records} (the {@code check} answer)
   * @return its {@code CertificateDetail} (or {@code CertificateCheckResponse})
   */
  ObjectNode detail(SimApp app, SimCertificate certificate, boolean withRecords) {
    boolean issued = issued(app, certificate);
    ObjectNode node = Json.object();
    node.put("hostname", certificate.hostname());
    node.put("configured", issued);
    node.put("acme_requested", certificate.acmeRequested());
    node.put("status", status(certificate, issued));
    node.put("dns_provider", "simulated");
    ArrayNode entries = node.putArray("certificates");
    if (certificate.custom()) {
      entries.add(entry(certificate, "custom", issued));
    }
    if (certificate.acmeRequested() && issued) {
      entries.add(entry(certificate, "fly", true));
    }
    ObjectNode validation = node.putObject("validation");
    List.of("dns_configured", "alpn_configured", "http_configured", "ownership_txt_configured")
        .forEach(field -> validation.put(field, issued));
    ObjectNode requirements = requirements(app, certificate.hostname());
    node.set("dns_requirements", requirements);
    ArrayNode errors = node.putArray("validation_errors");
    if (!issued) {
      ObjectNode error = errors.addObject();
      error.put("code", "dns_not_configured");
      error.put("message", certificate.hostname() + " does not resolve to the app and has no _acme-challenge CNAME");
      error.put("remediation", "add the records in dns_requirements at your DNS provider, then check again");
      error.put("timestamp", clock.now().toString());
    }
    if (withRecords) {
      node.set("dns_records", records(requirements, issued));
    }
    return node;
  }

  private static String status(SimCertificate certificate, boolean issued) {
    if (issued) {
      return "active";
    }
    return certificate.custom() ? "pending_ownership" : "pending_validation";
  }

  private ObjectNode entry(SimCertificate certificate, String source, boolean issued) {
    long since = issued ? certificate.issuedAtMillis() : certificate.requestedAtMillis();
    String expires = Instant.ofEpochMilli(since).plus(LIFETIME).toString();
    ObjectNode entry = Json.object();
    entry.put("source", source);
    entry.put("status", issued ? "active" : "pending_ownership");
    entry.put("created_at", Instant.ofEpochMilli(since).toString());
    entry.put("expires_at", expires);
    ArrayNode issuedCertificates = entry.putArray("issued");
    if ("fly".equals(source)) {
      for (String type : List.of("ecdsa", "rsa")) {
        ObjectNode one = issuedCertificates.addObject();
        one.put("type", type);
        one.put("expires_at", expires);
        one.put("certificate_authority", "lets_encrypt");
      }
    } else {
      entry.put("issuer", "Simulated Custom CA");
    }
    return entry;
  }

  private static ObjectNode requirements(SimApp app, String hostname) {
    ObjectNode node = Json.object();
    ArrayNode a = node.putArray("a");
    ArrayNode aaaa = node.putArray("aaaa");
    app.ips().values().stream().filter(ip -> !Json.text(ip, "ip").startsWith("fdaa:"))
        .map(ip -> Json.text(ip, "ip")).sorted()
        .forEach(address -> (address.contains(":") ? aaaa : a).add(address));
    node.put("cname", app.name() + ".fly.dev");
    ObjectNode challenge = node.putObject("acme_challenge");
    challenge.put("name", "_acme-challenge." + hostname);
    challenge.put("target", hostname + "." + app.id().substring(0, 6) + ".flydns.net");
    ObjectNode ownership = node.putObject("ownership");
    ownership.put("name", "_fly-ownership." + hostname);
    ownership.put("app_value", "app-" + app.id());
    ownership.put("org_value", "org-" + app.orgSlug());
    return node;
  }

  private static ObjectNode records(ObjectNode requirements, boolean issued) {
    ObjectNode node = Json.object();
    ArrayNode a = node.putArray("a");
    ArrayNode aaaa = node.putArray("aaaa");
    node.putArray("cname");
    ArrayNode resolved = node.putArray("resolved_addresses");
    if (issued) {
      a.addAll((ArrayNode) requirements.get("a"));
      aaaa.addAll((ArrayNode) requirements.get("aaaa"));
      resolved.addAll(a);
      resolved.addAll(aaaa);
      node.put("acme_challenge_cname", Json.text(requirements.get("acme_challenge"), "target"));
      node.put("ownership_txt", Json.text(requirements.get("ownership"), "app_value"));
      node.put("soa", "ns1.simulated-dns.example");
    }
    return node;
  }
}
