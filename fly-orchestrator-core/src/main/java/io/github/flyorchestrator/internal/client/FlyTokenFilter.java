package io.github.flyorchestrator.internal.client;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * Adds the {@code Authorization} header only to requests whose scheme, host and port are those of the configured base
 * URL. It is the client's innermost filter, so it sees the URL after any filter the application added; a request a
 * filter sends elsewhere (or a redirect target, which Reactor Netty does not follow here) never gets the token.
 * {@link #toString()} never shows the token.
 */
final class FlyTokenFilter implements ExchangeFilterFunction {

  private final String scheme;
  private final String host;
  private final int port;
  private final FlyAuthorization authorization;

  FlyTokenFilter(URI baseUrl, FlyAuthorization authorization) {
    this.scheme = baseUrl.getScheme().toLowerCase(Locale.ROOT);
    this.host = baseUrl.getHost().toLowerCase(Locale.ROOT);
    this.port = effectivePort(baseUrl);
    this.authorization = Objects.requireNonNull(authorization);
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    if (!isBaseUrl(request.url())) {
      return next.exchange(request);
    }
    ClientRequest authorized = ClientRequest.from(request)
        .headers(headers -> headers.set(HttpHeaders.AUTHORIZATION, authorization.headerValue()))
        .build();
    return next.exchange(authorized);
  }

  /**
   * Whether a request URL is on the configured API origin.
   *
   * @param url the request URL
   * @return {@code true} when scheme, host and port match the base URL
   */
  boolean isBaseUrl(URI url) {
    return url.getScheme() != null && url.getHost() != null
        && scheme.equals(url.getScheme().toLowerCase(Locale.ROOT))
        && host.equals(url.getHost().toLowerCase(Locale.ROOT))
        && port == effectivePort(url);
  }

  private static int effectivePort(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "FlyTokenFilter[" + scheme + "://" + host + ":" + port + ", " + authorization + "]";
  }
}
