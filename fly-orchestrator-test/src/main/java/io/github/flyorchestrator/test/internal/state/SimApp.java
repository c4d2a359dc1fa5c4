package io.github.flyorchestrator.test.internal.state;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulated app: identity, machines, volumes, secrets, secret keys, certificates, IP assignments and per-app
 * behaviour overrides.
 */
public final class SimApp {

  private final String id;
  private final String name;
  private final String orgSlug;
  private final String network;
  private final long createdAtMillis;
  private final long internalNumericId;
  private final Map<String, SimMachine> machines = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> volumes = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> secrets = new ConcurrentHashMap<>();
  private final Map<String, List<ObjectNode>> snapshots = new ConcurrentHashMap<>();
  private final Map<String, SimSecretKey> secretKeys = new ConcurrentHashMap<>();
  private final Map<String, SimCertificate> certificates = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> ips = new ConcurrentHashMap<>();
  private final Map<String, Integer> memoryLimits = new ConcurrentHashMap<>();
  private final AtomicInteger secretsVersion = new AtomicInteger();
  private final AtomicInteger notFoundReadsLeft;
  private volatile boolean deployed;
  private volatile boolean failLaunches;
  private volatile Duration startDuration;

  SimApp(String id, String name, String orgSlug, String network, long createdAtMillis, long internalNumericId,
      int notFoundReads) {
    this.id = id;
    this.name = name;
    this.orgSlug = orgSlug;
    this.network = network;
    this.createdAtMillis = createdAtMillis;
    this.internalNumericId = internalNumericId;
    this.notFoundReadsLeft = new AtomicInteger(notFoundReads);
  }

  /** @return app id */
  public String id() {
    return id;
  }

  /** @return app name */
  public String name() {
    return name;
  }

  /** @return organization slug */
  public String orgSlug() {
    return orgSlug;
  }

  /** @return network name */
  public String network() {
    return network;
  }

  /** @return creation time, epoch ms */
  public long createdAtMillis() {
    return createdAtMillis;
  }

  /** @return numeric id */
  public long internalNumericId() {
    return internalNumericId;
  }

  /** @return machines by id (live map) */
  public Map<String, SimMachine> machines() {
    return machines;
  }

  /** @return volumes by id (live map) */
  public Map<String, ObjectNode> volumes() {
    return volumes;
  }

  /** @return volume snapshots by volume id (live map of thread-safe lists, oldest first) */
  public Map<String, List<ObjectNode>> snapshots() {
    return snapshots;
  }

  /** @return secrets by name (live map; values hold name, digest, created_at, updated_at) */
  public Map<String, ObjectNode> secrets() {
    return secrets;
  }

  /** @return secret keys by name (live map) */
  public Map<String, SimSecretKey> secretKeys() {
    return secretKeys;
  }

  /** @return certificates by hostname (live map) */
  public Map<String, SimCertificate> certificates() {
    return certificates;
  }

  /** @return IP assignments by address (live map; values are IPAssignment JSON) */
  public Map<String, ObjectNode> ips() {
    return ips;
  }

  /** @return memory limits set by machine id, in MB (live map; a machine without one has its guest's memory) */
  public Map<String, Integer> memoryLimits() {
    return memoryLimits;
  }

  /** @return the counter of secret versions */
  public AtomicInteger secretsVersion() {
    return secretsVersion;
  }

  /** @return true when the next app read must answer 404 (and counts it) */
  public boolean consumeNotFoundRead() {
    return notFoundReadsLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  /** @param reads how many further reads answer 404 */
  public void notFoundReads(int reads) {
    notFoundReadsLeft.set(reads);
  }

  /** @return {@code pending} until a machine has started, then {@code deployed} */
  public String status() {
    return deployed ? "deployed" : "pending";
  }

  /** Marks the app deployed. */
  public void markDeployed() {
    deployed = true;
  }

  /** @return whether launches of this app's machines fail */
  public boolean failLaunches() {
    return failLaunches;
  }

  /** @param fail whether launches fail (machine ends {@code failed}) */
  public void failLaunches(boolean fail) {
    this.failLaunches = fail;
  }

  /** @return simulated start duration override, or {@code null} */
  public Duration startDuration() {
    return startDuration;
  }

  /** @param duration simulated start duration override, or {@code null} for the default */
  public void startDuration(Duration duration) {
    this.startDuration = duration;
  }
}
