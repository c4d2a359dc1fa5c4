package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.GuestConfig;
import io.github.flyorchestrator.model.IssuedToken;
import io.github.flyorchestrator.model.RegionPlacement;
import io.github.flyorchestrator.model.Regions;
import io.github.flyorchestrator.model.TokenAuthorization;
import io.github.flyorchestrator.model.VerifiedToken;
import io.github.flyorchestrator.param.OidcTokenRequest;
import io.github.flyorchestrator.param.PlacementRequest;
import io.github.flyorchestrator.param.TokenAccess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code client.platform()} and {@code client.tokens()} put on the wire, and how they read the answers. */
class PlatformAndTokenServiceRequestTest extends WireMockClientSupport {

  private final ReactiveFlyMachinesClient client = client();

  @Test
  void regionsReadsTheNearestAndEveryRow() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
        {"nearest": "ams", "regions": [{"code": "ams", "name": "Amsterdam, Netherlands", "geo_region": "eu",
          "latitude": 52.37, "longitude": 4.9, "gateway_available": true, "requires_paid_plan": false,
          "deprecated": false}]}
        """)));

    Regions regions = client.platform().regions().block();

    wireMock.verify(getRequestedFor(urlEqualTo("/v1/platform/regions")));
    assertThat(regions.nearest()).isEqualTo("ams");
    assertThat(regions.regions()).singleElement().satisfies(region -> {
      assertThat(region.name()).isEqualTo("Amsterdam, Netherlands");
      assertThat(region.latitude()).isEqualTo(52.37);
      assertThat(region.gatewayAvailable()).isTrue();
    });
  }

  @Test
  void placementsPostsTheRequestAndUnwrapsTheRegions() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(
        "{\"regions\": [{\"region\": \"lhr\", \"count\": 3, \"concurrency\": 2}]}")));
    PlacementRequest request = PlacementRequest.builder("personal").region("lhr,eu").count(3)
        .compute(GuestConfig.of("shared", 1, 256)).volume("data", 1_073_741_824L)
        .weights(Map.of("region", 1000)).build();

    List<RegionPlacement> placements = client.platform().placements(request).block();

    assertThat(placements).singleElement().extracting(RegionPlacement::count).isEqualTo(3);
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/platform/placements")).withRequestBody(equalToJson("""
        {"org_slug": "personal", "region": "lhr,eu", "count": 3,
         "compute": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
         "volume_name": "data", "volume_size_bytes": 1073741824, "weights": {"region": 1000}}
        """)));
  }

  @Test
  void createDeployTokenSendsTheExpiryInSecondsAndReadsTheToken() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"token\": \"FlyV1 fm2_deploy\"}")));

    IssuedToken token = client.tokens().createDeployToken("a", Duration.ofDays(1)).block();

    assertThat(token.token()).isEqualTo("FlyV1 fm2_deploy");
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/deploy_token"))
        .withRequestBody(equalToJson("{\"expiry\":\"86400s\"}")));
  }

  @Test
  void authenticateSendsTheHeaderAndReadsTheVerifiedTokens() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
        [{"header": "FlyV1 fm2_x", "caveats": {"caveats": []}, "nonce": {"proof": false, "kid": [1]},
          "permission_token": [7, 7]}]
        """)));

    List<VerifiedToken> verified = client.tokens().authenticate("FlyV1 fm2_x").block();

    assertThat(verified).singleElement().satisfies(token -> {
      assertThat(token.header()).isEqualTo("FlyV1 fm2_x");
      assertThat(token.permissionToken()).containsExactly(7, 7);
      assertThat(token.nonce()).containsEntry("proof", false);
    });
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/tokens/authenticate"))
        .withRequestBody(equalToJson("{\"header\":\"FlyV1 fm2_x\"}")));
  }

  @Test
  void authorizeSendsTheHeaderAndTheAccess() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(
        "{\"access\": {\"action\": 1, \"orgid\": 42}, \"verified_token\": {\"header\": \"FlyV1 fm2_x\"}}")));

    TokenAuthorization authorization = client.tokens().authorize("FlyV1 fm2_x", TokenAccess.builder().action(1)
        .orgSlug("personal").appName("a").machineId("m1").command(List.of("ls")).build()).block();

    assertThat(authorization.access()).containsEntry("orgid", 42);
    assertThat(authorization.verifiedToken().header()).isEqualTo("FlyV1 fm2_x");
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/tokens/authorize")).withRequestBody(equalToJson("""
        {"header": "FlyV1 fm2_x", "access": {"action": 1, "org_slug": "personal", "app_name": "a",
         "machine_id": "m1", "command": ["ls"]}}
        """)));
  }

  @Test
  void kmsTokenIsThePlainTextBody() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
        "text/plain").withBody("petsem-token\n")));

    IssuedToken token = client.tokens().requestKmsToken().block();

    assertThat(token.token()).isEqualTo("petsem-token");
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/tokens/kms")));
  }

  @Test
  void oidcTokenSendsTheAudienceAndIsThePlainTextBody() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
        "text/plain").withBody("eyJhbGciOi.jwt.sig")));

    IssuedToken token = client.tokens().requestOidcToken(OidcTokenRequest.DEFAULT
        .withAudience("https://fly.io/personal").withAwsPrincipalTags(true)).block();

    assertThat(token.token()).isEqualTo("eyJhbGciOi.jwt.sig");
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/tokens/oidc")).withRequestBody(equalToJson(
        "{\"aud\":\"https://fly.io/personal\",\"aws_principal_tags\":true}")));
  }
}
