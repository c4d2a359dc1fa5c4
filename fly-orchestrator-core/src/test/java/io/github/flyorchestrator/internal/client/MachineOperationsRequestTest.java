package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.ExecResult;
import io.github.flyorchestrator.model.MachineMemory;
import io.github.flyorchestrator.model.MachineVersion;
import io.github.flyorchestrator.model.ProcessInfo;
import io.github.flyorchestrator.param.ExecRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The machine routes beside the lifecycle ones (exec, ps, versions, memory, batch metadata) and GET secret. */
class MachineOperationsRequestTest extends WireMockClientSupport {

  private static final String MACHINE = "/v1/apps/a/machines/m1";

  private final ReactiveFlyMachinesClient client = client();

  @Test
  void execPostsCommandStdinContainerAndWholeSecondTimeout() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(
        "{\"exit_code\": 0, \"exit_signal\": 0, \"stdout\": \"hi\\n\", \"stderr\": \"\"}")));

    ExecResult result = client.exec("a", "m1", ExecRequest.builder(List.of("cat")).stdin("hi\n").container("app")
        .timeout(Duration.ofMillis(2500)).build()).block();

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).isEqualTo("hi\n");
    wireMock.verify(postRequestedFor(urlEqualTo(MACHINE + "/exec")).withRequestBody(equalToJson(
        "{\"command\":[\"cat\"],\"container\":\"app\",\"stdin\":\"hi\\n\",\"timeout\":3}")));
  }

  @Test
  void listProcessesSendsSortingAndReadsSockets() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
        [{"pid": 1, "command": "/sbin/init", "cpu": 3, "rss": 1024, "rtime": 5, "stime": 2, "directory": "/",
          "listen_sockets": [{"proto": "tcp", "address": "0.0.0.0:8080"}]}]
        """)));

    List<ProcessInfo> processes = client.listProcesses("a", "m1", "cpu", "desc").block();

    assertThat(processes).singleElement().satisfies(process -> {
      assertThat(process.pid()).isEqualTo(1L);
      assertThat(process.listenSockets()).singleElement().extracting(s -> s.address()).isEqualTo("0.0.0.0:8080");
    });
    wireMock.verify(getRequestedFor(urlEqualTo(MACHINE + "/ps?sort_by=cpu&order=desc")));
  }

  @Test
  void listVersionsReadsEachVersionsConfig() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(
        "[{\"version\": \"01V1\", \"user_config\": {\"image\": \"nginx:1\"}}, {\"version\": \"01V2\"}]")));

    List<MachineVersion> versions = client.listVersions("a", "m1").block();

    assertThat(versions).extracting(MachineVersion::version).containsExactly("01V1", "01V2");
    assertThat(versions.get(0).userConfig().image()).isEqualTo("nginx:1");
    wireMock.verify(getRequestedFor(urlEqualTo(MACHINE + "/versions")));
  }

  @Test
  void getMemoryReadsAvailableAndLimit() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"available_mb\": 100, \"limit_mb\": 256}")));

    MachineMemory memory = client.getMemory("a", "m1").block();

    assertThat(memory.availableMb()).isEqualTo(100L);
    assertThat(memory.limitMb()).isEqualTo(256L);
    wireMock.verify(getRequestedFor(urlEqualTo(MACHINE + "/memory")));
  }

  @Test
  void setMemoryLimitPutsTheLimit() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"available_mb\": 300, \"limit_mb\": 512}")));

    assertThat(client.setMemoryLimit("a", "m1", 512).block().limitMb()).isEqualTo(512L);

    wireMock.verify(putRequestedFor(urlEqualTo(MACHINE + "/memory"))
        .withRequestBody(equalToJson("{\"limit_mb\":512}")));
  }

  @Test
  void reclaimMemoryPostsTheAmount() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"actual_mb\": 48}")));

    assertThat(client.reclaimMemory("a", "m1", 64).block().actualMb()).isEqualTo(48L);

    wireMock.verify(postRequestedFor(urlEqualTo(MACHINE + "/memory/reclaim"))
        .withRequestBody(equalToJson("{\"amount_mb\":64}")));
  }

  @Test
  void getMetadataValueReadsTheValue() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"value\": \"blue\"}")));

    assertThat(client.getMetadataValue("a", "m1", "color").block()).isEqualTo("blue");

    wireMock.verify(getRequestedFor(urlEqualTo(MACHINE + "/metadata/color")));
  }

  @Test
  void updateMetadataPatchesAndPutMetadataPutsChangesWithTheMachineVersion() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("color", "blue");
    changes.put("old", null);

    client.updateMetadata("a", "m1", changes, "01V2").block();
    client.putMetadata("a", "m1", Map.of("color", "red"), null).block();

    wireMock.verify(patchRequestedFor(urlEqualTo(MACHINE + "/metadata")).withRequestBody(equalToJson(
        "{\"metadata\":{\"color\":\"blue\",\"old\":null},\"machine_version\":\"01V2\"}")));
    wireMock.verify(putRequestedFor(urlEqualTo(MACHINE + "/metadata")).withRequestBody(equalToJson(
        "{\"metadata\":{\"color\":\"red\"}}")));
  }

  @Test
  void getSecretReadsNameAndDigest() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"name\": \"DB_URL\", \"digest\": \"abc\"}")));

    AppSecret secret = client.getSecret("a", "DB_URL").block();

    assertThat(secret.digest()).isEqualTo("abc");
    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a/secrets/DB_URL"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }
}
