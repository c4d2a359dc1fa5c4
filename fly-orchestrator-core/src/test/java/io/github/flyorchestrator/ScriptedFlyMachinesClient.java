package io.github.flyorchestrator;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.AppSecretsUpdate;
import io.github.flyorchestrator.model.ExtendVolumeResult;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.TokenInfo;
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
import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * In-memory {@link ReactiveFlyMachinesClient} scripted per test: each scripted method answers its queued answers in
 * order and repeats the last one. Records every call, the virtual time of wait calls and the observation each call
 * found in its Reactor Context.
 */
public final class ScriptedFlyMachinesClient implements ReactiveFlyMachinesClient {

  /** A wait call and the clock reading when it was made. */
  public record WaitCall(WaitRequest request, Duration at) {
  }

  /**
   * A call that acts on one machine.
   *
   * @param action e.g. {@code start}, {@code stop}, {@code restart}, {@code suspend}, {@code destroy},
   *     {@code update}, {@code acquire}, {@code refresh}, {@code release}
   * @param machineId the machine
   * @param body the update body, or {@code null}
   * @param leaseNonce the nonce sent, or {@code null}
   * @param at the clock reading when it was made
   */
  public record MachineCall(String action, String machineId, MachineSpec body, String leaseNonce,
      Duration at) {
  }

  private final Scheduler clock;
  private final Deque<Function<CreateAppRequest, Mono<Void>>> createApp = new ArrayDeque<>();
  private final Deque<Function<String, Mono<App>>> getApp = new ArrayDeque<>();
  private final Deque<Function<MachineSpec, Mono<Machine>>> createMachine = new ArrayDeque<>();
  private final Deque<Function<String, Mono<Machine>>> getMachine = new ArrayDeque<>();
  private final Deque<Function<WaitRequest, Mono<WaitResult>>> waitForState = new ArrayDeque<>();
  private final Deque<Function<String, Mono<List<Machine>>>> listMachines = new ArrayDeque<>();
  private final Deque<Function<MachineCall, Mono<Machine>>> updateMachine = new ArrayDeque<>();
  private final Deque<Function<MachineCall, Mono<Void>>> machineAction = new ArrayDeque<>();
  private final Deque<Function<MachineCall, Mono<Lease>>> acquireLease = new ArrayDeque<>();
  private final Deque<Function<MachineCall, Mono<Lease>>> refreshLease = new ArrayDeque<>();
  private final Deque<Function<MachineCall, Mono<Void>>> releaseLease = new ArrayDeque<>();
  private final List<MachineCall> machineCalls = Collections.synchronizedList(new ArrayList<>());
  private volatile int listMachinesCalls;

  private final List<CreateAppRequest> createAppCalls = Collections.synchronizedList(new ArrayList<>());
  private final List<MachineSpec> createMachineCalls = Collections.synchronizedList(new ArrayList<>());
  private final List<WaitCall> waitCalls = Collections.synchronizedList(new ArrayList<>());
  private final List<Optional<Observation>> observationsSeen = Collections.synchronizedList(new ArrayList<>());
  private volatile int getAppCalls;
  private volatile int getMachineCalls;

  /** @param clock the scheduler whose clock stamps wait calls */
  public ScriptedFlyMachinesClient(Scheduler clock) {
    this.clock = clock;
  }

  /** A Fly API error with an HTTP status. */
  public static FlyException httpError(int status) {
    return new FlyException("HTTP " + status, status, "error " + status, null, "req-1", "GET", "/v1/apps/x", null);
  }

  /**
   * A 408 that arrives when the wait call's own timeout has passed, as the API answers: "machine failed to reach
   * desired state, started, currently starting" (Fly's words, superfly/flyctl#1760).
   */
  public static Function<WaitRequest, Mono<WaitResult>> notYetAfterTimeout(Scheduler scheduler) {
    String text = "machine failed to reach desired state, started, currently starting";
    return request -> Mono.delay(request.timeout(), scheduler).then(Mono.error(new FlyException("HTTP 408: " + text,
        408, text, null, "req-1", "GET", "/v1/apps/x/machines/m1/wait", null)));
  }

  /** A machine in a state. */
  public static Machine machine(String id, String state, String version) {
    return new Machine(id, "m-" + id, state, "ams", null, version, null, null, null, null, null, null, null, "ok");
  }

  /** An app in a status. */
  public static App app(String name, String status) {
    return new App("id-" + name, name, status, null, 0, 0, "default", 1L);
  }

  @SafeVarargs
  public final ScriptedFlyMachinesClient onCreateApp(Function<CreateAppRequest, Mono<Void>>... answers) {
    createApp.addAll(List.of(answers));
    return this;
  }

  @SafeVarargs
  public final ScriptedFlyMachinesClient onGetApp(Function<String, Mono<App>>... answers) {
    getApp.addAll(List.of(answers));
    return this;
  }

  @SafeVarargs
  public final ScriptedFlyMachinesClient onCreateMachine(Function<MachineSpec, Mono<Machine>>... answers) {
    createMachine.addAll(List.of(answers));
    return this;
  }

  @SafeVarargs
  public final ScriptedFlyMachinesClient onGetMachine(Function<String, Mono<Machine>>... answers) {
    getMachine.addAll(List.of(answers));
    return this;
  }

  @SafeVarargs
  public final ScriptedFlyMachinesClient onWait(Function<WaitRequest, Mono<WaitResult>>... answers) {
    waitForState.addAll(List.of(answers));
    return this;
  }

  @SafeVarargs
  public final ScriptedFlyMachinesClient onListMachines(Function<String, Mono<List<Machine>>>... answers) {
    listMachines.addAll(List.of(answers));
    return this;
  }

  @SafeVarargs
  public final ScriptedFlyMachinesClient onUpdateMachine(Function<MachineCall, Mono<Machine>>... answers) {
    updateMachine.addAll(List.of(answers));
    return this;
  }

  /** Answers of start, stop, restart, suspend and destroy. */
  @SafeVarargs
  public final ScriptedFlyMachinesClient onMachineAction(Function<MachineCall, Mono<Void>>... answers) {
    machineAction.addAll(List.of(answers));
    return this;
  }

  @SafeVarargs
  public final ScriptedFlyMachinesClient onAcquireLease(Function<MachineCall, Mono<Lease>>... answers) {
    acquireLease.addAll(List.of(answers));
    return this;
  }

  @SafeVarargs
  public final ScriptedFlyMachinesClient onRefreshLease(Function<MachineCall, Mono<Lease>>... answers) {
    refreshLease.addAll(List.of(answers));
    return this;
  }

  @SafeVarargs
  public final ScriptedFlyMachinesClient onReleaseLease(Function<MachineCall, Mono<Void>>... answers) {
    releaseLease.addAll(List.of(answers));
    return this;
  }

  /** Every call that acted on a machine (actions, updates, lease calls), in order. */
  public List<MachineCall> machineCalls() {
    return List.copyOf(machineCalls);
  }

  /** @param action e.g. {@code release} @return the calls of that action */
  public List<MachineCall> machineCalls(String action) {
    return machineCalls().stream().filter(call -> call.action().equals(action)).toList();
  }

  public int listMachinesCalls() {
    return listMachinesCalls;
  }

  /** A lease with a nonce. */
  public static Lease lease(String nonce) {
    return new Lease(nonce, 0L, "me@example.com", "fly-orchestrator", "v1");
  }

  public List<CreateAppRequest> createAppCalls() {
    return List.copyOf(createAppCalls);
  }

  public List<MachineSpec> createMachineCalls() {
    return List.copyOf(createMachineCalls);
  }

  public List<WaitCall> waitCalls() {
    return List.copyOf(waitCalls);
  }

  public int getAppCalls() {
    return getAppCalls;
  }

  public int getMachineCalls() {
    return getMachineCalls;
  }

  /** The observation each call found in its Reactor Context under {@link ObservationThreadLocalAccessor#KEY}. */
  public List<Optional<Observation>> observationsSeen() {
    return List.copyOf(observationsSeen);
  }

  private <A, T> Mono<T> answer(Deque<Function<A, Mono<T>>> script, A argument, String method) {
    return Mono.deferContextual(view -> {
      observationsSeen.add(Optional.ofNullable(view.getOrDefault(ObservationThreadLocalAccessor.KEY, null)));
      Function<A, Mono<T>> next;
      synchronized (script) {
        if (script.isEmpty()) {
          return Mono.error(new AssertionError("unscripted call of " + method));
        }
        next = script.size() > 1 ? script.poll() : script.peek();
      }
      return next.apply(argument);
    });
  }

  @Override
  public Mono<Void> createApp(CreateAppRequest request) {
    return Mono.defer(() -> {
      createAppCalls.add(request);
      return answer(createApp, request, "createApp");
    });
  }

  @Override
  public Mono<App> getApp(String appName) {
    return Mono.defer(() -> {
      getAppCalls++;
      return answer(getApp, appName, "getApp");
    });
  }

  @Override
  public Mono<Machine> createMachine(String appName, MachineSpec request) {
    return Mono.defer(() -> {
      createMachineCalls.add(request);
      return answer(createMachine, request, "createMachine");
    });
  }

  @Override
  public Mono<Machine> getMachine(String appName, String machineId) {
    return Mono.defer(() -> {
      getMachineCalls++;
      return answer(getMachine, machineId, "getMachine");
    });
  }

  @Override
  public Mono<WaitResult> waitForState(String appName, String machineId, WaitRequest request) {
    return Mono.defer(() -> {
      waitCalls.add(new WaitCall(request, Duration.ofNanos(clock.now(TimeUnit.NANOSECONDS))));
      return answer(waitForState, request, "waitForState");
    });
  }

  @Override
  public Mono<List<App>> listApps(String orgSlug) {
    return unscripted();
  }

  @Override
  public Mono<Void> deleteApp(String appName) {
    return unscripted();
  }

  @Override
  public Mono<List<Machine>> listMachines(String appName, MachineListOptions options) {
    return Mono.defer(() -> {
      listMachinesCalls++;
      return answer(listMachines, appName, "listMachines");
    });
  }

  @Override
  public Mono<Machine> updateMachine(String appName, String machineId, MachineSpec request,
      String leaseNonce) {
    return act(updateMachine, "update", machineId, request, leaseNonce);
  }

  @Override
  public Mono<Void> startMachine(String appName, String machineId, String leaseNonce) {
    return act(machineAction, "start", machineId, null, leaseNonce);
  }

  @Override
  public Mono<Void> stopMachine(String appName, String machineId, StopOptions options, String leaseNonce) {
    return act(machineAction, "stop", machineId, null, leaseNonce);
  }

  @Override
  public Mono<Void> restartMachine(String appName, String machineId, String leaseNonce) {
    return act(machineAction, "restart", machineId, null, leaseNonce);
  }

  @Override
  public Mono<Void> suspendMachine(String appName, String machineId, String leaseNonce) {
    return act(machineAction, "suspend", machineId, null, leaseNonce);
  }

  @Override
  public Mono<Void> destroyMachine(String appName, String machineId, boolean force, String leaseNonce) {
    return act(machineAction, "destroy", machineId, null, leaseNonce);
  }

  @Override
  public Mono<List<MachineEvent>> listEvents(String appName, String machineId, int limit) {
    return unscripted();
  }

  @Override
  public Mono<Lease> getLease(String appName, String machineId) {
    return unscripted();
  }

  @Override
  public Mono<Lease> acquireLease(String appName, String machineId, Duration ttl, String description) {
    return act(acquireLease, "acquire", machineId, null, null);
  }

  @Override
  public Mono<Lease> refreshLease(String appName, String machineId, String nonce, Duration ttl) {
    return act(refreshLease, "refresh", machineId, null, nonce);
  }

  @Override
  public Mono<Void> releaseLease(String appName, String machineId, String nonce) {
    return act(releaseLease, "release", machineId, null, nonce);
  }

  private <T> Mono<T> act(Deque<Function<MachineCall, Mono<T>>> script, String action, String machineId,
      MachineSpec body, String leaseNonce) {
    return Mono.defer(() -> {
      MachineCall call = new MachineCall(action, machineId, body, leaseNonce, now());
      machineCalls.add(call);
      return answer(script, call, action);
    });
  }

  private Duration now() {
    return clock == null ? Duration.ZERO : Duration.ofNanos(clock.now(TimeUnit.NANOSECONDS));
  }

  private static <T> Mono<T> unscripted() {
    return Mono.error(new AssertionError("not used by the orchestrator"));
  }

  // Routes the orchestrations under test do not use.

  @Override
  public Mono<List<TokenInfo>> currentToken() {
    return Mono.error(new UnsupportedOperationException("currentToken is not scripted"));
  }

  @Override
  public Mono<Void> restartMachine(String appName, String machineId, Duration timeout, String signal,
      String leaseNonce) {
    return Mono.error(new UnsupportedOperationException("restartMachine is not scripted"));
  }

  @Override
  public Mono<Void> signalMachine(String appName, String machineId, String signal, String leaseNonce) {
    return Mono.error(new UnsupportedOperationException("signalMachine is not scripted"));
  }

  @Override
  public Mono<Void> cordonMachine(String appName, String machineId, String leaseNonce) {
    return Mono.error(new UnsupportedOperationException("cordonMachine is not scripted"));
  }

  @Override
  public Mono<Void> uncordonMachine(String appName, String machineId, String leaseNonce) {
    return Mono.error(new UnsupportedOperationException("uncordonMachine is not scripted"));
  }

  @Override
  public Mono<Map<String, String>> getMetadata(String appName, String machineId) {
    return Mono.error(new UnsupportedOperationException("getMetadata is not scripted"));
  }

  @Override
  public Mono<Void> setMetadata(String appName, String machineId, String key, String value) {
    return Mono.error(new UnsupportedOperationException("setMetadata is not scripted"));
  }

  @Override
  public Mono<Void> deleteMetadata(String appName, String machineId, String key) {
    return Mono.error(new UnsupportedOperationException("deleteMetadata is not scripted"));
  }

  @Override
  public Mono<List<Volume>> listVolumes(String appName) {
    return Mono.error(new UnsupportedOperationException("listVolumes is not scripted"));
  }

  @Override
  public Mono<Volume> createVolume(String appName, CreateVolumeRequest request) {
    return Mono.error(new UnsupportedOperationException("createVolume is not scripted"));
  }

  @Override
  public Mono<Volume> getVolume(String appName, String volumeId) {
    return Mono.error(new UnsupportedOperationException("getVolume is not scripted"));
  }

  @Override
  public Mono<Volume> updateVolume(String appName, String volumeId, UpdateVolumeRequest request) {
    return Mono.error(new UnsupportedOperationException("updateVolume is not scripted"));
  }

  @Override
  public Mono<Volume> deleteVolume(String appName, String volumeId) {
    return Mono.error(new UnsupportedOperationException("deleteVolume is not scripted"));
  }

  @Override
  public Mono<ExtendVolumeResult> extendVolume(String appName, String volumeId, int sizeGb) {
    return Mono.error(new UnsupportedOperationException("extendVolume is not scripted"));
  }

  @Override
  public Mono<List<VolumeSnapshot>> listVolumeSnapshots(String appName, String volumeId) {
    return Mono.error(new UnsupportedOperationException("listVolumeSnapshots is not scripted"));
  }

  @Override
  public Mono<Void> createVolumeSnapshot(String appName, String volumeId) {
    return Mono.error(new UnsupportedOperationException("createVolumeSnapshot is not scripted"));
  }

  @Override
  public Mono<List<AppSecret>> listSecrets(String appName) {
    return Mono.error(new UnsupportedOperationException("listSecrets is not scripted"));
  }

  @Override
  public Mono<AppSecretsUpdate> setSecrets(String appName, Map<String, String> values) {
    return Mono.error(new UnsupportedOperationException("setSecrets is not scripted"));
  }

  @Override
  public Mono<AppSecretsUpdate> setSecret(String appName, String secretName, String value) {
    return Mono.error(new UnsupportedOperationException("setSecret is not scripted"));
  }

  @Override
  public Mono<AppSecretsUpdate> deleteSecret(String appName, String secretName) {
    return Mono.error(new UnsupportedOperationException("deleteSecret is not scripted"));
  }

  // ---- routes no orchestration uses: not scripted ----

  private static <T> T notScripted(String method) {
    throw new UnsupportedOperationException(method + " is not scripted");
  }

  @Override
  public Mono<io.github.flyorchestrator.model.AppSecret> getSecret(String appName, String secretName) {
    return notScripted("getSecret");
  }

  @Override
  public Mono<String> getMetadataValue(String appName, String machineId, String key) {
    return notScripted("getMetadataValue");
  }

  @Override
  public Mono<Void> updateMetadata(String appName, String machineId, Map<String, String> changes,
      String machineVersion) {
    return notScripted("updateMetadata");
  }

  @Override
  public Mono<Void> putMetadata(String appName, String machineId, Map<String, String> changes,
      String machineVersion) {
    return notScripted("putMetadata");
  }

  @Override
  public Mono<io.github.flyorchestrator.model.ExecResult> exec(String appName, String machineId,
      io.github.flyorchestrator.param.ExecRequest request) {
    return notScripted("exec");
  }

  @Override
  public Mono<List<io.github.flyorchestrator.model.ProcessInfo>> listProcesses(String appName, String machineId,
      String sortBy, String order) {
    return notScripted("listProcesses");
  }

  @Override
  public Mono<List<io.github.flyorchestrator.model.MachineVersion>> listVersions(String appName, String machineId) {
    return notScripted("listVersions");
  }

  @Override
  public Mono<io.github.flyorchestrator.model.MachineMemory> getMemory(String appName, String machineId) {
    return notScripted("getMemory");
  }

  @Override
  public Mono<io.github.flyorchestrator.model.MachineMemory> setMemoryLimit(String appName, String machineId,
      int limitMb) {
    return notScripted("setMemoryLimit");
  }

  @Override
  public Mono<io.github.flyorchestrator.model.MemoryReclaim> reclaimMemory(String appName, String machineId,
      int amountMb) {
    return notScripted("reclaimMemory");
  }

  @Override
  public io.github.flyorchestrator.service.ReactiveCertificateService certificates() {
    return notScripted("certificates");
  }

  @Override
  public io.github.flyorchestrator.service.ReactiveIpAssignmentService ipAssignments() {
    return notScripted("ipAssignments");
  }

  @Override
  public io.github.flyorchestrator.service.ReactiveSecretKeyService secretKeys() {
    return notScripted("secretKeys");
  }

  @Override
  public io.github.flyorchestrator.service.ReactiveOrganizationService organizations() {
    return notScripted("organizations");
  }

  @Override
  public io.github.flyorchestrator.service.ReactivePlatformService platform() {
    return notScripted("platform");
  }

  @Override
  public io.github.flyorchestrator.service.ReactiveTokenService tokens() {
    return notScripted("tokens");
  }
}
