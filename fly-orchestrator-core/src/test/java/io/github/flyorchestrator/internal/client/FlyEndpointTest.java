package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.settings.HttpVersionPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;

/**
 * Fly's private endpoint {@code http://_api.internal:4280} can be reached although {@link URI} sees no host in it:
 * requests carry a placeholder host, the connection goes to the real host and the {@code Host} header names it.
 */
class FlyEndpointTest extends WireMockClientSupport {

  private static final URI PRIVATE_ENDPOINT = URI.create("http://_api.internal:4280");

  @Test
  void overTlsHttp2IsOfferedBesideHttp11UnlessTheClientIsToldToSpeakHttp11Only() {
    FlyEndpoint endpoint = FlyEndpoint.of(URI.create("https://api.machines.dev"));

    assertThat(endpoint.protocols(HttpVersionPolicy.HTTP2_PREFERRED))
        .containsExactly(HttpProtocol.H2, HttpProtocol.HTTP11);
    assertThat(endpoint.protocols(HttpVersionPolicy.H2C)).containsExactly(HttpProtocol.H2, HttpProtocol.HTTP11);
    assertThat(endpoint.protocols(HttpVersionPolicy.HTTP1_1)).containsExactly(HttpProtocol.HTTP11);
  }

  @Test
  void overPlainHttpOnlyH2cSpeaksHttp2AndThenWithPriorKnowledge() {
    FlyEndpoint endpoint = FlyEndpoint.of(PRIVATE_ENDPOINT);

    assertThat(endpoint.protocols(HttpVersionPolicy.HTTP2_PREFERRED)).containsExactly(HttpProtocol.HTTP11);
    assertThat(endpoint.protocols(HttpVersionPolicy.H2C)).containsExactly(HttpProtocol.H2C);
    assertThat(endpoint.protocols(HttpVersionPolicy.HTTP1_1)).containsExactly(HttpProtocol.HTTP11);
  }

  @Test
  void anOrdinaryBaseUrlIsUsedAsItIs() {
    FlyEndpoint endpoint = FlyEndpoint.of(URI.create("https://api.machines.dev/"));
    HttpClient client = HttpClient.create();

    assertThat(endpoint.apiRoot()).isEqualTo(URI.create("https://api.machines.dev/v1"));
    assertThat(endpoint.configure(client)).isSameAs(client);
  }

  @Test
  void thePrivateEndpointIsReachedWithItsOwnHostHeaderAndTheToken() {
    wireMock.stubFor(get(urlEqualTo("/v1/apps/a")).willReturn(okJson("{\"name\":\"a\"}")));
    List<String> lookedUp = new CopyOnWriteArrayList<>();
    // Stands in for Fly's private DNS, which resolves _api.internal inside a Machine.
    FlyEndpoint endpoint = FlyEndpoint.of(URI.create("http://_api.internal:" + wireMock.port()), host -> {
      lookedUp.add(host);
      return InetAddress.getLoopbackAddress();
    });
    WebClient webClient = WebClient.builder()
        .uriBuilderFactory(new DefaultUriBuilderFactory(endpoint.apiRoot().toString()))
        .clientConnector(new ReactorClientHttpConnector(endpoint.configure(HttpClient.create())))
        .build();

    String body = webClient.get().uri("/apps/{app}", "a")
        .httpRequest(new FlyTokenFilter(endpoint.apiRoot(), FlyAuthorization.forToken(TOKEN)))
        .retrieve().bodyToMono(String.class)
        .block(Duration.ofSeconds(10));

    assertThat(body).contains("\"a\"");
    assertThat(lookedUp).containsOnly("_api.internal");
    assertThat(endpoint.apiRoot().getHost()).isEqualTo(FlyEndpoint.ALIAS_HOST);
    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a"))
        .withHeader(HttpHeaders.HOST, equalTo("_api.internal:" + wireMock.port()))
        .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + TOKEN)));
  }

  @Test
  void theClientCanBeCreatedForThePrivateEndpoint() {
    try (ReactiveFlyMachinesClient client = ReactiveFlyMachinesClient.builder().baseUrl(PRIVATE_ENDPOINT).token(TOKEN)
        .build()) {
      assertThat(client).isNotNull();
    }
  }

  @Test
  void anUnderscoreHostOverHttpsIsRefusedBecauseTlsWouldCheckThePlaceholder() {
    assertThatThrownBy(() -> FlyEndpoint.of(URI.create("https://_api.internal:4280")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only be used over http://");
  }
}
