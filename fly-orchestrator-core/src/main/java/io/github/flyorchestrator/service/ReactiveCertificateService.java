package io.github.flyorchestrator.service;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.Certificate;
import io.github.flyorchestrator.model.CertificateCheck;
import io.github.flyorchestrator.model.CertificateSummary;
import io.github.flyorchestrator.param.CertificateListOptions;
import io.github.flyorchestrator.param.CustomCertificateRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * TLS certificates of an app's hostnames ({@code /v1/apps/{app}/certificates}), reached as {@code
 * client.certificates()}. The blocking twin is {@link CertificateService}. Hostnames are checked when a method is
 * called (letters, digits, {@code -}, {@code .}, a leading {@code *.} for wildcards; at most 253 characters).
 */
public interface ReactiveCertificateService {

  /**
   * {@code GET /v1/apps/{app}/certificates}, every page, fetched as items are requested.
   *
   * @param appName app name
   * @return the hostnames' certificate summaries; the {@code Flux} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  default Flux<CertificateSummary> list(String appName) {
    return list(appName, CertificateListOptions.ALL);
  }

  /**
   * {@code GET /v1/apps/{app}/certificates?filter=&limit=&cursor=}, every page, fetched as items are requested: the
   * next page is asked for only when the items of the last one are consumed and more are requested.
   *
   * @param appName app name
   * @param options hostname filter and page size ({@link CertificateListOptions#ALL} for none)
   * @return the hostnames' certificate summaries; the {@code Flux} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  Flux<CertificateSummary> list(String appName, CertificateListOptions options);

  /**
   * {@code GET /v1/apps/{app}/certificates/{hostname}}.
   *
   * @param appName app name
   * @param hostname hostname
   * @return the hostname's certificates; the {@code Mono} fails with {@link FlyException} when the API answers with an
   *     error or no complete answer comes (e.g. 404 when the hostname has none)
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  Mono<Certificate> get(String appName, String hostname);

  /**
   * {@code POST /v1/apps/{app}/certificates/acme}: asks Fly to obtain a certificate (Let's Encrypt) for a hostname.
   * Never retried.
   *
   * @param appName app name
   * @param hostname hostname
   * @return the hostname's certificates, usually pending until DNS is set up; the {@code Mono} fails with
   *     {@link FlyException} when the API answers with an error or no complete answer comes (e.g. 422)
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  Mono<Certificate> requestAcme(String appName, String hostname);

  /**
   * {@code POST /v1/apps/{app}/certificates/custom}: installs a certificate the user brings. Never retried.
   *
   * @param appName app name
   * @param request hostname, chain and private key
   * @return the hostname's certificates; the {@code Mono} fails with {@link FlyException} when the API answers with
   *     an error or no complete answer comes (e.g. 422 for a chain that does not match the key)
   * @throws IllegalArgumentException when {@code appName} or the hostname is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  Mono<Certificate> addCustom(String appName, CustomCertificateRequest request);

  /**
   * {@code POST /v1/apps/{app}/certificates/{hostname}/check}: has Fly check DNS and issuance now. Retried like a
   * read: it changes nothing but the certificate's recorded state.
   *
   * @param appName app name
   * @param hostname hostname
   * @return the state and the DNS records Fly found; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  Mono<CertificateCheck> check(String appName, String hostname);

  /**
   * {@code DELETE /v1/apps/{app}/certificates/{hostname}} (204): removes the hostname and all its certificates.
   *
   * @param appName app name
   * @param hostname hostname
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  Mono<Void> delete(String appName, String hostname);

  /**
   * {@code DELETE /v1/apps/{app}/certificates/{hostname}/acme}: removes the Fly-issued certificate only.
   *
   * @param appName app name
   * @param hostname hostname
   * @return the hostname's certificates afterwards; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  Mono<Certificate> deleteAcme(String appName, String hostname);

  /**
   * {@code DELETE /v1/apps/{app}/certificates/{hostname}/custom}: removes the custom certificate only.
   *
   * @param appName app name
   * @param hostname hostname
   * @return the hostname's certificates afterwards, with the API's {@code warning} if any; the {@code Mono} fails
   *     with {@link FlyException} when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  Mono<Certificate> deleteCustom(String appName, String hostname);
}
