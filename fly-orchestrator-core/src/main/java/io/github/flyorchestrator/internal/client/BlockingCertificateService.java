package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.Certificate;
import io.github.flyorchestrator.model.CertificateCheck;
import io.github.flyorchestrator.model.CertificateSummary;
import io.github.flyorchestrator.param.CertificateListOptions;
import io.github.flyorchestrator.param.CustomCertificateRequest;
import io.github.flyorchestrator.service.CertificateService;
import io.github.flyorchestrator.service.ReactiveCertificateService;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@link CertificateService} that blocks on its reactive twin, as {@link BlockingFlyMachinesClient} does: errors reach
 * the caller as {@link BlockingCalls} describes; a paged listing is a lazy stream that fetches a page when it needs
 * one.
 */
final class BlockingCertificateService implements CertificateService {

  private final ReactiveCertificateService reactive;

  BlockingCertificateService(ReactiveCertificateService reactive) {
    this.reactive = Objects.requireNonNull(reactive, "reactive must not be null");
  }

  @Override
  public Stream<CertificateSummary> list(String appName, CertificateListOptions options) {
    return BlockingCalls.stream(reactive.list(appName, options));
  }

  @Override
  public Certificate get(String appName, String hostname) {
    return BlockingCalls.block(reactive.get(appName, hostname), "certificate.get");
  }

  @Override
  public Certificate requestAcme(String appName, String hostname) {
    return BlockingCalls.block(reactive.requestAcme(appName, hostname), "certificate.requestAcme");
  }

  @Override
  public Certificate addCustom(String appName, CustomCertificateRequest request) {
    return BlockingCalls.block(reactive.addCustom(appName, request), "certificate.addCustom");
  }

  @Override
  public CertificateCheck check(String appName, String hostname) {
    return BlockingCalls.block(reactive.check(appName, hostname), "certificate.check");
  }

  @Override
  public void delete(String appName, String hostname) {
    BlockingCalls.block(reactive.delete(appName, hostname), "certificate.delete");
  }

  @Override
  public Certificate deleteAcme(String appName, String hostname) {
    return BlockingCalls.block(reactive.deleteAcme(appName, hostname), "certificate.deleteAcme");
  }

  @Override
  public Certificate deleteCustom(String appName, String hostname) {
    return BlockingCalls.block(reactive.deleteCustom(appName, hostname), "certificate.deleteCustom");
  }
}
