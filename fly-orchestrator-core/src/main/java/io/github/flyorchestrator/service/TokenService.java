package io.github.flyorchestrator.service;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.IssuedToken;
import io.github.flyorchestrator.model.TokenAuthorization;
import io.github.flyorchestrator.model.VerifiedToken;
import io.github.flyorchestrator.param.OidcTokenRequest;
import io.github.flyorchestrator.param.TokenAccess;
import java.time.Duration;
import java.util.List;

/**
 * Tokens ({@code /v1/tokens/*} and an app's deploy token), reached as {@code client.tokens()}; the blocking twin is
 * {@link TokenService}. {@code GET /v1/tokens/current} is the root client's {@code currentToken()}. Issued tokens and
 * verified headers are credentials: their records never show them in {@code toString}, and the client logs no body.
 * None of these calls is retried.
 */
public interface TokenService {

  /**
   * {@code POST /v1/apps/{app}/deploy_token}: a token that may deploy this app only.
   *
   * @param appName app name
   * @param expiry how long the token is valid (sent as whole seconds, e.g. {@code "86400s"})
   * @return the token
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid or {@code expiry} is not positive (nothing is
   *     sent)
   * @throws NullPointerException when {@code expiry} is {@code null}
   */
  IssuedToken createDeployToken(String appName, Duration expiry);

  /**
   * {@code POST /v1/tokens/authenticate}: verifies a token header.
   *
   * @param header the {@code Authorization} header value to verify (a credential; never logged)
   * @return one entry per verified macaroon
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 400 for a token that does
   *     not verify)
   * @throws NullPointerException when {@code header} is {@code null}
   */
  List<VerifiedToken> authenticate(String header);

  /**
   * {@code POST /v1/tokens/authorize}: checks whether a token header grants an access.
   *
   * @param header the {@code Authorization} header value (a credential; never logged)
   * @param access the access to check
   * @return the granted access and the verified token
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 400 when the access is
   *     not granted)
   * @throws NullPointerException when {@code header} or {@code access} is {@code null}
   */
  TokenAuthorization authorize(String header, TokenAccess access);

  /**
   * {@code POST /v1/tokens/kms}: a Petsem token for KMS access (callable from a machine).
   *
   * @return the token (plain text in the answer)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  IssuedToken requestKmsToken();

  /**
   * {@code POST /v1/tokens/oidc}: an OpenID Connect token (a JWT) for the calling machine.
   *
   * @param request audience and AWS principal tags ({@link OidcTokenRequest#DEFAULT} for Fly's defaults)
   * @return the token (plain text in the answer)
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws NullPointerException when {@code request} is {@code null}
   */
  IssuedToken requestOidcToken(OidcTokenRequest request);
}
