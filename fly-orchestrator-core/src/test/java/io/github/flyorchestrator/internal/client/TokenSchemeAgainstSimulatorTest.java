package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.test.ApiVariants.TokenCheck;
import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimulatorOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Against the simulator in strict mode, which refuses a macaroon sent as {@code Bearer} as Fly does: every way a user
 * may write a token is accepted, and the simulator receives exactly the token it expects.
 */
class TokenSchemeAgainstSimulatorTest {

  private static FlyApiSimulator strictSimulator(String acceptedToken) {
    return FlyApiSimulator.start(SimulatorOptions.defaults().withToken(acceptedToken).withRateLimits(false)
        .withVariants(ApiVariants.defaults().withTokenCheck(TokenCheck.STRICT)));
  }

  @ParameterizedTest(name = "[{index}] configured {0}, the API expects {1}")
  @CsvSource(delimiter = '|', value = {
      "fm2_abc                 | fm2_abc",
      "Bearer fm2_abc          | fm2_abc",
      "bearer fm2_abc          | fm2_abc",
      "FlyV1 fm2_abc           | fm2_abc",
      "fm2_a,fm1a_b            | fm2_a,fm1a_b",
      "Bearer fm2_a, fm1a_b    | fm2_a,fm1a_b",
      "fm2_a,plain-user-token  | fm2_a",
      "plain-user-token        | plain-user-token",
      "Bearer plain-user-token | plain-user-token"})
  void everyWayOfWritingATokenIsAcceptedByTheStrictSimulator(String configured, String expected) {
    try (FlyApiSimulator simulator = strictSimulator(expected);
        ReactiveFlyMachinesClient client = ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl())
            .token(configured).build()) {

      assertThat(client.currentToken().block()).isNotNull();
    }
  }

  @ParameterizedTest
  @CsvSource({"fm2_abc", "'fm2_a,fm1a_b'"})
  void theStrictSimulatorRefusesAMacaroonSentAsBearerAsFlyDoes(String macaroon) {
    try (FlyApiSimulator simulator = strictSimulator(macaroon)) {
      WebClient naive = WebClient.builder().baseUrl(simulator.baseUrl())
          .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + macaroon).build();

      WebClientResponseException refused = catchThrowableOfType(WebClientResponseException.class,
          () -> naive.get().uri("/v1/tokens/current").retrieve().bodyToMono(String.class).block());

      assertThat(refused.getStatusCode().value()).isEqualTo(401);
      assertThat(refused.getResponseBodyAsString()).contains(TokenCheck.MACAROON_AS_BEARER_ERROR);
    }
  }
}
