package io.github.flyorchestrator.test.internal.state;

import io.github.flyorchestrator.test.HealthChecks;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Ids;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/** All apps and machines of one simulator, in memory. */
public final class SimulatorState {

  private final Map<String, SimApp> apps = new ConcurrentHashMap<>();
  private final Set<String> reservedNames = ConcurrentHashMap.newKeySet();
  private final Set<String> failingLaunchApps = ConcurrentHashMap.newKeySet();
  private final Map<String, HealthChecks> healthChecks = new ConcurrentHashMap<>();
  private final AtomicLong numericIds = new AtomicLong(1000);
  private final SimulatorSettings settings = new SimulatorSettings();
  private final IpAllocator ipAllocator = new IpAllocator();
  private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
  private final SimulatorClock clock;
  private volatile int newAppNotFoundReads;

  /**
   * @param clock simulated clock
   * @param newAppNotFoundReads 404 reads for every new app
   */
  public SimulatorState(SimulatorClock clock, int newAppNotFoundReads) {
    this.clock = clock;
    this.newAppNotFoundReads = newAppNotFoundReads;
  }

  /** @return the settings of certificates, page size and exec answers */
  public SimulatorSettings settings() {
    return settings;
  }

  /** @return the allocator of IP addresses, shared by all apps */
  public IpAllocator ipAllocator() {
    return ipAllocator;
  }

  /** @param token a token the simulator issued (e.g. a deploy token), accepted from now on like the configured one */
  public void tokenIssued(String token) {
    issuedTokens.add(token);
  }

  /**
   * @param token a presented token, without its scheme
   * @return whether the simulator issued it
   */
  public boolean issuedToken(String token) {
    return issuedTokens.contains(token);
  }

  /** @param reads 404 reads for apps created from now on */
  public void newAppNotFoundReads(int reads) {
    this.newAppNotFoundReads = reads;
  }

  /** @param name an app name that create must refuse with 422 name_taken */
  public void reserveName(String name) {
    reservedNames.add(name);
  }

  /**
   * @param name app name
   * @param orgSlug org
   * @param network network, or null for default
   * @return the new app
   * @throws ApiError 422 name_taken when the name exists or is reserved
   */
  public SimApp createApp(String name, String orgSlug, String network) {
    if (reservedNames.contains(name)) {
      throw nameTaken(name);
    }
    SimApp app = new SimApp(Ids.hex(10), name, orgSlug, network == null ? "default" : network, clock.nowMillis(),
        numericIds.incrementAndGet(), newAppNotFoundReads);
    if (apps.putIfAbsent(name, app) != null) {
      throw nameTaken(name);
    }
    if (failingLaunchApps.contains(name)) {
      app.failLaunches(true);
    }
    return app;
  }

  /**
   * Makes launches of the app's machines fail, for an app that exists now or is created later.
   *
   * @param name app name
   * @param fail whether launches fail
   */
  public void failLaunches(String name, boolean fail) {
    if (fail) {
      failingLaunchApps.add(name);
    }
    else {
      failingLaunchApps.remove(name);
    }
    SimApp app = apps.get(name);
    if (app != null) {
      app.failLaunches(fail);
    }
  }

  /**
   * Sets the health checks of an app's machines, for an app that exists now or is created later.
   *
   * @param name app name
   * @param checks the checks, {@link HealthChecks#none()} for none
   */
  public void healthChecks(String name, HealthChecks checks) {
    if (checks.isNone()) {
      healthChecks.remove(name);
    } else {
      healthChecks.put(name, checks);
    }
  }

  /**
   * @param name app name
   * @return the health checks of its machines, {@link HealthChecks#none()} when unset
   */
  public HealthChecks healthChecks(String name) {
    return healthChecks.getOrDefault(name, HealthChecks.none());
  }

  /**
   * A machine that a mutation may change: its host must be reachable.
   *
   * @param appName app
   * @param machineId machine
   * @return the machine
   * @throws ApiError 404 for a missing app or machine, 503 when its host is unreachable
   */
  public SimMachine reachableMachine(String appName, String machineId) {
    SimMachine machine = machine(appName, machineId);
    if (machine.hostUnreachable()) {
      throw ApiError.hostUnreachable(machineId);
    }
    return machine;
  }

  private static ApiError nameTaken(String name) {
    return new ApiError(422, "app name \"" + name + "\" is already taken", "name_taken");
  }

  /**
   * @param name app name
   * @return the app, or null
   */
  public SimApp findApp(String name) {
    return apps.get(name);
  }

  /**
   * @param name app name
   * @return the app
   * @throws ApiError 404
   */
  public SimApp app(String name) {
    SimApp app = apps.get(name);
    if (app == null) {
      throw ApiError.notFound("app");
    }
    return app;
  }

  /** @return all apps */
  public Collection<SimApp> apps() {
    return apps.values();
  }

  /**
   * Deletes an app and completes waits on its machines as "gone".
   *
   * @param name app name
   * @throws ApiError 404
   */
  public void deleteApp(String name) {
    SimApp app = apps.remove(name);
    if (app == null) {
      throw ApiError.notFound("app");
    }
    for (SimMachine machine : app.machines().values()) {
      machine.nextGeneration();
      machine.completeWaitersGone();
    }
  }

  /**
   * Adds a machine in state {@code created}.
   *
   * @param app app
   * @param name name, or null to generate one
   * @param region region, or null for {@code ord}
   * @param config config as received
   * @return the machine
   */
  public SimMachine addMachine(SimApp app, String name, String region, JsonNode config) {
    String id = Ids.machineId();
    String machineName = name != null ? name : "machine-" + id.substring(0, 6);
    SimMachine machine = new SimMachine(id, app.name(), machineName, region == null ? "ord" : region, config,
        clock.nowMillis());
    app.machines().put(id, machine);
    return machine;
  }

  /**
   * @param appName app
   * @param machineId machine
   * @return the machine
   * @throws ApiError 404 for a missing app or machine
   */
  public SimMachine machine(String appName, String machineId) {
    SimMachine machine = app(appName).machines().get(machineId);
    if (machine == null) {
      throw ApiError.notFound("machine");
    }
    return machine;
  }

  /** Removes every app and the reserved names; settings per app name (failing launches, checks) are kept. */
  public void clear() {
    for (String name : Set.copyOf(apps.keySet())) {
      deleteApp(name);
    }
    reservedNames.clear();
  }
}
