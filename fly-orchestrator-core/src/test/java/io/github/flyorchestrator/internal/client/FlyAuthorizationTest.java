package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.settings.RetrySettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Authorization header a token turns into (as fly-go's tokens package reads it), on the wire and in toString. */
class FlyAuthorizationTest extends WireMockClientSupport {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "x                         | Bearer x",
      "fo1_plainapitoken         | Bearer fo1_plainapitoken",
      "m2.rawcliSessionToken     | Bearer m2.rawcliSessionToken",
      "fm2_abc                   | FlyV1 fm2_abc",
      "fm1r_abc                  | FlyV1 fm1r_abc",
      "fm1a_abc                  | FlyV1 fm1a_abc",
      "fm2_a,fm2_b               | FlyV1 fm2_a,fm2_b",
      "'fm2_a, fm1a_b ,'         | FlyV1 fm2_a,fm1a_b",
      "'a,b'                     | Bearer a,b",
      "FlyV1 fm2_abc             | FlyV1 fm2_abc",
      "Bearer fm2_abc            | FlyV1 fm2_abc",
      "bearer fm2_abc            | FlyV1 fm2_abc",
      "BEARER FLYV1 fm2_abc      | FlyV1 fm2_abc",
      "FlyV1 Bearer fm2_abc      | FlyV1 fm2_abc",
      "FlyV1 plain               | Bearer plain",
      "Bearer already            | Bearer already",
      "'Bearer  spaced'          | Bearer spaced",
      "'  padded-token  '        | Bearer padded-token",
      "fm2_mac,user-token        | FlyV1 fm2_mac",
      "user-token,fm2_mac        | FlyV1 fm2_mac",
      "FM2_notamacaroon          | Bearer FM2_notamacaroon",
      "fm2-notamacaroon          | Bearer fm2-notamacaroon"})
  void normalisesTheTokenAsFlysGoClientDoes(String token, String expected) {
    assertThat(FlyAuthorization.forToken(token).headerValue()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x                     | Bearer x",
      "fm2_macaroon-part     | FlyV1 fm2_macaroon-part",
      "FlyV1 fm2_given       | FlyV1 fm2_given",
      "Bearer fm2_given      | FlyV1 fm2_given"})
  void sendsTheNormalisedHeaderOnTheWire(String token, String expected) {
    wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/v1/apps/a"))
        .willReturn(okJson("{\"name\":\"a\"}")));

    client(token, RetrySettings.NONE, Duration.ofSeconds(5)).getApp("a").block();

    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a")).withHeader("Authorization", equalTo(expected)));
  }

  @Test
  void toStringHidesTheToken() {
    FlyAuthorization authorization = FlyAuthorization.forToken("Bearer fm2_very-secret");

    assertThat(authorization.toString()).doesNotContain("very-secret").contains("FlyV1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"  ", ",", " , ,", "Bearer", "FlyV1 ", "bearer flyv1"})
  void aValueWithoutAnyTokenIsRefused(String token) {
    assertThatThrownBy(() -> FlyAuthorization.forToken(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"${FLY_API_TOKEN}", "Bearer ${FLY_API_TOKEN}", "prefix-${TOKEN}-suffix"})
  void anUnresolvedPlaceholderIsNoTokenAndTheClientBuilderRefusesIt(String token) {
    assertThat(FlyAuthorization.hasUnresolvedPlaceholder(token)).isTrue();
    assertThatThrownBy(() -> ReactiveFlyMachinesClient.builder().token(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unresolved ${...} placeholder");
  }

  @Test
  void aDollarSignWithoutBracesIsNotAPlaceholder() {
    assertThat(FlyAuthorization.hasUnresolvedPlaceholder("to$ken")).isFalse();
    assertThat(FlyAuthorization.hasUnresolvedPlaceholder(null)).isFalse();
  }
}
