package io.github.flyorchestrator.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which Authorization header a token turns into, on the wire and in toString. */
class FlyAuthorizationTest extends WireMockClientSupport {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x                      | Bearer x",
      "fo1_plainapitoken      | Bearer fo1_plainapitoken",
      "fm2_abc                | FlyV1 fm2_abc",
      "fm1r_abc               | FlyV1 fm1r_abc",
      "fm1a_abc               | FlyV1 fm1a_abc",
      "fm2_a,fm2_b            | FlyV1 fm2_a,fm2_b",
      "FlyV1 fm2_abc          | FlyV1 fm2_abc",
      "Bearer already         | Bearer already",
      "'  padded-token  '     | Bearer padded-token"})
  void computesHeaderValue(String token, String expected) {
    assertThat(FlyAuthorization.forToken(token).headerValue()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"x, Bearer x", "fm2_macaroon-part, FlyV1 fm2_macaroon-part", "FlyV1 fm2_given, FlyV1 fm2_given"})
  void sendsTheHeaderOnTheWire(String token, String expected) {
    wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/v1/apps/a"))
        .willReturn(okJson("{\"name\":\"a\"}")));

    client(token, RetrySettings.NONE, Duration.ofSeconds(5)).getApp("a").block();

    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a")).withHeader("Authorization", equalTo(expected)));
  }

  @Test
  void toStringHidesTheToken() {
    FlyAuthorization authorization = FlyAuthorization.forToken("fm2_very-secret");

    assertThat(authorization.toString()).doesNotContain("very-secret").contains("FlyV1");
  }

  @Test
  void rejectsBlankToken() {
    assertThatThrownBy(() -> FlyAuthorization.forToken("  ")).isInstanceOf(IllegalArgumentException.class);
  }
}
