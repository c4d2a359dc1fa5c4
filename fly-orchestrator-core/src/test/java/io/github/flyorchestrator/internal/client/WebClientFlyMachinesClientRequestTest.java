package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.AppSecretsUpdate;
import io.github.flyorchestrator.model.ExtendVolumeResult;
import io.github.flyorchestrator.model.GuestConfig;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.Volume;
import io.github.flyorchestrator.model.VolumeSnapshot;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateVolumeRequest;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.StopOptions;
import io.github.flyorchestrator.param.UpdateVolumeRequest;
import io.github.flyorchestrator.param.WaitRequest;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/** What the client puts on the wire for each route, and how it reads the documented responses. */
class WebClientFlyMachinesClientRequestTest extends WireMockClientSupport {

  private static final String MACHINE_JSON = """
      {"id": "m1", "name": "web", "state": "created", "region": "ams", "instance_id": "01INST",
       "version": "01VER", "config": {"image": "nginx:alpine"}}
      """;
  private static final String LEASE_DATA = """
      {"nonce": "n-123", "expires_at": 1700000120, "owner": "me@example.com", "description": "deploy",
       "version": "01VER"}
      """;

  private final ReactiveFlyMachinesClient client = client();

  @Test
  void createAppPostsNameAndOrgSlugWithStandardHeaders() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)));

    client.createApp(CreateAppRequest.of("my-app", "personal")).block();

    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps"))
        .withRequestBody(equalToJson("{\"name\":\"my-app\",\"org_slug\":\"personal\"}"))
        .withHeader("Content-Type", matching("application/json.*"))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("User-Agent", matching("fly-orchestrator/.+"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void listAppsUnwrapsTotalAppsEnvelope() {
    wireMock.stubFor(any(urlEqualTo("/v1/apps?org_slug=personal")).willReturn(okJson("""
        {"total_apps": 2, "apps": [{"id": "a1", "name": "one", "machine_count": 1, "network": "default"},
                                   {"id": "a2", "name": "two", "status": "deployed"}]}
        """)));

    List<App> apps = client.listApps("personal").block();

    assertThat(apps).extracting(App::name).containsExactly("one", "two");
    assertThat(apps.get(1).isDeployed()).isTrue();
  }

  @Test
  void createMachinePostsConfigGuestAndRegion() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(MACHINE_JSON)));
    MachineConfig config = MachineConfig.builder("nginx:alpine").guest(GuestConfig.of("shared", 1, 256)).build();

    Machine machine = client.createMachine("my-app", MachineSpec.of(config, "ams")).block();

    assertThat(machine.id()).isEqualTo("m1");
    assertThat(machine.currentVersion()).isEqualTo("01VER");
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/my-app/machines")).withRequestBody(equalToJson("""
        {"config": {"image": "nginx:alpine", "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256}},
         "region": "ams"}
        """)));
  }

  @Test
  void updateMachineSendsCurrentVersionAndLeaseNonce() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(MACHINE_JSON)));
    MachineSpec update =
        MachineSpec.of(MachineConfig.ofImage("nginx:1.27"), null).withCurrentVersion("01VER");

    client.updateMachine("my-app", "m1", update, "n-123").block();

    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/my-app/machines/m1"))
        .withHeader("fly-machine-lease-nonce", equalTo("n-123"))
        .withRequestBody(equalToJson("{\"config\":{\"image\":\"nginx:1.27\"},\"current_version\":\"01VER\"}")));
  }

  @Test
  void mutationsWithoutNonceSendNoNonceHeader() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

    client.startMachine("my-app", "m1", null).block();

    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/my-app/machines/m1/start"))
        .withHeader("fly-machine-lease-nonce", absent()));
  }

  @Test
  void machineActionsUseTheirRoutesBodiesAndNonce() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

    client.stopMachine("a", "m1", new StopOptions("SIGINT", Duration.ofSeconds(10)), "n").block();
    client.restartMachine("a", "m1", Duration.ofSeconds(5), "SIGTERM", "n").block();
    client.signalMachine("a", "m1", "SIGUSR1", "n").block();
    client.suspendMachine("a", "m1", "n").block();
    client.cordonMachine("a", "m1", "n").block();
    client.uncordonMachine("a", "m1", "n").block();
    client.destroyMachine("a", "m1", true, "n").block();

    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/machines/m1/stop"))
        .withHeader("fly-machine-lease-nonce", equalTo("n"))
        .withRequestBody(equalToJson("{\"signal\":\"SIGINT\",\"timeout\":\"10s\"}")));
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/machines/m1/restart?timeout=5&signal=SIGTERM"))
        .withHeader("fly-machine-lease-nonce", equalTo("n")));
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/machines/m1/signal"))
        .withHeader("fly-machine-lease-nonce", equalTo("n"))
        .withRequestBody(equalToJson("{\"signal\":\"SIGUSR1\"}")));
    for (String action : List.of("suspend", "cordon", "uncordon")) {
      wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/machines/m1/" + action))
          .withHeader("fly-machine-lease-nonce", equalTo("n")));
    }
    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/machines/m1?force=true"))
        .withHeader("fly-machine-lease-nonce", equalTo("n")));
  }

  @Test
  void listMachinesSendsFiltersWithCsvStates() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("[" + MACHINE_JSON + "]")));

    List<Machine> machines = client.listMachines("a",
        new MachineListOptions("ams", List.of("started", "stopped"), true, true)).block();

    assertThat(machines).hasSize(1);
    wireMock.verify(getRequestedFor(urlPathEqualTo("/v1/apps/a/machines"))
        .withQueryParam("region", equalTo("ams"))
        .withQueryParam("state", equalTo("started,stopped"))
        .withQueryParam("include_deleted", equalTo("true"))
        .withQueryParam("summary", equalTo("true")));
  }

  @Test
  void waitRepeatsStatesAndSendsVersionAndWholeSecondTimeout() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(
        "{\"ok\":true,\"state\":\"started\",\"version\":\"01VER\",\"event_id\":\"e9\"}")));
    WaitRequest request = new WaitRequest(List.of("started", "stopped"), "01VER", "01INST", "e1",
        Duration.ofSeconds(30));

    WaitResult result = client.waitForState("a", "m1", request).block();

    assertThat(result.ok()).isTrue();
    assertThat(result.eventId()).isEqualTo("e9");
    wireMock.verify(getRequestedFor(urlEqualTo(
        "/v1/apps/a/machines/m1/wait?state=started&state=stopped&version=01VER&from_event_id=e1&timeout=30")));
  }

  @Test
  void waitSendsInstanceIdOnlyWithoutVersion() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"ok\":true}")));

    client.waitForState("a", "m1", new WaitRequest(List.of("stopped"), null, "01INST", null,
        Duration.ofMillis(1500))).block();

    wireMock.verify(getRequestedFor(
        urlEqualTo("/v1/apps/a/machines/m1/wait?state=stopped&instance_id=01INST&timeout=2")));
  }

  @Test
  void acquireLeasePostsTtlAndDescriptionAndUnwrapsEnvelope() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"status\":\"success\",\"data\":" + LEASE_DATA + "}")));

    Lease lease = client.acquireLease("a", "m1", Duration.ofMinutes(2), "deploy").block();

    assertThat(lease.nonce()).isEqualTo("n-123");
    assertThat(lease.expiresAt()).isEqualTo(1700000120L);
    assertThat(lease.version()).isEqualTo("01VER");
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/machines/m1/lease"))
        .withHeader("fly-machine-lease-nonce", absent())
        .withRequestBody(equalToJson("{\"ttl\":120,\"description\":\"deploy\"}")));
  }

  @Test
  void leaseReadsFlatBodyToo() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(LEASE_DATA)));

    Lease lease = client.getLease("a", "m1").block();

    assertThat(lease.nonce()).isEqualTo("n-123");
    assertThat(lease.owner()).isEqualTo("me@example.com");
  }

  @Test
  void refreshAndReleaseSendTheNonceHeader() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"status\":\"success\",\"data\":" + LEASE_DATA + "}")));

    client.refreshLease("a", "m1", "n-123", Duration.ofSeconds(60)).block();
    client.releaseLease("a", "m1", "n-123").block();

    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/machines/m1/lease"))
        .withHeader("fly-machine-lease-nonce", equalTo("n-123"))
        .withRequestBody(equalToJson("{\"ttl\":60}")));
    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/machines/m1/lease"))
        .withHeader("fly-machine-lease-nonce", equalTo("n-123")));
  }

  @Test
  void metadataRoutes() {
    wireMock.stubFor(any(urlEqualTo("/v1/apps/a/machines/m1/metadata"))
        .willReturn(okJson("{\"owner\":\"team-a\",\"tier\":\"web\"}")));
    wireMock.stubFor(any(urlEqualTo("/v1/apps/a/machines/m1/metadata/owner"))
        .willReturn(aResponse().withStatus(204)));

    Map<String, String> metadata = client.getMetadata("a", "m1").block();
    client.setMetadata("a", "m1", "owner", "team-b").block();
    client.deleteMetadata("a", "m1", "owner").block();

    assertThat(metadata).containsExactlyInAnyOrderEntriesOf(Map.of("owner", "team-a", "tier", "web"));
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/machines/m1/metadata/owner"))
        .withRequestBody(equalToJson("{\"value\":\"team-b\"}")));
    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/machines/m1/metadata/owner")));
  }

  @Test
  void volumeRoutesAndBodies() {
    String volume = "{\"id\":\"vol_1\",\"name\":\"data\",\"region\":\"ams\",\"size_gb\":3,\"state\":\"created\","
        + "\"encrypted\":true,\"auto_backup_enabled\":true,\"snapshot_retention\":5,\"future_field\":1}";
    wireMock.stubFor(any(urlEqualTo("/v1/apps/a/volumes")).willReturn(okJson(volume)));
    wireMock.stubFor(any(urlEqualTo("/v1/apps/a/volumes/vol_1")).willReturn(okJson(volume)));
    wireMock.stubFor(any(urlEqualTo("/v1/apps/a/volumes/vol_1/extend"))
        .willReturn(okJson("{\"needs_restart\":true,\"volume\":" + volume + "}")));
    wireMock.stubFor(any(urlEqualTo("/v1/apps/a/volumes/vol_1/snapshots")).willReturn(okJson(
        "[{\"id\":\"vs_1\",\"status\":\"created\",\"size\":1024,\"retention_days\":5}]")));

    Volume created = client.createVolume("a", CreateVolumeRequest.of("data", "ams", 3)).block();
    Volume updated = client.updateVolume("a", "vol_1", new UpdateVolumeRequest(false, 7)).block();
    ExtendVolumeResult extended = client.extendVolume("a", "vol_1", 10).block();
    List<VolumeSnapshot> snapshots = client.listVolumeSnapshots("a", "vol_1").block();
    client.createVolumeSnapshot("a", "vol_1").block();
    client.deleteVolume("a", "vol_1").block();

    assertThat(created.sizeGb()).isEqualTo(3);
    assertThat(updated.snapshotRetention()).isEqualTo(5);
    assertThat(extended.needsRestart()).isTrue();
    assertThat(extended.volume().id()).isEqualTo("vol_1");
    assertThat(snapshots).extracting(VolumeSnapshot::id).containsExactly("vs_1");
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/volumes"))
        .withRequestBody(equalToJson("{\"name\":\"data\",\"region\":\"ams\",\"size_gb\":3}")));
    wireMock.verify(putRequestedFor(urlEqualTo("/v1/apps/a/volumes/vol_1"))
        .withRequestBody(equalToJson("{\"auto_backup_enabled\":false,\"snapshot_retention\":7}")));
    wireMock.verify(putRequestedFor(urlEqualTo("/v1/apps/a/volumes/vol_1/extend"))
        .withRequestBody(equalToJson("{\"size_gb\":10}")));
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/volumes/vol_1/snapshots")));
    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/volumes/vol_1")));
  }

  @Test
  void secretRoutesUseCurrentSpecShapes() {
    wireMock.stubFor(any(urlEqualTo("/v1/apps/a/secrets")).willReturn(okJson(
        "{\"version\":4,\"secrets\":[{\"name\":\"DB_URL\",\"digest\":\"abc\","
            + "\"created_at\":\"2026-01-01T00:00:00Z\"}]}")));
    wireMock.stubFor(any(urlEqualTo("/v1/apps/a/secrets/API_KEY")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"name\":\"API_KEY\",\"digest\":\"d\",\"version\":5,\"Version\":5}")));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("DB_URL", "postgres://x");
    values.put("OLD", null);

    List<AppSecret> secrets = client.listSecrets("a").block();
    AppSecretsUpdate bulk = client.setSecrets("a", values).block();
    AppSecretsUpdate one = client.setSecret("a", "API_KEY", "k-value").block();
    AppSecretsUpdate deleted = client.deleteSecret("a", "API_KEY").block();

    assertThat(secrets).extracting(AppSecret::name).containsExactly("DB_URL");
    assertThat(bulk.version()).isEqualTo(4L);
    assertThat(one.version()).isEqualTo(5L);
    assertThat(deleted.version()).isEqualTo(5L);
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/secrets"))
        .withRequestBody(equalToJson("{\"values\":{\"DB_URL\":\"postgres://x\",\"OLD\":null}}")));
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/secrets/API_KEY"))
        .withRequestBody(equalToJson("{\"value\":\"k-value\"}")));
    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/secrets/API_KEY")));
  }

  @Test
  void theClientKeepsTheGivenBuildersCustomizationsWithoutChangingIt() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"name\":\"a\"}")));
    WebClient.Builder prototype = WebClient.builder().defaultHeader("X-Customized", "yes");

    ReactiveFlyMachinesClient.builder().baseUrl(baseUrl()).token(TOKEN).webClientBuilder(prototype).build()
        .getApp("a").block();
    prototype.build().get().uri(wireMock.baseUrl() + "/plain").retrieve().toBodilessEntity().block();

    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a")).withHeader("X-Customized", equalTo("yes"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    wireMock.verify(getRequestedFor(urlEqualTo("/plain")).withHeader("X-Customized", equalTo("yes"))
        .withHeader("Authorization", absent()).withHeader("User-Agent", notMatching("fly-orchestrator/.*")));
  }

  @Test
  void baseUrlWithTrailingSlashAndPathPrefixIsJoinedWithV1() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"name\":\"a\"}")));
    URI prefixed = URI.create(wireMock.baseUrl() + "/proxy/");

    ReactiveFlyMachinesClient.builder().baseUrl(prefixed).token(TOKEN).build().getApp("a").block();

    wireMock.verify(getRequestedFor(urlEqualTo("/proxy/v1/apps/a")));
  }

  @Test
  void blockingClientUsesTheSameRequests() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(MACHINE_JSON)));
    FlyMachinesClient blocking = FlyMachinesClient.blocking(client);

    Machine machine = blocking.getMachine("a", "m1");

    assertThat(machine.state()).isEqualTo("created");
    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a/machines/m1")));
  }
}
