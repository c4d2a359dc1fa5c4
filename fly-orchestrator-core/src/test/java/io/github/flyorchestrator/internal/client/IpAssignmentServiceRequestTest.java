package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.model.IpAssignment;
import io.github.flyorchestrator.param.AllocateIpRequest;
import io.github.flyorchestrator.param.IpAddressType;
import io.github.flyorchestrator.service.ReactiveIpAssignmentService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code client.ipAssignments()} puts on the wire for each route, and how it reads the spec's answers. */
class IpAssignmentServiceRequestTest extends WireMockClientSupport {

  private final ReactiveIpAssignmentService ips = client().ipAssignments();

  @Test
  void listUnwrapsTheIpsEnvelope() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
        {"ips": [{"ip": "66.241.124.1", "region": "global", "service_name": "app", "shared": true,
                  "created_at": "2025-01-01T00:00:00Z"},
                 {"ip": "2a09:8280:1::1", "region": "global", "shared": false}]}
        """)));

    List<IpAssignment> assigned = ips.list("a").block();

    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a/ip_assignments")));
    assertThat(assigned).extracting(IpAssignment::ip).containsExactly("66.241.124.1", "2a09:8280:1::1");
    assertThat(assigned.get(0).shared()).isTrue();
    assertThat(assigned.get(0).serviceName()).isEqualTo("app");
  }

  @ParameterizedTest
  @CsvSource({"SHARED_V4, shared_v4", "DEDICATED_V4, v4", "V6, v6", "PRIVATE_V6, private_v6"})
  void allocateSendsTheKindOfAddress(IpAddressType type, String wireValue) {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"ip\": \"66.241.124.1\", \"shared\": true}")));
    AllocateIpRequest request = switch (type) {
      case SHARED_V4 -> AllocateIpRequest.sharedV4();
      case DEDICATED_V4 -> AllocateIpRequest.dedicatedV4();
      case V6 -> AllocateIpRequest.v6();
      case PRIVATE_V6 -> AllocateIpRequest.privateV6();
    };

    IpAssignment allocated = ips.allocate("a", request).block();

    assertThat(allocated.ip()).isEqualTo("66.241.124.1");
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/ip_assignments"))
        .withRequestBody(equalToJson("{\"type\":\"" + wireValue + "\"}")));
  }

  @Test
  void allocateSendsRegionOrganizationNetworkAndService() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"ip\": \"fdaa:0:1::3\"}")));

    ips.allocate("a", AllocateIpRequest.builder(IpAddressType.PRIVATE_V6).orgSlug("personal").network("net")
        .region("ams").serviceName("api").build()).block();

    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/ip_assignments")).withRequestBody(equalToJson(
        "{\"type\":\"private_v6\",\"org_slug\":\"personal\",\"network\":\"net\",\"region\":\"ams\","
            + "\"service_name\":\"api\"}")));
  }

  @Test
  void releaseDeletesTheAddressWithAnIpv6AddressesColonsPercentEncoded() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

    ips.release("a", "2a09:8280:1::1").block();
    ips.release("a", "66.241.124.1").block();

    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/ip_assignments/2a09%3A8280%3A1%3A%3A1")));
    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/ip_assignments/66.241.124.1")));
  }
}
