package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;

/** The token goes only to the base URL's scheme, host and port. */
class TokenDestinationTest extends WireMockClientSupport {

  private WireMockServer elsewhere;

  @BeforeEach
  void startSecondServer() {
    elsewhere = new WireMockServer(options().dynamicPort());
    elsewhere.start();
  }

  @AfterEach
  void stopSecondServer() {
    elsewhere.stop();
  }

  @Test
  void requestsToTheBaseUrlCarryTheToken() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"name\":\"a\"}")));

    client().getApp("a").block();

    wireMock.verify(anyRequestedFor(anyUrl()).withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + TOKEN)));
  }

  @Test
  void aRequestAnApplicationFilterSendsToAnotherHostGetsNoToken() {
    elsewhere.stubFor(any(anyUrl()).willReturn(okJson("{\"name\":\"a\"}")));
    URI other = URI.create(elsewhere.baseUrl());
    WebClient.Builder rerouting = WebClient.builder().filter((request, next) -> next.exchange(
        ClientRequest.from(request).url(URI.create(other + request.url().getRawPath())).build()));
    ReactiveFlyMachinesClient client = ReactiveFlyMachinesClient.builder().baseUrl(baseUrl()).token(TOKEN)
        .webClientBuilder(rerouting).build();

    client.getApp("a").block();

    elsewhere.verify(1, anyRequestedFor(anyUrl()).withHeader(HttpHeaders.AUTHORIZATION, absent()));
    assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void anAuthorizationDefaultHeaderOfTheBuilderIsNotSentElsewhereEither() {
    elsewhere.stubFor(any(anyUrl()).willReturn(okJson("{\"name\":\"a\"}")));
    URI other = URI.create(elsewhere.baseUrl());
    WebClient.Builder builder = WebClient.builder()
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
        .filter((request, next) -> next.exchange(
            ClientRequest.from(request).url(URI.create(other + request.url().getRawPath())).build()));

    ReactiveFlyMachinesClient.builder().baseUrl(baseUrl()).token(TOKEN).webClientBuilder(builder).build()
        .getApp("a").block();

    elsewhere.verify(1, anyRequestedFor(anyUrl()).withHeader(HttpHeaders.AUTHORIZATION, absent()));
  }

  @Test
  void originMatchingComparesSchemeHostAndPort() {
    FlyTokenFilter filter = new FlyTokenFilter(URI.create("https://api.machines.dev/v1"),
        FlyAuthorization.forToken(TOKEN));

    assertThat(filter.isBaseUrl(URI.create("https://API.machines.dev:443/v1/apps"))).isTrue();
    assertThat(filter.isBaseUrl(URI.create("http://api.machines.dev/v1/apps"))).isFalse();
    assertThat(filter.isBaseUrl(URI.create("https://api.machines.dev:8443/v1/apps"))).isFalse();
    assertThat(filter.isBaseUrl(URI.create("https://api.machines.dev.evil.example/v1/apps"))).isFalse();
    assertThat(filter.toString()).doesNotContain(TOKEN);
  }
}
