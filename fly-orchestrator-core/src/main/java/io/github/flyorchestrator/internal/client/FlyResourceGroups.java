package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.service.ReactiveCertificateService;
import io.github.flyorchestrator.service.ReactiveIpAssignmentService;
import io.github.flyorchestrator.service.ReactiveOrganizationService;
import io.github.flyorchestrator.service.ReactivePlatformService;
import io.github.flyorchestrator.service.ReactiveSecretKeyService;
import io.github.flyorchestrator.service.ReactiveTokenService;

/**
 * The resource groups one {@link WebClientFlyMachinesClient} hands out, all over its one {@link FlyExchange}.
 *
 * @param certificates {@code client.certificates()}
 * @param ipAssignments {@code client.ipAssignments()}
 * @param secretKeys {@code client.secretKeys()}
 * @param organizations {@code client.organizations()}
 * @param platform {@code client.platform()}
 * @param tokens {@code client.tokens()}
 */
record FlyResourceGroups(ReactiveCertificateService certificates, ReactiveIpAssignmentService ipAssignments,
    ReactiveSecretKeyService secretKeys, ReactiveOrganizationService organizations, ReactivePlatformService platform,
    ReactiveTokenService tokens) {

  static FlyResourceGroups over(FlyExchange exchange) {
    return new FlyResourceGroups(new WebClientCertificateService(exchange), new WebClientIpAssignmentService(exchange),
        new WebClientSecretKeyService(exchange), new WebClientOrganizationService(exchange),
        new WebClientPlatformService(exchange), new WebClientTokenService(exchange));
  }
}
