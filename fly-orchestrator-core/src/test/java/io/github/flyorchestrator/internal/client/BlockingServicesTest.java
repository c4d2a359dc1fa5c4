package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import org.junit.jupiter.api.Test;

/** The blocking groups answer what their reactive twins emit and throw what they fail with, unwrapped. */
class BlockingServicesTest extends WireMockClientSupport {

  private final FlyMachinesClient client = FlyMachinesClient.blocking(client());

  @Test
  void eachBlockingGroupReturnsTheDecodedAnswer() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"hostname\": \"www.example.com\", \"nearest\": \"ams\", "
        + "\"ips\": [{\"ip\": \"66.241.124.1\"}], \"secret_keys\": [{\"name\": \"k1\"}], \"version\": 3, "
        + "\"token\": \"t\", \"regions\": []}")));

    assertThat(client.certificates().get("a", "www.example.com").hostname()).isEqualTo("www.example.com");
    assertThat(client.ipAssignments().list("a")).hasSize(1);
    assertThat(client.secretKeys().list("a")).hasSize(1);
    assertThat(client.secretKeys().delete("a", "k1").version()).isEqualTo(3L);
    assertThat(client.platform().regions().nearest()).isEqualTo("ams");
    assertThat(client.tokens().createDeployToken("a", java.time.Duration.ofHours(1)).token()).isEqualTo("t");
    assertThat(client.organizations().listVolumes("personal")).isEmpty();
  }

  @Test
  void aVoidRouteCompletesAndAnErrorIsThrownAsTheFlyExceptionItWas() {
    wireMock.stubFor(any(urlEqualTo("/v1/apps/a/secretkeys/k1/verify")).willReturn(aResponse().withStatus(204)));
    wireMock.stubFor(any(urlEqualTo("/v1/apps/a/certificates/acme")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json").withBody("{\"error\": \"hostname already taken\"}")));

    client.secretKeys().verify("a", "k1", new byte[] {1}, new byte[] {2});
    FlyException failure = catchThrowableOfType(FlyException.class,
        () -> client.certificates().requestAcme("a", "www.example.com"));

    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/secretkeys/k1/verify")));
    assertThat(failure.getHttpStatus()).isEqualTo(422);
    assertThat(failure.getMessage()).contains("hostname already taken");
  }
}
