package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Ids;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Volumes: list, create, get, update (PUT), delete, extend (PUT), and their snapshots (list, create). Kept as Volume
 * and VolumeSnapshot JSON documents. A snapshot is {@code created} at once; a deleted volume's snapshots go with it.
 */
final class VolumeHandlers {

  private static final long GIB = 1L << 30;

  private final SimulatorState state;
  private final SimulatorClock clock;

  VolumeHandlers(SimulatorState state, SimulatorClock clock) {
    this.state = state;
    this.clock = clock;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.VOLUMES_LIST, RouteHandler.sync(this::list));
    routes.put(SimRoute.VOLUMES_CREATE, RouteHandler.sync(this::create));
    routes.put(SimRoute.VOLUMES_GET, RouteHandler.sync(call -> SimResponse.json(200, volume(call).deepCopy())));
    routes.put(SimRoute.VOLUMES_UPDATE, RouteHandler.sync(this::update));
    routes.put(SimRoute.VOLUMES_DELETE, RouteHandler.sync(this::delete));
    routes.put(SimRoute.VOLUMES_EXTEND, RouteHandler.sync(this::extend));
    routes.put(SimRoute.VOLUMES_LIST_SNAPSHOTS, RouteHandler.sync(this::listSnapshots));
    routes.put(SimRoute.VOLUMES_CREATE_SNAPSHOT, RouteHandler.sync(this::createSnapshot));
  }

  private SimResponse listSnapshots(ApiCall call) {
    volume(call);
    ArrayNode array = Json.MAPPER.createArrayNode();
    state.app(call.app()).snapshots().getOrDefault(call.id(), List.of()).forEach(s -> array.add(s.deepCopy()));
    return SimResponse.json(200, array);
  }

  private SimResponse createSnapshot(ApiCall call) {
    ObjectNode volume = volume(call);
    ObjectNode snapshot = Json.object();
    synchronized (volume) {
      long volumeBytes = volume.path("size_gb").asLong() * GIB;
      snapshot.put("id", "vs_" + Ids.hex(8));
      snapshot.put("status", "created");
      snapshot.put("size", volumeBytes / 8);
      snapshot.put("volume_size", volumeBytes);
      snapshot.put("digest", Ids.hex(16));
      snapshot.put("retention_days", volume.path("snapshot_retention").asInt());
      snapshot.put("created_at", Instant.ofEpochMilli(clock.nowMillis()).toString());
    }
    state.app(call.app()).snapshots().computeIfAbsent(call.id(), id -> new CopyOnWriteArrayList<>()).add(snapshot);
    return SimResponse.raw(200, "");
  }

  private ObjectNode volume(ApiCall call) {
    ObjectNode volume = state.app(call.app()).volumes().get(call.id());
    if (volume == null) {
      throw ApiError.notFound("volume");
    }
    return volume;
  }

  private SimResponse list(ApiCall call) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    state.app(call.app()).volumes().values().stream()
        .sorted(Comparator.comparing(v -> Json.text(v, "created_at")))
        .forEach(v -> array.add(v.deepCopy()));
    return SimResponse.json(200, array);
  }

  private SimResponse create(ApiCall call) {
    SimApp app = state.app(call.app());
    ObjectNode body = call.json();
    String name = Json.text(body, "name");
    if (name == null) {
      throw ApiError.badRequest("invalid_argument: volume name is required");
    }
    String id = "vol_" + Ids.hex(8);
    ObjectNode volume = Json.object();
    volume.put("id", id);
    volume.put("name", name);
    volume.put("state", "created");
    String region = Json.text(body, "region");
    volume.put("region", region == null ? "ord" : region);
    volume.put("zone", Ids.hex(2));
    volume.put("size_gb", body.path("size_gb").asInt(1));
    volume.put("encrypted", body.path("encrypted").asBoolean(true));
    volume.put("fstype", "ext4");
    volume.put("type", "local");
    volume.put("auto_backup_enabled", body.path("auto_backup_enabled").asBoolean(true));
    volume.put("snapshot_retention", body.path("snapshot_retention").asInt(5));
    volume.put("host_status", "ok");
    volume.put("created_at", Instant.ofEpochMilli(clock.nowMillis()).toString());
    app.volumes().put(id, volume);
    return SimResponse.json(200, volume.deepCopy());
  }

  private SimResponse update(ApiCall call) {
    ObjectNode volume = volume(call);
    ObjectNode body = call.json();
    synchronized (volume) {
      if (body.has("auto_backup_enabled")) {
        volume.put("auto_backup_enabled", body.path("auto_backup_enabled").asBoolean());
      }
      if (body.has("snapshot_retention")) {
        volume.put("snapshot_retention", body.path("snapshot_retention").asInt());
      }
      return SimResponse.json(200, volume.deepCopy());
    }
  }

  private SimResponse delete(ApiCall call) {
    ObjectNode volume = state.app(call.app()).volumes().remove(call.id());
    if (volume == null) {
      throw ApiError.notFound("volume");
    }
    state.app(call.app()).snapshots().remove(call.id());
    ObjectNode result = volume.deepCopy();
    result.put("state", "destroyed");
    return SimResponse.json(200, result);
  }

  private SimResponse extend(ApiCall call) {
    ObjectNode volume = volume(call);
    int size = call.json().path("size_gb").asInt(0);
    synchronized (volume) {
      if (size <= volume.path("size_gb").asInt()) {
        throw ApiError.badRequest("invalid_argument: size_gb must be larger than the current size");
      }
      volume.put("size_gb", size);
      ObjectNode result = Json.object();
      result.put("needs_restart", false);
      result.set("volume", volume.deepCopy());
      return SimResponse.json(200, result);
    }
  }
}
