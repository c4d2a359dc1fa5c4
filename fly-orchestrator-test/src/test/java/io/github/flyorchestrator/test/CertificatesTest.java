package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;

/** Certificates move from pending to issued on the simulator's clock as their issuance setting says. */
class CertificatesTest {

  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults()
      .withScheduler(scheduler).withRateLimits(false));
  private final SimHttp http = new SimHttp(simulator);

  @AfterEach
  void stop() {
    simulator.close();
    scheduler.dispose();
  }

  private JsonNode request(String app, String hostname) {
    SimHttp.Resp resp = http.post("/apps/" + app + "/certificates/acme", "{\"hostname\":\"" + hostname + "\"}");
    assertThat(resp.status()).as(resp.body()).isEqualTo(201);
    return resp.json();
  }

  private JsonNode check(String app, String hostname) {
    SimHttp.Resp resp = http.post("/apps/" + app + "/certificates/" + hostname + "/check", "");
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    return resp.json();
  }

  @Test
  void anAcmeCertificateIsPendingUntilItsIssuanceTimeHasPassedThenActive() {
    http.createApp("web");
    simulator.certificates("web", CertificateIssuance.after(Duration.ofSeconds(30)));
    assertThat(request("web", "www.example.com").get("status").asString()).isEqualTo("pending_validation");
    scheduler.advanceTimeBy(Duration.ofSeconds(29));
    assertThat(check("web", "www.example.com").get("configured").asBoolean()).isFalse();
    scheduler.advanceTimeBy(Duration.ofSeconds(1));
    JsonNode issued = check("web", "www.example.com");
    assertThat(issued.get("status").asString()).isEqualTo("active");
    assertThat(issued.get("certificates").get(0).get("source").asString()).isEqualTo("fly");
    assertThat(issued.get("validation_errors").isEmpty()).isTrue();
  }

  @Test
  void aCertificateThatIsNeverIssuedKeepsReportingTheRecordsItIsMissing() {
    http.createApp("web");
    http.post("/apps/web/ip_assignments", "{\"type\":\"shared_v4\"}");
    http.post("/apps/web/ip_assignments", "{\"type\":\"v6\"}");
    simulator.certificate("web", "API.example.com", CertificateIssuance.never());
    request("web", "api.example.com");
    scheduler.advanceTimeBy(Duration.ofDays(1));
    JsonNode checked = check("web", "api.example.com");
    assertThat(checked.get("status").asString()).isEqualTo("pending_validation");
    assertThat(checked.get("dns_requirements").get("a").get(0).asString()).isEqualTo("192.0.2.1");
    assertThat(checked.get("dns_requirements").get("aaaa")).hasSize(1);
    assertThat(checked.get("dns_requirements").get("cname").asString()).isEqualTo("web.fly.dev");
    assertThat(checked.get("dns_requirements").get("acme_challenge").get("name").asString())
        .isEqualTo("_acme-challenge.api.example.com");
    assertThat(checked.get("dns_records").get("a").isEmpty()).isTrue();
    assertThat(checked.get("dns_records").has("acme_challenge_cname")).isFalse();
    assertThat(checked.get("validation_errors").get(0).get("message").asString()).contains("api.example.com");
  }

  @Test
  void theHostnameSettingWinsOverTheAppsWhichWinsOverTheDefault() {
    http.createApp("web");
    simulator.certificates(CertificateIssuance.never());
    simulator.certificates("web", CertificateIssuance.immediately());
    simulator.certificate("web", "slow.example.com", CertificateIssuance.after(Duration.ofMinutes(5)));
    http.createApp("other");
    assertThat(request("web", "fast.example.com").get("status").asString()).isEqualTo("active");
    assertThat(request("web", "slow.example.com").get("status").asString()).isEqualTo("pending_validation");
    assertThat(request("other", "fast.example.com").get("status").asString()).isEqualTo("pending_validation");
    scheduler.advanceTimeBy(Duration.ofMinutes(5));
    assertThat(check("web", "slow.example.com").get("status").asString()).isEqualTo("active");
    assertThat(check("other", "fast.example.com").get("status").asString()).isEqualTo("pending_validation");
  }

  @Test
  void anIssuedCertificateStaysIssuedWhenTheSettingChangesLater() {
    http.createApp("web");
    simulator.certificates("web", CertificateIssuance.immediately());
    request("web", "www.example.com");
    check("web", "www.example.com");
    simulator.certificates("web", CertificateIssuance.never());
    assertThat(check("web", "www.example.com").get("status").asString()).isEqualTo("active");
  }

  @Test
  void aRepeatedAcmeRequestAnswersAsTheVariantSays() {
    http.createApp("web");
    request("web", "www.example.com");
    SimHttp.Resp rejected = http.post("/apps/web/certificates/acme", "{\"hostname\":\"www.example.com\"}");
    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.json().get("error").asString()).contains("already has a certificate request");
    simulator.variants(ApiVariants.defaults()
        .withDuplicateCertificate(ApiVariants.DuplicateCertificate.RETURNS_EXISTING));
    assertThat(request("web", "www.example.com").get("hostname").asString()).isEqualTo("www.example.com");
    assertThat(http.get("/apps/web/certificates").json().get("total_count").asInt()).isEqualTo(1);
  }

  @Test
  void aCustomCertificateWaitsForOwnershipAndDeletingItLeavesTheAcmeOne() {
    http.createApp("web");
    simulator.certificates("web", CertificateIssuance.after(Duration.ofSeconds(10)));
    SimHttp.Resp imported = http.post("/apps/web/certificates/custom", "{\"hostname\":\"www.example.com\","
        + "\"fullchain\":\"-----BEGIN CERTIFICATE-----\",\"private_key\":\"-----BEGIN PRIVATE KEY-----\"}");
    assertThat(imported.json().get("status").asString()).isEqualTo("pending_ownership");
    request("web", "www.example.com");
    scheduler.advanceTimeBy(Duration.ofSeconds(10));
    JsonNode both = check("web", "www.example.com");
    assertThat(both.get("certificates").findValuesAsString("source")).containsExactly("custom", "fly");
    JsonNode acmeOnly = http.delete("/apps/web/certificates/www.example.com/custom").json();
    assertThat(acmeOnly.get("certificates").findValuesAsString("source")).containsExactly("fly");
    assertThat(acmeOnly.has("warning")).isFalse();
  }

  @Test
  void theCertificateListWalksItsPagesByCursor() {
    http.createApp("web");
    simulator.pageSize(2);
    List.of("e.example.com", "a.example.com", "c.example.com", "b.example.com", "d.example.com")
        .forEach(hostname -> request("web", hostname));
    List<String> seen = new ArrayList<>();
    String cursor = "";
    int pages = 0;
    do {
      JsonNode page = http.get("/apps/web/certificates?cursor=" + cursor).json();
      assertThat(page.get("total_count").asInt()).isEqualTo(5);
      seen.addAll(page.get("certificates").findValuesAsString("hostname"));
      cursor = page.has("next_cursor") ? page.get("next_cursor").asString() : null;
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactly("a.example.com", "b.example.com", "c.example.com", "d.example.com",
        "e.example.com");
    assertThat(http.get("/apps/web/certificates?filter=c.ex").json().get("total_count").asInt()).isEqualTo(1);
  }

  @Test
  void issuanceReadsAsTheStandaloneSimulatorTakesIt() {
    assertThat(CertificateIssuance.parse("30s")).isEqualTo(CertificateIssuance.after(Duration.ofSeconds(30)));
    assertThat(CertificateIssuance.parse("after 2m")).hasToString("after 2m");
    assertThat(CertificateIssuance.parse("Never")).isEqualTo(CertificateIssuance.never());
    assertThat(CertificateIssuance.parse("immediately").issuedAfter(Duration.ZERO)).isTrue();
    assertThat(CertificateIssuance.never().issuedAfter(Duration.ofDays(365))).isFalse();
    assertThat(CertificateIssuance.defaults().delay()).contains(Duration.ofSeconds(1));
  }
}
