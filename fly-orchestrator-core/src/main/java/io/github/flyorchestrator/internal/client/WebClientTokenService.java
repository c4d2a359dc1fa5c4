package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.IssuedToken;
import io.github.flyorchestrator.model.TokenAuthorization;
import io.github.flyorchestrator.model.VerifiedToken;
import io.github.flyorchestrator.param.OidcTokenRequest;
import io.github.flyorchestrator.param.TokenAccess;
import io.github.flyorchestrator.service.ReactiveTokenService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * {@link ReactiveTokenService} over the client's {@link FlyExchange}. The KMS and OIDC answers are plain text: the
 * token is the body. Bodies holding a token header are maps the client never logs.
 */
final class WebClientTokenService implements ReactiveTokenService {

  private static final TypeReference<List<VerifiedToken>> VERIFIED_LIST = new TypeReference<>() { };

  private final FlyExchange exchange;

  WebClientTokenService(FlyExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public Mono<IssuedToken> createDeployToken(String appName, Duration expiry) {
    Objects.requireNonNull(expiry, "expiry must not be null");
    if (expiry.isZero() || expiry.isNegative()) {
      throw new IllegalArgumentException("expiry must be positive, was " + expiry);
    }
    long seconds = (expiry.toMillis() + 999) / 1000;
    return exchange.read(FlyCall.of(HttpMethod.POST, FlyRoutes.DEPLOY_TOKEN).path("app", appName)
        .body(Map.of("expiry", seconds + "s")), IssuedToken.class);
  }

  @Override
  public Mono<List<VerifiedToken>> authenticate(String header) {
    Objects.requireNonNull(header, "header must not be null");
    return exchange.read(FlyCall.of(HttpMethod.POST, FlyRoutes.TOKENS_AUTHENTICATE).body(Map.of("header", header)),
        VERIFIED_LIST).map(List::copyOf);
  }

  @Override
  public Mono<TokenAuthorization> authorize(String header, TokenAccess access) {
    Objects.requireNonNull(header, "header must not be null");
    Objects.requireNonNull(access, "access must not be null");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("header", header);
    body.put("access", access);
    return exchange.read(FlyCall.of(HttpMethod.POST, FlyRoutes.TOKENS_AUTHORIZE).body(body),
        TokenAuthorization.class);
  }

  @Override
  public Mono<IssuedToken> requestKmsToken() {
    return exchange.readText(FlyCall.of(HttpMethod.POST, FlyRoutes.TOKENS_KMS)).map(IssuedToken::new);
  }

  @Override
  public Mono<IssuedToken> requestOidcToken(OidcTokenRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    return exchange.readText(FlyCall.of(HttpMethod.POST, FlyRoutes.TOKENS_OIDC).body(request)).map(IssuedToken::new);
  }
}
