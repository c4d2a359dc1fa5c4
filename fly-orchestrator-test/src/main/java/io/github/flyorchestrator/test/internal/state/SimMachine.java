package io.github.flyorchestrator.test.internal.state;

import io.github.flyorchestrator.test.internal.Ids;
import io.github.flyorchestrator.test.internal.Json;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated machine. All mutable state is guarded by the instance monitor; waiters are completed outside it.
 * A little over 300 lines: its state, versions (with their configs), events and waiters change under that one
 * monitor, so they stay in one class.
 */
public final class SimMachine {

  private final String id;
  private final String appName;
  private final String privateIp;
  private final long createdAtMillis;
  private final Waiters waiters = new Waiters();
  private final EventLog events = new EventLog();
  private final Map<String, JsonNode> versions = new LinkedHashMap<>();
  private String name;
  private String region;
  private String state;
  private String version;
  private JsonNode config;
  private long updatedAtMillis;
  private boolean cordoned;
  private boolean transitionPending;
  private long generation;
  private SimLease lease;
  private long destroyedAtMillis;
  private long startedAtMillis;
  private boolean hostUnreachable;
  private String imageDigest = "sha256:" + Ids.hex(32);

  SimMachine(String id, String appName, String name, String region, JsonNode config, long nowMillis) {
    this.id = id;
    this.appName = appName;
    this.name = name;
    this.region = region;
    this.config = config;
    this.privateIp = Ids.privateIp();
    this.createdAtMillis = nowMillis;
    this.updatedAtMillis = nowMillis;
    this.state = "created";
    this.version = Ids.ulid(nowMillis);
    versions.put(version, config == null ? null : config.deepCopy());
  }

  /** @return machine id */
  public String id() {
    return id;
  }

  /** @return owning app name */
  public String appName() {
    return appName;
  }

  /** @return current state */
  public synchronized String state() {
    return state;
  }

  /** @return current version */
  public synchronized String version() {
    return version;
  }

  /** @return every version with the config it ran (null when none was given), oldest first */
  public synchronized Map<String, JsonNode> versions() {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    versions.forEach((id, versionConfig) -> copy.put(id, versionConfig == null ? null : versionConfig.deepCopy()));
    return copy;
  }

  /**
   * @param candidate a version id
   * @return whether this machine ever had it
   */
  public synchronized boolean knowsVersion(String candidate) {
    return versions.containsKey(candidate);
  }

  /** @return whether a transition is scheduled */
  public synchronized boolean transitionPending() {
    return transitionPending;
  }

  /** @return the generation counter, bumped by every new transition chain */
  public synchronized long generation() {
    return generation;
  }

  /** @return a new generation, invalidating scheduled steps of older ones */
  public synchronized long nextGeneration() {
    return ++generation;
  }

  /** @return the lease, or null */
  public synchronized SimLease lease() {
    return lease;
  }

  /** @param newLease new lease or null */
  public synchronized void lease(SimLease newLease) {
    this.lease = newLease;
  }

  /** @return the simulated time the machine was destroyed, 0 if not */
  public synchronized long destroyedAtMillis() {
    return destroyedAtMillis;
  }

  /** @return the simulated time of the last transition */
  public synchronized long updatedAtMillis() {
    return updatedAtMillis;
  }

  /** @return the simulated time the machine last became {@code started}, 0 if never */
  public synchronized long startedAtMillis() {
    return startedAtMillis;
  }

  /** @return whether the machine's host is unreachable */
  public synchronized boolean hostUnreachable() {
    return hostUnreachable;
  }

  /** @param value whether the machine's host is unreachable */
  public synchronized void hostUnreachable(boolean value) {
    this.hostUnreachable = value;
  }

  /** @param value whether the machine is cordoned */
  public synchronized void cordoned(boolean value) {
    this.cordoned = value;
  }

  /** @return a copy of the config's {@code metadata} (string values only), empty when there is none */
  public synchronized Map<String, String> metadata() {
    Map<String, String> copy = new TreeMap<>();
    JsonNode metadata = config == null ? null : config.get("metadata");
    if (metadata != null && metadata.isObject()) {
      metadata.properties().forEach(e -> copy.put(e.getKey(), e.getValue().isString()
          ? e.getValue().stringValue() : e.getValue().toString()));
    }
    return copy;
  }

  /**
   * Changes the config's {@code metadata} in place (no new version: metadata is not part of what a machine runs).
   *
   * @param set keys to set to these values
   * @param remove keys to remove
   */
  public synchronized void changeMetadata(Map<String, String> set, Collection<String> remove) {
    if (!(config instanceof ObjectNode object)) {
      config = Json.object();
      changeMetadata(set, remove);
      return;
    }
    ObjectNode metadata = object.get("metadata") instanceof ObjectNode existing ? existing
        : object.putObject("metadata");
    set.forEach(metadata::put);
    remove.forEach(metadata::remove);
  }

  /**
   * Replaces config, name and region and starts a new version.
   *
   * @param newConfig config as received, or null to keep
   * @param newName name, or null to keep
   * @param newRegion region, or null to keep
   * @param nowMillis simulated now
   */
  public synchronized void newVersion(JsonNode newConfig, String newName, String newRegion, long nowMillis) {
    if (newConfig != null) {
      config = newConfig;
    }
    if (newName != null) {
      name = newName;
    }
    if (newRegion != null) {
      region = newRegion;
    }
    version = Ids.ulid(nowMillis);
    versions.put(version, config == null ? null : config.deepCopy());
    imageDigest = "sha256:" + Ids.hex(32);
  }

  /**
   * Moves to a state, records an event and completes satisfied waiters.
   *
   * @param newState state
   * @param pending whether a further transition is scheduled
   * @param eventType event type, or null for no event
   * @param source event source ({@code user} or {@code flyd})
   * @param nowMillis simulated now
   */
  public void transition(String newState, boolean pending, String eventType, String source, long nowMillis) {
    List<Runnable> completions;
    synchronized (this) {
      state = newState;
      transitionPending = pending;
      updatedAtMillis = nowMillis;
      if ("destroyed".equals(newState)) {
        destroyedAtMillis = nowMillis;
      }
      if ("started".equals(newState)) {
        startedAtMillis = nowMillis;
      }
      if (eventType != null) {
        events.record(eventType, newState, source, nowMillis);
      }
      completions = waiters.removeSatisfied(verdict(), transitionPending);
    }
    completions.forEach(Runnable::run);
  }

  /**
   * Registers a wait, or completes it at once when already satisfied.
   *
   * @param condition what to wait for
   * @param sink completed with the verdict
   */
  public void addWaiter(WaitCondition condition, Sinks.One<WaitVerdict> sink) {
    WaitVerdict immediate;
    synchronized (this) {
      immediate = condition.satisfiedBy(state, version, transitionPending, latestEventId()) ? verdict() : null;
      if (immediate == null) {
        waiters.add(condition, sink);
      }
    }
    if (immediate != null) {
      sink.tryEmitValue(immediate);
    }
  }

  /** @param sink a sink whose wait timed out or was cancelled */
  public synchronized void removeWaiter(Sinks.One<WaitVerdict> sink) {
    waiters.remove(sink);
  }

  /** Completes every waiter with "gone" (machine purged or app deleted). */
  public void completeWaitersGone() {
    List<Sinks.One<WaitVerdict>> gone;
    synchronized (this) {
      gone = waiters.removeAll();
    }
    gone.forEach(sink -> sink.tryEmitValue(WaitVerdict.machineGone()));
  }

  /** @return the number of pending waits */
  public int waiterCount() {
    return waiters.count();
  }

  private WaitVerdict verdict() {
    return new WaitVerdict(false, state, version, latestEventId());
  }

  private String latestEventId() {
    return events.latestId();
  }

  /**
   * @param limit maximum number of events
   * @return events newest first
   */
  public synchronized ArrayNode eventsJson(int limit) {
    return events.toJson(limit);
  }

  /**
   * @param includeConfig whether to include the config (list with {@code summary=true} omits it)
   * @return the Machine JSON
   */
  public synchronized ObjectNode toJson(boolean includeConfig) {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("name", name);
    node.put("state", state);
    node.put("region", region);
    node.put("instance_id", version);
    node.put("version", version);
    node.put("private_ip", privateIp);
    if (includeConfig) {
      node.set("config", config == null ? Json.object() : config.deepCopy());
    }
    ObjectNode imageRef = node.putObject("image_ref");
    String image = config == null ? null : Json.text(config, "image");
    String repository = image == null ? "library/unknown" : image.replaceFirst(":[^:/]*$", "");
    imageRef.put("registry", "registry-1.docker.io");
    imageRef.put("repository", repository);
    imageRef.put("tag", image != null && image.matches(".*:[^:/]+$") ? image.replaceFirst(".*:", "") : "latest");
    imageRef.put("digest", imageDigest);
    imageRef.putObject("labels");
    node.put("created_at", Instant.ofEpochMilli(createdAtMillis).toString());
    node.put("updated_at", Instant.ofEpochMilli(updatedAtMillis).toString());
    node.set("events", eventsJson(EventLog.MAX_EVENTS));
    node.put("host_status", hostUnreachable ? "unreachable" : "ok");
    node.put("cordoned", cordoned);
    return node;
  }
}
