package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad identifiers are refused before any request is sent, with the parameter named. */
class IdentifierValidationTest extends WireMockClientSupport {

  private final ReactiveFlyMachinesClient client = client();

  @AfterEach
  void nothingWasSent() {
    assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  private static void assertRefused(Supplier<?> call, String parameter) {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    assertThatIllegalArgumentException().isThrownBy(call::get).withMessageStartingWith(parameter + " ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b", "..", "a..b/", "my app", "a%2Fb", "a\nb", "-app", "Ä", "a?x=1", "a#b"})
  void badAppNamesAreRefused(String appName) {
    assertRefused(() -> client.getApp(appName), "appName");
  }

  @Test
  void appNameLongerThanADnsLabelIsRefused() {
    assertRefused(() -> client.getApp("a".repeat(64)), "appName");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "m/1", "..", "m%2F1", "m 1", "m\u0000"})
  void badMachineIdsAreRefused(String machineId) {
    assertRefused(() -> client.getMachine("app", machineId), "machineId");
    assertRefused(() -> client.startMachine("app", machineId, null), "machineId");
  }

  @Test
  void badVolumeIdSecretNameMetadataKeyAndNoncesAreRefused() {
    assertRefused(() -> client.getVolume("app", "vol_1/../x"), "volumeId");
    assertRefused(() -> client.deleteSecret("app", "DB URL"), "secretName");
    assertRefused(() -> client.deleteSecret("app", "../KEY"), "secretName");
    assertRefused(() -> client.setMetadata("app", "m1", "a..b", "v"), "key");
    assertRefused(() -> client.deleteMetadata("app", "m1", "a/b"), "key");
    assertRefused(() -> client.startMachine("app", "m1", "nonce\r\nX-Evil: 1"), "leaseNonce");
    assertRefused(() -> client.releaseLease("app", "m1", "bad nonce"), "nonce");
    assertRefused(() -> client.refreshLease("app", "m1", "x".repeat(257), Duration.ofSeconds(30)), "nonce");
    assertRefused(() -> client.listApps("org/x"), "orgSlug");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b", "..", "a..b", "-a.example.com", "a b.com", "a%2Fb", "a.example.com/x",
      "*", "a.*.com", "a\nb"})
  void badHostnamesAreRefusedByEveryCertificateRoute(String hostname) {
    assertRefused(() -> client.certificates().get("app", hostname), "hostname");
    assertRefused(() -> client.certificates().check("app", hostname), "hostname");
    assertRefused(() -> client.certificates().delete("app", hostname), "hostname");
    assertRefused(() -> client.certificates().deleteAcme("app", hostname), "hostname");
    assertRefused(() -> client.certificates().deleteCustom("app", hostname), "hostname");
    assertRefused(() -> client.certificates().requestAcme("app", hostname), "hostname");
  }

  @Test
  void badIdentifiersOfTheResourceGroupsAreRefused() {
    assertRefused(() -> client.certificates().list("a/b"), "appName");
    assertRefused(() -> client.certificates().get("app", "x".repeat(250) + ".com"), "hostname");
    assertRefused(() -> client.ipAssignments().release("app", "1.2.3.4/32"), "ip");
    assertRefused(() -> client.ipAssignments().release("app", ".."), "ip");
    assertRefused(() -> client.ipAssignments().list("a b"), "appName");
    assertRefused(() -> client.secretKeys().get("app", "../k"), "keyName");
    assertRefused(() -> client.secretKeys().delete("app", "k/1"), "keyName");
    assertRefused(() -> client.secretKeys().sign("app", "a..b", new byte[1]), "keyName");
    assertRefused(() -> client.organizations().listMachines("org/x"), "orgSlug");
    assertRefused(() -> client.organizations().listVolumes("../org"), "orgSlug");
    assertRefused(() -> client.tokens().createDeployToken("a?b", Duration.ofHours(1)), "appName");
    assertRefused(() -> client.exec("app", "m/1", io.github.flyorchestrator.param.ExecRequest.of("ls")),
        "machineId");
    assertRefused(() -> client.getMetadataValue("app", "m1", "a/b"), "key");
    assertRefused(() -> client.updateMetadata("app", "m1", java.util.Map.of("a..b", "v"), null), "key");
  }

  @Test
  void validIdentifiersStillGoThrough() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"name\":\"my-app-1\"}")));

    assertThat(client.getApp("my-app-1").block().name()).isEqualTo("my-app-1");

    assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    wireMock.resetRequests();
  }
}
