package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Machine metadata, signals and volume snapshots: the routes the client has besides the lifecycle. */
@WithFlyApiSimulator(timeScale = 0.01, rateLimits = false)
class MetadataSignalSnapshotTest {

  FlyApiSimulator simulator;

  private SimHttp http() {
    return new SimHttp(simulator);
  }

  private String machineWithMetadata(SimHttp http, String app) {
    http.createApp(app);
    String id = http.post("/apps/" + app + "/machines",
        "{\"config\":{\"image\":\"nginx\",\"metadata\":{\"role\":\"web\"}}}").json().get("id").asString();
    http.awaitState(app, id, "started");
    return id;
  }

  private SimHttp.Resp send(SimHttp http, String method, String path, String json) {
    return http.send(http.request(path).method(method, HttpRequest.BodyPublishers.ofString(json)).build());
  }

  @Test
  void metadataIsTheConfigsMetadataAndOneKeyCanBeSetReadAndDeleted() {
    SimHttp http = http();
    String path = "/apps/meta-one/machines/" + machineWithMetadata(http, "meta-one");
    String version = http.get(path).json().get("version").asString();
    assertThat(http.get(path + "/metadata").json()).isEqualTo(SimHttp.JSON.readTree("{\"role\":\"web\"}"));
    assertThat(http.get(path + "/metadata/role").json().get("value").asString()).isEqualTo("web");
    SimHttp.Resp missing = http.get(path + "/metadata/absent");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error").asString()).contains("absent");

    SimHttp.Resp set = http.post(path + "/metadata/launch_id", "{\"value\":\"01ABC\"}");
    assertThat(set.status()).isEqualTo(204);
    assertThat(set.body()).isEmpty();
    JsonNode machine = http.get(path).json();
    assertThat(machine.get("config").get("metadata").get("launch_id").asString()).isEqualTo("01ABC");
    assertThat(machine.get("version").asString()).as("metadata is not a new version").isEqualTo(version);
    assertThat(http.post(path + "/metadata/launch_id", "{\"value\":5}").status()).isEqualTo(400);

    assertThat(http.delete(path + "/metadata/role").status()).isEqualTo(204);
    assertThat(http.get(path + "/metadata").json()).isEqualTo(SimHttp.JSON.readTree("{\"launch_id\":\"01ABC\"}"));
  }

  @Test
  void putAndPatchSetAndRemoveSeveralKeysUnlessTheMachineVersionIsStale() {
    SimHttp http = http();
    String path = "/apps/meta-many/machines/" + machineWithMetadata(http, "meta-many");
    String version = http.get(path).json().get("version").asString();
    assertThat(send(http, "PUT", path + "/metadata",
        "{\"metadata\":{\"a\":\"1\",\"b\":\"2\",\"role\":null}}").status()).isEqualTo(204);
    assertThat(http.get(path + "/metadata").json()).isEqualTo(SimHttp.JSON.readTree("{\"a\":\"1\",\"b\":\"2\"}"));
    assertThat(send(http, "PATCH", path + "/metadata",
        "{\"metadata\":{\"a\":\"\",\"c\":\"3\"},\"machine_version\":\"" + version + "\"}").status()).isEqualTo(204);
    assertThat(http.get(path + "/metadata").json()).isEqualTo(SimHttp.JSON.readTree("{\"b\":\"2\",\"c\":\"3\"}"));

    SimHttp.Resp stale = send(http, "PUT", path + "/metadata",
        "{\"metadata\":{\"d\":\"4\"},\"machine_version\":\"01AAAAAAAAAAAAAAAAAAAAAAAA\"}");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("error").asString()).contains("machine_version");
    assertThat(send(http, "PATCH", path + "/metadata", "{\"metadata\":{\"d\":4}}").status()).isEqualTo(400);
    assertThat(send(http, "PUT", path + "/metadata", "{}").status()).isEqualTo(400);
    assertThat(http.get(path + "/metadata").json().has("d")).isFalse();
  }

  @Test
  void aStartedMachineTakesASignalByNameOrNumber() {
    SimHttp http = http();
    http.createApp("signal");
    String id = http.createMachine("signal", "\"skip_launch\":true").get("id").asString();
    String path = "/apps/signal/machines/" + id;
    SimHttp.Resp early = http.post(path + "/signal", "{\"signal\":\"SIGUSR1\"}");
    assertThat(early.status()).isEqualTo(412);
    assertThat(early.json().get("error").asString()).isEqualTo("unable to signal machine from current state: created");
    http.post(path + "/start", "");
    http.awaitState("signal", id, "started");
    assertThat(http.post(path + "/signal", "{\"signal\":\"SIGUSR1\"}").status()).isEqualTo(200);
    assertThat(http.post(path + "/signal", "{\"signal\":9}").status()).isEqualTo(200);
    assertThat(simulator.machineState("signal", id)).isEqualTo("started");
    SimHttp.Resp unknown = http.post(path + "/signal", "{\"signal\":\"SIGNOPE\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("error").asString()).contains("SIGUSR1");
  }

  @Test
  void volumeSnapshotsAreCreatedAndListedUntilTheVolumeIsDeleted() {
    SimHttp http = http();
    http.createApp("snap");
    String volume = "/apps/snap/volumes/" + http.post("/apps/snap/volumes",
        "{\"name\":\"data\",\"size_gb\":2,\"snapshot_retention\":9}").json().get("id").asString();
    assertThat(http.get(volume + "/snapshots").json().size()).isZero();
    SimHttp.Resp created = http.post(volume + "/snapshots", "");
    assertThat(created.status()).isEqualTo(200);
    http.post(volume + "/snapshots", "");
    JsonNode snapshots = http.get(volume + "/snapshots").json();
    assertThat(snapshots.size()).isEqualTo(2);
    JsonNode first = snapshots.get(0);
    assertThat(first.get("id").asString()).startsWith("vs_");
    assertThat(first.get("status").asString()).isEqualTo("created");
    assertThat(first.get("volume_size").asLong()).isEqualTo(2L << 30);
    assertThat(first.get("retention_days").asInt()).isEqualTo(9);
    assertThat(first.get("created_at").asString()).isNotBlank();
    assertThat(http.get("/apps/snap/volumes/vol_missing/snapshots").status()).isEqualTo(404);
    http.delete(volume);
    assertThat(http.get(volume + "/snapshots").status()).isEqualTo(404);
  }

  @Test
  void metadataWritesAndSignalsTakeEffectBehindAnAmbiguousAnswer() {
    SimHttp http = http();
    String path = "/apps/meta-ae/machines/" + machineWithMetadata(http, "meta-ae");
    simulator.faults().nextForApp(SimRoute.MACHINES_UPSERT_METADATA, "meta-ae", 1, Fault.afterEffect(408));
    assertThat(http.post(path + "/metadata/k", "{\"value\":\"v\"}").status()).isEqualTo(408);
    assertThat(http.get(path + "/metadata/k").json().get("value").asString()).isEqualTo("v");
    simulator.faults().nextForApp(SimRoute.MACHINES_DELETE_METADATA, "meta-ae", 1, Fault.afterEffect(503));
    assertThat(http.delete(path + "/metadata/k").status()).isEqualTo(503);
    assertThat(http.get(path + "/metadata/k").status()).isEqualTo(404);
    simulator.faults().nextForApp(SimRoute.MACHINES_SIGNAL, "meta-ae", 1, Fault.afterEffect(408));
    assertThat(http.post(path + "/signal", "{\"signal\":\"SIGHUP\"}").status()).isEqualTo(408);
    simulator.faults().nextForApp(SimRoute.VOLUMES_CREATE_SNAPSHOT, "meta-ae", 1, Fault.afterEffect(503));
    String volume = "/apps/meta-ae/volumes/" + http.post("/apps/meta-ae/volumes", "{\"name\":\"d\"}").json()
        .get("id").asString();
    assertThat(http.post(volume + "/snapshots", "").status()).isEqualTo(503);
    assertThat(http.get(volume + "/snapshots").json().size()).isEqualTo(1);
  }

  @Test
  void metadataWritesAndSignalsOnAnUnreachableHostAnswer503WhileReadsWork() {
    SimHttp http = http();
    String id = machineWithMetadata(http, "meta-host");
    String path = "/apps/meta-host/machines/" + id;
    simulator.hostUnreachable("meta-host", id, true);
    assertThat(http.post(path + "/metadata/k", "{\"value\":\"v\"}").status()).isEqualTo(503);
    assertThat(http.delete(path + "/metadata/role").status()).isEqualTo(503);
    assertThat(send(http, "PATCH", path + "/metadata", "{\"metadata\":{\"a\":\"1\"}}").status()).isEqualTo(503);
    assertThat(http.post(path + "/signal", "{\"signal\":\"SIGHUP\"}").status()).isEqualTo(503);
    assertThat(http.get(path + "/metadata").json().get("role").asString()).isEqualTo("web");
  }
}
