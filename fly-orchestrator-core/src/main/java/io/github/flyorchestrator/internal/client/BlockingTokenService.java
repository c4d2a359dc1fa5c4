package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.IssuedToken;
import io.github.flyorchestrator.model.TokenAuthorization;
import io.github.flyorchestrator.model.VerifiedToken;
import io.github.flyorchestrator.param.OidcTokenRequest;
import io.github.flyorchestrator.param.TokenAccess;
import io.github.flyorchestrator.service.ReactiveTokenService;
import io.github.flyorchestrator.service.TokenService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@link TokenService} that blocks on its reactive twin, as {@link BlockingFlyMachinesClient} does: errors reach the
 * caller as {@link BlockingCalls} describes; a paged listing is a lazy stream that fetches a page when it needs one.
 */
final class BlockingTokenService implements TokenService {

  private final ReactiveTokenService reactive;

  BlockingTokenService(ReactiveTokenService reactive) {
    this.reactive = Objects.requireNonNull(reactive, "reactive must not be null");
  }

  @Override
  public IssuedToken createDeployToken(String appName, Duration expiry) {
    return BlockingCalls.block(reactive.createDeployToken(appName, expiry), "token.createDeployToken");
  }

  @Override
  public List<VerifiedToken> authenticate(String header) {
    return BlockingCalls.block(reactive.authenticate(header), "token.authenticate");
  }

  @Override
  public TokenAuthorization authorize(String header, TokenAccess access) {
    return BlockingCalls.block(reactive.authorize(header, access), "token.authorize");
  }

  @Override
  public IssuedToken requestKmsToken() {
    return BlockingCalls.block(reactive.requestKmsToken(), "token.requestKmsToken");
  }

  @Override
  public IssuedToken requestOidcToken(OidcTokenRequest request) {
    return BlockingCalls.block(reactive.requestOidcToken(request), "token.requestOidcToken");
  }
}
