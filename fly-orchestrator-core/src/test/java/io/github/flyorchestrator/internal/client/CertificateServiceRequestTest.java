package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.model.Certificate;
import io.github.flyorchestrator.model.CertificateCheck;
import io.github.flyorchestrator.model.CertificateSummary;
import io.github.flyorchestrator.param.CertificateListOptions;
import io.github.flyorchestrator.param.CustomCertificateRequest;
import io.github.flyorchestrator.service.ReactiveCertificateService;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code client.certificates()} puts on the wire for each route, and how it reads the spec's answers. */
class CertificateServiceRequestTest extends WireMockClientSupport {

  /** A {@code CertificateDetail} with every part the spec names. */
  static final String DETAIL = """
      {"hostname": "www.example.com", "status": "pending", "configured": false, "acme_requested": true,
       "dns_provider": "cloudflare", "rate_limited_until": "2026-01-01T00:00:00Z",
       "certificates": [{"source": "fly", "status": "pending_validation", "issuer": "Let's Encrypt",
         "created_at": "2025-01-01T00:00:00Z", "expires_at": "2025-04-01T00:00:00Z",
         "issued": [{"type": "ecdsa", "certificate_authority": "lets_encrypt", "expires_at": "2025-04-01"}]}],
       "dns_requirements": {"a": ["66.241.124.1"], "aaaa": ["2a09:8280:1::1"], "cname": "my-app.fly.dev",
         "acme_challenge": {"name": "_acme-challenge.www.example.com", "target": "www.example.com.x.flydns.net"},
         "ownership": {"name": "_fly-ownership.www.example.com", "app_value": "app-1", "org_value": "org-1"}},
       "validation": {"alpn_configured": false, "dns_configured": true, "http_configured": false,
         "ownership_txt_configured": true},
       "validation_errors": [{"code": "dns", "message": "no A record", "remediation": "add it",
         "timestamp": "2025-01-01T00:00:00Z"}],
       "future_field": 1}
      """;

  private final ReactiveCertificateService certificates = client().certificates();

  @Test
  void listAsksPageByPageWithTheCursorOfTheLastPage() {
    wireMock.stubFor(get(urlPathEqualTo("/v1/apps/a/certificates")).withQueryParam("cursor", absent())
        .willReturn(okJson("""
            {"certificates": [{"hostname": "a.example.com", "status": "ready", "has_fly_certificate": true,
              "acme_alpn_configured": true, "created_at": "2025-01-01"}], "next_cursor": "c2", "total_count": 2}
            """)));
    wireMock.stubFor(get(urlPathEqualTo("/v1/apps/a/certificates")).withQueryParam("cursor", equalTo("c2"))
        .willReturn(okJson("{\"certificates\": [{\"hostname\": \"b.example.com\"}], \"total_count\": 2}")));

    List<CertificateSummary> all = certificates.list("a", CertificateListOptions.ALL.withFilter("example")
        .withPageSize(1)).collectList().block();

    assertThat(all).extracting(CertificateSummary::hostname).containsExactly("a.example.com", "b.example.com");
    assertThat(all.get(0).hasFlyCertificate()).isTrue();
    assertThat(all.get(0).acmeAlpnConfigured()).isTrue();
    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a/certificates?filter=example&limit=1")));
    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a/certificates?filter=example&limit=1&cursor=c2")));
  }

  @Test
  void getReadsEveryPartOfACertificateDetail() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(DETAIL)));

    Certificate certificate = certificates.get("a", "www.example.com").block();

    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a/certificates/www.example.com")));
    assertThat(certificate.status()).isEqualTo("pending");
    assertThat(certificate.acmeRequested()).isTrue();
    assertThat(certificate.certificates()).singleElement().satisfies(entry -> {
      assertThat(entry.status()).isEqualTo("pending_validation");
      assertThat(entry.issued()).singleElement().extracting(i -> i.certificateAuthority())
          .isEqualTo("lets_encrypt");
    });
    assertThat(certificate.dnsRequirements().a()).containsExactly("66.241.124.1");
    assertThat(certificate.dnsRequirements().acmeChallenge().target()).isEqualTo("www.example.com.x.flydns.net");
    assertThat(certificate.dnsRequirements().ownership().appValue()).isEqualTo("app-1");
    assertThat(certificate.validation().ownershipTxtConfigured()).isTrue();
    assertThat(certificate.validationErrors()).singleElement().extracting(e -> e.remediation()).isEqualTo("add it");
    assertThat(certificate.warning()).isNull();
  }

  @Test
  void requestAcmePostsTheHostname() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("Content-Type",
        "application/json").withBody(DETAIL)));

    Certificate certificate = certificates.requestAcme("a", "www.example.com").block();

    assertThat(certificate.hostname()).isEqualTo("www.example.com");
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/certificates/acme"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withRequestBody(equalToJson("{\"hostname\":\"www.example.com\"}")));
  }

  @Test
  void addCustomPostsHostnameChainAndKey() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("Content-Type",
        "application/json").withBody(DETAIL)));

    certificates.addCustom("a", CustomCertificateRequest.of("www.example.com", "CHAIN", "KEY")).block();

    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/certificates/custom")).withRequestBody(equalToJson(
        "{\"hostname\":\"www.example.com\",\"fullchain\":\"CHAIN\",\"private_key\":\"KEY\"}")));
  }

  @Test
  void checkPostsAndReadsTheDnsRecordsFlyFound() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
        {"hostname": "www.example.com", "status": "ready", "configured": true,
         "dns_records": {"a": ["66.241.124.1"], "aaaa": [], "cname": ["my-app.fly.dev"],
           "acme_challenge_cname": "x.flydns.net", "ownership_txt": "app-1",
           "resolved_addresses": ["66.241.124.1"], "soa": "ns.example.com"}}
        """)));

    CertificateCheck check = certificates.check("a", "www.example.com").block();

    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/certificates/www.example.com/check")));
    assertThat(check.status()).isEqualTo("ready");
    assertThat(check.dnsRecords().cname()).containsExactly("my-app.fly.dev");
    assertThat(check.dnsRecords().resolvedAddresses()).containsExactly("66.241.124.1");
    assertThat(check.dnsRecords().soa()).isEqualTo("ns.example.com");
    assertThat(check.certificates()).isEmpty();
  }

  @Test
  void deleteSendsDeleteAndReadsTheEmptyAnswerWithTheWildcardPercentEncoded() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

    certificates.delete("a", "*.example.com").block();

    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/certificates/%2A.example.com")));
  }

  @Test
  void deleteAcmeReadsTheRemainingCertificates() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(DETAIL)));

    Certificate left = certificates.deleteAcme("a", "www.example.com").block();

    assertThat(left.hostname()).isEqualTo("www.example.com");
    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/certificates/www.example.com/acme")));
  }

  @Test
  void deleteCustomReadsTheWarning() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(
        "{\"hostname\":\"www.example.com\",\"warning\":\"the Fly certificate now serves the hostname\"}")));

    Certificate left = certificates.deleteCustom("a", "www.example.com").block();

    assertThat(left.warning()).isEqualTo("the Fly certificate now serves the hostname");
    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/certificates/www.example.com/custom")));
  }
}
