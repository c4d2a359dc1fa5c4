package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.settings.HttpVersionPolicy;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;

/**
 * Where the client sends its requests: the API root ({@code baseUrl + "/v1"}) as {@link java.net.URI} can hold it,
 * and how Reactor Netty reaches it (address and HTTP versions).
 *
 * <p>Fly's private endpoint {@code http://_api.internal:4280} has an underscore in its host name. Go's URL parser
 * takes it, but {@link URI} does not see a host in it, and Reactor Netty refuses a request URI without a host
 * ("Host is not specified"). For such a host the requests are addressed to the placeholder host
 * {@value #ALIAS_HOST} (a reserved name that never resolves in DNS), the client's resolver looks the real host up
 * in its place (with the JVM's resolver), and the {@code Host} header names the real authority. Any other base URL is
 * used as it is.
 */
final class FlyEndpoint {

  /** The host name request URIs carry when the real host cannot be held by {@link URI}. */
  static final String ALIAS_HOST = "fly-machines-api.invalid";

  /** Looks a host name up, e.g. {@link InetAddress#getByName(String)}. */
  @FunctionalInterface
  interface HostLookup {
    /**
     * @param host a host name
     * @return its address
     * @throws UnknownHostException when it has none
     */
    InetAddress lookup(String host) throws UnknownHostException;
  }

  private final URI apiRoot;
  private final String realHost;
  private final String hostHeader;
  private final HostLookup lookup;

  private FlyEndpoint(URI apiRoot, String realHost, String hostHeader, HostLookup lookup) {
    this.apiRoot = apiRoot;
    this.realHost = realHost;
    this.hostHeader = hostHeader;
    this.lookup = lookup;
  }

  /**
   * The endpoint of a base URL; a host the URI cannot hold is looked up with {@link InetAddress#getByName(String)}.
   *
   * @param baseUrl the API root without {@code /v1}
   * @return the endpoint
   */
  static FlyEndpoint of(URI baseUrl) {
    return of(baseUrl, InetAddress::getByName);
  }

  /**
   * As {@link #of(URI)}, with the lookup of a host name the URI cannot hold.
   *
   * @param baseUrl the API root without {@code /v1}
   * @param lookup looks the real host up when a connection is opened
   * @return the endpoint
   */
  static FlyEndpoint of(URI baseUrl, HostLookup lookup) {
    String root = stripTrailingSlashes(baseUrl.toString()) + "/v1";
    URI apiRoot = URI.create(root);
    if (apiRoot.getHost() != null) {
      return new FlyEndpoint(apiRoot, null, null, null);
    }
    UriComponents parsed = UriComponentsBuilder.fromUriString(root).build();
    String host = parsed.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("base URL " + baseUrl + " names no host");
    }
    if (!"http".equalsIgnoreCase(parsed.getScheme())) {
      // TLS would check the certificate against the placeholder host name.
      throw new IllegalArgumentException("base URL " + baseUrl + ": a host name like '" + host
          + "' can only be used over http:// (as Fly's private endpoint http://_api.internal:4280 is)");
    }
    URI aliased = UriComponentsBuilder.fromUriString(root).host(ALIAS_HOST).build(true).toUri();
    String authority = host.toLowerCase(Locale.ROOT) + (parsed.getPort() >= 0 ? ":" + parsed.getPort() : "");
    return new FlyEndpoint(aliased, host, authority, lookup);
  }

  /** @return the URI every request path is appended to, e.g. {@code https://api.machines.dev/v1} */
  URI apiRoot() {
    return apiRoot;
  }

  /**
   * The HTTP versions Reactor Netty may use for this endpoint under a policy. Over TLS, HTTP/2 is offered beside
   * HTTP/1.1 and the server picks (ALPN). Over plain http nothing negotiates the version: HTTP/1.1, unless the policy
   * is h2c, which then speaks HTTP/2 from the first byte ({@link HttpProtocol#H2C} alone is prior knowledge; beside
   * HTTP/1.1 it would be the upgrade handshake, which Fly's endpoints are not known to answer either).
   *
   * @param policy the settings' policy
   * @return the protocols, never empty
   */
  HttpProtocol[] protocols(HttpVersionPolicy policy) {
    boolean tls = "https".equalsIgnoreCase(apiRoot.getScheme());
    return switch (policy) {
      case HTTP1_1 -> new HttpProtocol[] {HttpProtocol.HTTP11};
      case HTTP2_PREFERRED -> tls
          ? new HttpProtocol[] {HttpProtocol.H2, HttpProtocol.HTTP11}
          : new HttpProtocol[] {HttpProtocol.HTTP11};
      case H2C -> tls
          ? new HttpProtocol[] {HttpProtocol.H2, HttpProtocol.HTTP11}
          : new HttpProtocol[] {HttpProtocol.H2C};
    };
  }

  /**
   * Makes the HTTP client reach the real host when request URIs carry the placeholder host; otherwise returns it
   * unchanged.
   *
   * @param client the Reactor Netty client
   * @return the client to use
   */
  HttpClient configure(HttpClient client) {
    if (realHost == null) {
      return client;
    }
    return client.resolver(new AliasResolverGroup())
        .headers(headers -> headers.set(HttpHeaders.HOST, hostHeader));
  }

  private static String stripTrailingSlashes(String url) {
    String result = url;
    while (result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  /** Resolves the placeholder host as the real host and any other name as it is. */
  private final class AliasResolverGroup extends AddressResolverGroup<InetSocketAddress> {

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
      return new InetSocketAddressResolver(executor, new InetNameResolver(executor) {
        @Override
        protected void doResolve(String host, Promise<InetAddress> promise) {
          try {
            promise.setSuccess(lookup.lookup(ALIAS_HOST.equalsIgnoreCase(host) ? realHost : host));
          } catch (UnknownHostException | RuntimeException e) {
            promise.setFailure(e);
          }
        }

        @Override
        protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
          try {
            promise.setSuccess(List.of(lookup.lookup(ALIAS_HOST.equalsIgnoreCase(host) ? realHost : host)));
          } catch (UnknownHostException | RuntimeException e) {
            promise.setFailure(e);
          }
        }
      });
    }
  }
}
