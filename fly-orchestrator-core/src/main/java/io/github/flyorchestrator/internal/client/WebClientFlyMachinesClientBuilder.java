package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.Http2AllocationStrategy;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Builds a {@link WebClientFlyMachinesClient}: its own connection pool, a Reactor Netty connector with the settings'
 * timeouts and HTTP versions, the token filter, the transport with rate limiter and retries.
 *
 * <p>When HTTP/2 may be used, the pool's connections are shared by streams and a new one is opened only when every
 * open one carries as many streams as the server allows ({@link Http2AllocationStrategy} with strict reuse): 10,000
 * long-poll waits then take {@code 10,000 / limit} connections instead of whatever the first burst of requests
 * would open in parallel. {@code maxConnections} caps the connections either way.
 */
final class WebClientFlyMachinesClientBuilder implements ReactiveFlyMachinesClient.Builder {

  /** Closes idle connections before a load balancer does, so that a request rarely meets a stale one. */
  private static final Duration MAX_IDLE_TIME = Duration.ofSeconds(30);

  private URI baseUrl = FlyClientSettings.DEFAULT_BASE_URL;
  private FlyAuthorization authorization;
  private WebClient.Builder webClientBuilder;
  private FlyClientSettings settings = FlyClientSettings.DEFAULTS;
  private MeterRegistry meterRegistry;
  private Supplier<Long> nanoTime = System::nanoTime;

  @Override
  public ReactiveFlyMachinesClient.Builder baseUrl(URI baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    return this;
  }

  @Override
  public ReactiveFlyMachinesClient.Builder baseUrl(String baseUrl) {
    return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl must not be null")));
  }

  @Override
  public ReactiveFlyMachinesClient.Builder token(String token) {
    // Refuses a blank value or an unresolved placeholder now, not at the first request.
    this.authorization = FlyAuthorization.forToken(Objects.requireNonNull(token, "token must not be null"));
    return this;
  }

  @Override
  public ReactiveFlyMachinesClient.Builder webClientBuilder(WebClient.Builder webClientBuilder) {
    this.webClientBuilder = Objects.requireNonNull(webClientBuilder, "webClientBuilder must not be null");
    return this;
  }

  @Override
  public ReactiveFlyMachinesClient.Builder settings(FlyClientSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    return this;
  }

  @Override
  public ReactiveFlyMachinesClient.Builder meterRegistry(MeterRegistry meterRegistry) {
    this.meterRegistry = Objects.requireNonNull(meterRegistry, "meterRegistry must not be null");
    return this;
  }

  /**
   * Replaces the rate limiter's clock (tests drive it with virtual time).
   *
   * @param nanoTime monotonic nanoseconds
   * @return this builder
   */
  WebClientFlyMachinesClientBuilder nanoTime(Supplier<Long> nanoTime) {
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime must not be null");
    return this;
  }

  @Override
  public WebClientFlyMachinesClient build() {
    if (authorization == null) {
      throw new IllegalStateException("No Fly API token: call token(...) before build()");
    }
    FlyEndpoint endpoint = FlyEndpoint.of(baseUrl);
    String apiRoot = endpoint.apiRoot().toString();
    HttpProtocol[] protocols = endpoint.protocols(settings.httpVersion());
    ConnectionProvider pool = pool(settings, protocols);
    HttpClient httpClient = endpoint.configure(HttpClient.create(pool))
        .protocol(protocols)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
            settings.connectTimeout().toMillis()))
        .responseTimeout(settings.readTimeout());
    WebClient webClient = (webClientBuilder != null ? webClientBuilder.clone() : WebClient.builder())
        .uriBuilderFactory(new DefaultUriBuilderFactory(apiRoot))
        .defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION))
        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
        .defaultHeader(HttpHeaders.USER_AGENT, WebClientFlyMachinesClient.userAgent())
        .clientConnector(new ReactorClientHttpConnector(httpClient))
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(WebClientFlyMachinesClient.MAX_BODY_BYTES))
        .build();
    FlyJson json = FlyJson.shared();
    if (settings.warmUp()) {
      ClientWarmUp.runOnce(settings, httpClient);
    }
    ReactorRetry retry = new ReactorRetry(RetryPolicies.springRetryPolicy(settings.retry()), meterRegistry);
    FlyHttpTransport transport = new FlyHttpTransport(webClient,
        new FlyTokenFilter(URI.create(apiRoot), authorization), json, retry,
        new FlyRateLimiter(settings.rateLimit(), nanoTime), callSlots(settings, protocols), settings.readTimeout(),
        settings.attemptTimeout(), URI.create(apiRoot).getRawPath(), Clock.systemUTC());
    return new WebClientFlyMachinesClient(transport, json, pool);
  }

  /**
   * When HTTP/2 may be used, ordinary calls in flight are capped at {@code maxConnections} as HTTP/1.1's pool caps
   * them ({@link CallSlots}); over HTTP/1.1 the pool alone does.
   */
  private static CallSlots callSlots(FlyClientSettings settings, HttpProtocol[] protocols) {
    return http2(protocols) ? CallSlots.of(settings.maxConnections(), settings.pendingAcquireTimeout())
        : CallSlots.unlimited();
  }

  private static boolean http2(HttpProtocol[] protocols) {
    return Arrays.stream(protocols).anyMatch(protocol -> protocol != HttpProtocol.HTTP11);
  }

  private static ConnectionProvider pool(FlyClientSettings settings, HttpProtocol[] protocols) {
    ConnectionProvider.Builder pool = ConnectionProvider.builder("fly-machines-api")
        .pendingAcquireMaxCount(-1)
        .pendingAcquireTimeout(settings.pendingAcquireTimeout())
        .maxIdleTime(MAX_IDLE_TIME);
    if (http2(protocols)) {
      pool.allocationStrategy(Http2AllocationStrategy.builder()
          .maxConnections(settings.maxConnections())
          .strictConnectionReuse(true)
          .build());
    } else {
      pool.maxConnections(settings.maxConnections());
    }
    return pool.build();
  }
}
