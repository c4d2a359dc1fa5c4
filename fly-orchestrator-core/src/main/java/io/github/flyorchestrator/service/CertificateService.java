package io.github.flyorchestrator.service;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.Certificate;
import io.github.flyorchestrator.model.CertificateCheck;
import io.github.flyorchestrator.model.CertificateSummary;
import io.github.flyorchestrator.param.CertificateListOptions;
import io.github.flyorchestrator.param.CustomCertificateRequest;
import java.util.stream.Stream;

/**
 * TLS certificates of an app's hostnames ({@code /v1/apps/{app}/certificates}), reached as {@code
 * client.certificates()}. The reactive twin is {@link ReactiveCertificateService}. Hostnames are checked when a method
 * is called (letters, digits, {@code -}, {@code .}, a leading {@code *.} for wildcards; at most 253 characters).
 */
public interface CertificateService {

  /**
   * {@code GET /v1/apps/{app}/certificates}, every page, fetched as items are requested.
   *
   * @param appName app name
   * @return the hostnames' certificate summaries, a lazy stream: close it to stop fetching
   * @throws FlyException when the API answers with an error or no complete answer comes (while the stream is consumed)
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  default Stream<CertificateSummary> list(String appName) {
    return list(appName, CertificateListOptions.ALL);
  }

  /**
   * {@code GET /v1/apps/{app}/certificates?filter=&limit=&cursor=}, every page, fetched as items are requested: the
   * next page is asked for only when the items of the last one are consumed and more are requested.
   *
   * @param appName app name
   * @param options hostname filter and page size ({@link CertificateListOptions#ALL} for none)
   * @return the hostnames' certificate summaries, a lazy stream: close it to stop fetching
   * @throws FlyException when the API answers with an error or no complete answer comes (while the stream is consumed)
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  Stream<CertificateSummary> list(String appName, CertificateListOptions options);

  /**
   * {@code GET /v1/apps/{app}/certificates/{hostname}}.
   *
   * @param appName app name
   * @param hostname hostname
   * @return the hostname's certificates
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 404 when the hostname has
   *     none)
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  Certificate get(String appName, String hostname);

  /**
   * {@code POST /v1/apps/{app}/certificates/acme}: asks Fly to obtain a certificate (Let's Encrypt) for a hostname.
   * Never retried.
   *
   * @param appName app name
   * @param hostname hostname
   * @return the hostname's certificates, usually pending until DNS is set up
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 422)
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  Certificate requestAcme(String appName, String hostname);

  /**
   * {@code POST /v1/apps/{app}/certificates/custom}: installs a certificate the user brings. Never retried.
   *
   * @param appName app name
   * @param request hostname, chain and private key
   * @return the hostname's certificates
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 422 for a chain that does
   *     not match the key)
   * @throws IllegalArgumentException when {@code appName} or the hostname is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  Certificate addCustom(String appName, CustomCertificateRequest request);

  /**
   * {@code POST /v1/apps/{app}/certificates/{hostname}/check}: has Fly check DNS and issuance now. Retried like a
   * read: it changes nothing but the certificate's recorded state.
   *
   * @param appName app name
   * @param hostname hostname
   * @return the state and the DNS records Fly found
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  CertificateCheck check(String appName, String hostname);

  /**
   * {@code DELETE /v1/apps/{app}/certificates/{hostname}} (204): removes the hostname and all its certificates.
   *
   * @param appName app name
   * @param hostname hostname
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  void delete(String appName, String hostname);

  /**
   * {@code DELETE /v1/apps/{app}/certificates/{hostname}/acme}: removes the Fly-issued certificate only.
   *
   * @param appName app name
   * @param hostname hostname
   * @return the hostname's certificates afterwards
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  Certificate deleteAcme(String appName, String hostname);

  /**
   * {@code DELETE /v1/apps/{app}/certificates/{hostname}/custom}: removes the custom certificate only.
   *
   * @param appName app name
   * @param hostname hostname
   * @return the hostname's certificates afterwards, with the API's {@code warning} if any
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code hostname} is not valid (nothing is sent)
   */
  Certificate deleteCustom(String appName, String hostname);
}
