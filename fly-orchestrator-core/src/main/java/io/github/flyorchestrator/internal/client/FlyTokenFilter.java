package io.github.flyorchestrator.internal.client;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ClientHttpRequest;

/**
 * Adds the {@code Authorization} header only to requests whose scheme, host and port are those of the configured base
 * URL. It is applied to the outgoing {@link ClientHttpRequest} just before it is written (the transport's
 * {@code httpRequest} callback, which every filter's copy of the request carries along), so it sees the URL after any
 * filter the application added; a request a filter sends elsewhere (or a redirect target, which Reactor Netty does
 * not follow here) never gets the token. Setting the header on the request about to be written costs nothing more,
 * where an {@code ExchangeFilterFunction} would have to copy every request to add it. {@link #toString()} never shows
 * the token.
 */
final class FlyTokenFilter implements Consumer<ClientHttpRequest> {

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

  /**
   * Sets the {@code Authorization} header when the request goes to the base URL's origin.
   *
   * @param request the request about to be written
   */
  @Override
  public void accept(ClientHttpRequest request) {
    if (isBaseUrl(request.getURI())) {
      request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization.headerValue());
    }
  }

  /**
   * Whether a request URL is on the configured API origin.
   *
   * @param url the request URL
   * @return {@code true} when scheme, host and port match the base URL
   */
  boolean isBaseUrl(URI url) {
    return url.getScheme() != null && url.getHost() != null
        && scheme.equalsIgnoreCase(url.getScheme())
        && host.equalsIgnoreCase(url.getHost())
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
