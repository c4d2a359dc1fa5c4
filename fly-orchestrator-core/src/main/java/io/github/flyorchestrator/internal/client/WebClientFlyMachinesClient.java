package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.AppSecretsUpdate;
import io.github.flyorchestrator.model.ExecResult;
import io.github.flyorchestrator.model.ExtendVolumeResult;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.MachineMemory;
import io.github.flyorchestrator.model.MachineVersion;
import io.github.flyorchestrator.model.MemoryReclaim;
import io.github.flyorchestrator.model.ProcessInfo;
import io.github.flyorchestrator.model.TokenInfo;
import io.github.flyorchestrator.model.Volume;
import io.github.flyorchestrator.model.VolumeSnapshot;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateVolumeRequest;
import io.github.flyorchestrator.param.ExecRequest;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.StopOptions;
import io.github.flyorchestrator.param.UpdateVolumeRequest;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.service.ReactiveCertificateService;
import io.github.flyorchestrator.service.ReactiveIpAssignmentService;
import io.github.flyorchestrator.service.ReactiveOrganizationService;
import io.github.flyorchestrator.service.ReactivePlatformService;
import io.github.flyorchestrator.service.ReactiveSecretKeyService;
import io.github.flyorchestrator.service.ReactiveTokenService;
import io.github.flyorchestrator.settings.RateLimitSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.core.type.TypeReference;

/**
 * {@link ReactiveFlyMachinesClient} on Spring's {@link WebClient} over Reactor Netty.
 *
 * <p>Every request goes to {@code baseUrl + "/v1"} with {@code Accept: application/json}, a
 * {@code fly-orchestrator/<version>} user agent and the {@link FlyAuthorization} header (only to the base URL's
 * origin). Each attempt of an ordinary call must bring its complete answer within the settings' attempt timeout; a wait
 * call within its long-poll timeout plus the read timeout. GET requests other than the wait call, and setting one
 * metadata key, are retried on 408, 429, 500, 502, 503, 504 and connection failures per {@link RetryPolicies},
 * honouring {@code Retry-After}; other requests are sent again only when they provably never left (connection refused,
 * no free pooled connection). Every attempt first waits for a client-side rate-limit permit
 * ({@link RateLimitSettings}). Path variables and lease nonces are checked with {@link FlyNames} before anything is
 * sent. Bodies over {@value #MAX_BODY_BYTES} bytes are an error. Every failure is a
 * {@link io.github.flyorchestrator.exception.FlyException}.
 *
 * <p>This class only maps each of the API's routes to a {@link FlyCall} (one short method per route, which is why it
 * is long); sending, error mapping and retrying live in {@link FlyHttpTransport}, {@link FlyErrors} and
 * {@link ReactorRetry}. The machine routes added beside the lifecycle (exec, ps, versions, memory, batch metadata)
 * delegate to {@link WebClientMachineOperations}; the resource groups ({@code certificates()}, ...) are
 * {@link FlyResourceGroups}, built over the same transport.
 */
public final class WebClientFlyMachinesClient implements ReactiveFlyMachinesClient {

  /** The largest response body the client buffers (2 MiB). */
  public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  private static final TypeReference<List<Machine>> MACHINE_LIST = new TypeReference<>() { };
  private static final TypeReference<List<MachineEvent>> EVENT_LIST = new TypeReference<>() { };
  private static final TypeReference<List<Volume>> VOLUME_LIST = new TypeReference<>() { };
  private static final TypeReference<List<VolumeSnapshot>> SNAPSHOT_LIST = new TypeReference<>() { };
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

  private final FlyHttpTransport transport;
  private final FlyJson json;
  private final ConnectionProvider pool;
  private final WebClientMachineOperations machineOperations;
  private final FlyResourceGroups groups;

  WebClientFlyMachinesClient(FlyHttpTransport transport, FlyJson json, ConnectionProvider pool) {
    this.transport = transport;
    this.json = json;
    this.pool = pool;
    FlyExchange exchange = new FlyExchange(transport, json);
    this.machineOperations = new WebClientMachineOperations(exchange);
    this.groups = FlyResourceGroups.over(exchange);
  }

  /**
   * A builder of this client. Its {@link WebClient.Builder} (a fresh one unless given) is cloned, so Spring Boot's
   * prototype builder (with the application's customizers, e.g. filters and observations) can be passed as it is.
   * The clone gets its own base URL, default headers, Reactor Netty connector (its own connection pool, connect and
   * response timeouts) and a 2 MiB codec limit, replacing any the builder had, and the token filter as its innermost
   * filter, which sends the token only to the base URL's scheme, host and port. {@link #close()} releases the pool.
   *
   * @return a builder with {@link io.github.flyorchestrator.settings.FlyClientSettings#DEFAULTS}
   */
  public static ReactiveFlyMachinesClient.Builder builder() {
    return new WebClientFlyMachinesClientBuilder();
  }

  /**
   * Closes this client: later calls fail with {@link IllegalStateException} and the connection pool is disposed
   * (requests still in flight fail). Idempotent.
   */
  @Override
  public void close() {
    transport.close();
    pool.dispose();
  }

  /** @return the {@code User-Agent} this client sends */
  static String userAgent() {
    String version = WebClientFlyMachinesClient.class.getPackage().getImplementationVersion();
    return "fly-orchestrator/" + (version == null ? "dev" : version);
  }

  // ---- apps ----

  @Override
  public Mono<Void> createApp(CreateAppRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    return send(FlyCall.of(HttpMethod.POST, FlyRoutes.APPS).body(request));
  }

  @Override
  public Mono<App> getApp(String appName) {
    return read(FlyCall.of(HttpMethod.GET, FlyRoutes.APP).path("app", appName), json.decoder(App.class));
  }

  @Override
  public Mono<List<TokenInfo>> currentToken() {
    return read(FlyCall.of(HttpMethod.GET, FlyRoutes.CURRENT_TOKEN),
        json.decoder(FlyResponseEnvelopes.CurrentTokens.class))
        .map(FlyResponseEnvelopes.CurrentTokens::tokensOrEmpty);
  }

  @Override
  public Mono<List<App>> listApps(String orgSlug) {
    if (orgSlug != null) {
      FlyNames.requireOrgSlug("orgSlug", orgSlug);
    }
    return read(FlyCall.of(HttpMethod.GET, FlyRoutes.APPS).query("org_slug", orgSlug),
        json.decoder(FlyResponseEnvelopes.AppList.class))
        .map(FlyResponseEnvelopes.AppList::appsOrEmpty);
  }

  @Override
  public Mono<Void> deleteApp(String appName) {
    return send(FlyCall.of(HttpMethod.DELETE, FlyRoutes.APP).path("app", appName));
  }

  // ---- machines ----

  @Override
  public Mono<List<Machine>> listMachines(String appName, MachineListOptions options) {
    MachineListOptions filters = options == null ? MachineListOptions.ALL : options;
    FlyCall.Builder call = FlyCall.of(HttpMethod.GET, FlyRoutes.MACHINES).path("app", appName)
        .query("region", filters.region())
        .query("state", filters.states().isEmpty() ? null : String.join(",", filters.states()))
        .query("include_deleted", filters.includeDeleted() ? Boolean.TRUE : null)
        .query("summary", filters.summary() ? Boolean.TRUE : null);
    return read(call, json.decoder(MACHINE_LIST));
  }

  @Override
  public Mono<Machine> getMachine(String appName, String machineId) {
    return read(machine(HttpMethod.GET, FlyRoutes.MACHINE, appName, machineId), json.decoder(Machine.class));
  }

  @Override
  public Mono<Machine> createMachine(String appName, MachineSpec request) {
    Objects.requireNonNull(request, "request must not be null");
    return read(FlyCall.of(HttpMethod.POST, FlyRoutes.MACHINES).path("app", appName).body(request),
        json.decoder(Machine.class));
  }

  @Override
  public Mono<Machine> updateMachine(String appName, String machineId, MachineSpec request,
      String leaseNonce) {
    Objects.requireNonNull(request, "request must not be null");
    return read(machine(HttpMethod.POST, FlyRoutes.MACHINE, appName, machineId).body(request).leaseNonce(leaseNonce),
        json.decoder(Machine.class));
  }

  @Override
  public Mono<Void> startMachine(String appName, String machineId, String leaseNonce) {
    return send(machine(HttpMethod.POST, FlyRoutes.MACHINE_START, appName, machineId).leaseNonce(leaseNonce));
  }

  @Override
  public Mono<Void> stopMachine(String appName, String machineId, StopOptions options, String leaseNonce) {
    StopOptions stop = options == null ? StopOptions.DEFAULT : options;
    Map<String, Object> body = new LinkedHashMap<>();
    if (stop.signal() != null) {
      body.put("signal", stop.signal());
    }
    if (stop.timeout() != null) {
      body.put("timeout", ceilSeconds(stop.timeout()) + "s");
    }
    return send(machine(HttpMethod.POST, FlyRoutes.MACHINE_STOP, appName, machineId).body(body)
        .leaseNonce(leaseNonce));
  }

  @Override
  public Mono<Void> restartMachine(String appName, String machineId, String leaseNonce) {
    return restartMachine(appName, machineId, null, null, leaseNonce);
  }

  @Override
  public Mono<Void> restartMachine(String appName, String machineId, Duration timeout, String signal,
      String leaseNonce) {
    return send(machine(HttpMethod.POST, FlyRoutes.MACHINE_RESTART, appName, machineId)
        .query("timeout", timeout == null ? null : ceilSeconds(timeout))
        .query("signal", signal)
        .leaseNonce(leaseNonce));
  }

  @Override
  public Mono<Void> suspendMachine(String appName, String machineId, String leaseNonce) {
    return send(machine(HttpMethod.POST, FlyRoutes.MACHINE_SUSPEND, appName, machineId).leaseNonce(leaseNonce));
  }

  @Override
  public Mono<Void> signalMachine(String appName, String machineId, String signal, String leaseNonce) {
    Objects.requireNonNull(signal, "signal must not be null");
    return send(machine(HttpMethod.POST, FlyRoutes.MACHINE_SIGNAL, appName, machineId)
        .body(Map.of("signal", signal)).leaseNonce(leaseNonce));
  }

  @Override
  public Mono<Void> cordonMachine(String appName, String machineId, String leaseNonce) {
    return send(machine(HttpMethod.POST, FlyRoutes.MACHINE_CORDON, appName, machineId).leaseNonce(leaseNonce));
  }

  @Override
  public Mono<Void> uncordonMachine(String appName, String machineId, String leaseNonce) {
    return send(machine(HttpMethod.POST, FlyRoutes.MACHINE_UNCORDON, appName, machineId).leaseNonce(leaseNonce));
  }

  @Override
  public Mono<Void> destroyMachine(String appName, String machineId, boolean force, String leaseNonce) {
    return send(machine(HttpMethod.DELETE, FlyRoutes.MACHINE, appName, machineId)
        .query("force", force ? Boolean.TRUE : null).leaseNonce(leaseNonce));
  }

  @Override
  public Mono<List<MachineEvent>> listEvents(String appName, String machineId, int limit) {
    return read(machine(HttpMethod.GET, FlyRoutes.MACHINE_EVENTS, appName, machineId).query("limit", limit),
        json.decoder(EVENT_LIST));
  }

  @Override
  public Mono<WaitResult> waitForState(String appName, String machineId, WaitRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    long timeoutSeconds = Math.min(WaitRequest.MAX_TIMEOUT.toSeconds(), ceilSeconds(request.timeout()));
    FlyCall.Builder call = machine(HttpMethod.GET, FlyRoutes.MACHINE_WAIT, appName, machineId).notRetryable();
    for (String state : request.states()) {
      call.query("state", state);
    }
    call.query("version", request.version())
        .query("instance_id", request.version() == null ? request.instanceId() : null)
        .query("from_event_id", request.fromEventId())
        .query("timeout", timeoutSeconds)
        .responseTimeout(Duration.ofSeconds(timeoutSeconds).plus(transportReadTimeout()));
    return read(call, json.decoder(WaitResult.class));
  }

  // ---- leases ----

  @Override
  public Mono<Lease> getLease(String appName, String machineId) {
    return read(machine(HttpMethod.GET, FlyRoutes.MACHINE_LEASE, appName, machineId), json.leaseDecoder());
  }

  @Override
  public Mono<Lease> acquireLease(String appName, String machineId, Duration ttl, String description) {
    return read(machine(HttpMethod.POST, FlyRoutes.MACHINE_LEASE, appName, machineId).body(leaseBody(ttl,
        description)), json.leaseDecoder());
  }

  @Override
  public Mono<Lease> refreshLease(String appName, String machineId, String nonce, Duration ttl) {
    FlyNames.requireLeaseNonce("nonce", nonce);
    return read(machine(HttpMethod.POST, FlyRoutes.MACHINE_LEASE, appName, machineId).body(leaseBody(ttl, null))
        .leaseNonce(nonce), json.leaseDecoder());
  }

  @Override
  public Mono<Void> releaseLease(String appName, String machineId, String nonce) {
    FlyNames.requireLeaseNonce("nonce", nonce);
    return send(machine(HttpMethod.DELETE, FlyRoutes.MACHINE_LEASE, appName, machineId).leaseNonce(nonce));
  }

  // ---- metadata ----

  @Override
  public Mono<Map<String, String>> getMetadata(String appName, String machineId) {
    return read(machine(HttpMethod.GET, FlyRoutes.MACHINE_METADATA, appName, machineId), json.decoder(STRING_MAP));
  }

  @Override
  public Mono<Void> setMetadata(String appName, String machineId, String key, String value) {
    Objects.requireNonNull(value, "value must not be null");
    // Setting a key to a value is idempotent: sending it twice leaves the same metadata.
    return send(machine(HttpMethod.POST, FlyRoutes.MACHINE_METADATA_KEY, appName, machineId).path("key", key)
        .body(Map.of("value", value)).retryable());
  }

  @Override
  public Mono<Void> deleteMetadata(String appName, String machineId, String key) {
    return send(machine(HttpMethod.DELETE, FlyRoutes.MACHINE_METADATA_KEY, appName, machineId).path("key", key));
  }

  @Override
  public Mono<String> getMetadataValue(String appName, String machineId, String key) {
    return machineOperations.getMetadataValue(appName, machineId, key);
  }

  @Override
  public Mono<Void> updateMetadata(String appName, String machineId, Map<String, String> changes,
      String machineVersion) {
    return machineOperations.updateMetadata(HttpMethod.PATCH, appName, machineId, changes, machineVersion);
  }

  @Override
  public Mono<Void> putMetadata(String appName, String machineId, Map<String, String> changes,
      String machineVersion) {
    return machineOperations.updateMetadata(HttpMethod.PUT, appName, machineId, changes, machineVersion);
  }

  // ---- exec, processes, versions, memory (WebClientMachineOperations) ----

  @Override
  public Mono<ExecResult> exec(String appName, String machineId, ExecRequest request) {
    return machineOperations.exec(appName, machineId, request);
  }

  @Override
  public Mono<List<ProcessInfo>> listProcesses(String appName, String machineId, String sortBy, String order) {
    return machineOperations.listProcesses(appName, machineId, sortBy, order);
  }

  @Override
  public Mono<List<MachineVersion>> listVersions(String appName, String machineId) {
    return machineOperations.listVersions(appName, machineId);
  }

  @Override
  public Mono<MachineMemory> getMemory(String appName, String machineId) {
    return machineOperations.getMemory(appName, machineId);
  }

  @Override
  public Mono<MachineMemory> setMemoryLimit(String appName, String machineId, int limitMb) {
    return machineOperations.setMemoryLimit(appName, machineId, limitMb);
  }

  @Override
  public Mono<MemoryReclaim> reclaimMemory(String appName, String machineId, int amountMb) {
    return machineOperations.reclaimMemory(appName, machineId, amountMb);
  }

  // ---- volumes ----

  @Override
  public Mono<List<Volume>> listVolumes(String appName) {
    return read(FlyCall.of(HttpMethod.GET, FlyRoutes.VOLUMES).path("app", appName), json.decoder(VOLUME_LIST));
  }

  @Override
  public Mono<Volume> createVolume(String appName, CreateVolumeRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    return read(FlyCall.of(HttpMethod.POST, FlyRoutes.VOLUMES).path("app", appName).body(request),
        json.decoder(Volume.class));
  }

  @Override
  public Mono<Volume> getVolume(String appName, String volumeId) {
    return read(volume(HttpMethod.GET, FlyRoutes.VOLUME, appName, volumeId), json.decoder(Volume.class));
  }

  @Override
  public Mono<Volume> updateVolume(String appName, String volumeId, UpdateVolumeRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    return read(volume(HttpMethod.PUT, FlyRoutes.VOLUME, appName, volumeId).body(request),
        json.decoder(Volume.class));
  }

  @Override
  public Mono<Volume> deleteVolume(String appName, String volumeId) {
    return read(volume(HttpMethod.DELETE, FlyRoutes.VOLUME, appName, volumeId), json.decoder(Volume.class));
  }

  @Override
  public Mono<ExtendVolumeResult> extendVolume(String appName, String volumeId, int sizeGb) {
    return read(volume(HttpMethod.PUT, FlyRoutes.VOLUME_EXTEND, appName, volumeId).body(Map.of("size_gb", sizeGb)),
        json.decoder(ExtendVolumeResult.class));
  }

  @Override
  public Mono<List<VolumeSnapshot>> listVolumeSnapshots(String appName, String volumeId) {
    return read(volume(HttpMethod.GET, FlyRoutes.VOLUME_SNAPSHOTS, appName, volumeId), json.decoder(SNAPSHOT_LIST));
  }

  @Override
  public Mono<Void> createVolumeSnapshot(String appName, String volumeId) {
    return send(volume(HttpMethod.POST, FlyRoutes.VOLUME_SNAPSHOTS, appName, volumeId));
  }

  // ---- secrets ----

  @Override
  public Mono<List<AppSecret>> listSecrets(String appName) {
    return read(FlyCall.of(HttpMethod.GET, FlyRoutes.SECRETS).path("app", appName),
        json.decoder(FlyResponseEnvelopes.SecretList.class))
        .map(FlyResponseEnvelopes.SecretList::secretsOrEmpty);
  }

  @Override
  public Mono<AppSecret> getSecret(String appName, String secretName) {
    return read(secret(HttpMethod.GET, appName, secretName), json.decoder(AppSecret.class));
  }

  @Override
  public Mono<AppSecretsUpdate> setSecrets(String appName, Map<String, String> values) {
    Objects.requireNonNull(values, "values must not be null");
    Map<String, String> copy = new LinkedHashMap<>(values);
    return read(FlyCall.of(HttpMethod.POST, FlyRoutes.SECRETS).path("app", appName).body(Map.of("values", copy)),
        json.decoder(AppSecretsUpdate.class));
  }

  @Override
  public Mono<AppSecretsUpdate> setSecret(String appName, String secretName, String value) {
    Objects.requireNonNull(value, "value must not be null");
    return read(secret(HttpMethod.POST, appName, secretName).body(Map.of("value", value)),
        json.decoder(AppSecretsUpdate.class));
  }

  @Override
  public Mono<AppSecretsUpdate> deleteSecret(String appName, String secretName) {
    return read(secret(HttpMethod.DELETE, appName, secretName), json.decoder(AppSecretsUpdate.class));
  }

  // ---- resource groups ----

  @Override
  public ReactiveCertificateService certificates() {
    return groups.certificates();
  }

  @Override
  public ReactiveIpAssignmentService ipAssignments() {
    return groups.ipAssignments();
  }

  @Override
  public ReactiveSecretKeyService secretKeys() {
    return groups.secretKeys();
  }

  @Override
  public ReactiveOrganizationService organizations() {
    return groups.organizations();
  }

  @Override
  public ReactivePlatformService platform() {
    return groups.platform();
  }

  @Override
  public ReactiveTokenService tokens() {
    return groups.tokens();
  }

  // ---- helpers ----

  private Duration transportReadTimeout() {
    return transport.readTimeout();
  }

  private static FlyCall.Builder machine(HttpMethod method, String route, String appName, String machineId) {
    return FlyCall.of(method, route).path("app", appName).path("machine", machineId);
  }

  private static FlyCall.Builder volume(HttpMethod method, String route, String appName, String volumeId) {
    return FlyCall.of(method, route).path("app", appName).path("volume", volumeId);
  }

  private static FlyCall.Builder secret(HttpMethod method, String appName, String secretName) {
    return FlyCall.of(method, FlyRoutes.SECRET).path("app", appName).path("secret", secretName);
  }

  private static Map<String, Object> leaseBody(Duration ttl, String description) {
    Objects.requireNonNull(ttl, "ttl must not be null");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ttl", Math.max(1, ceilSeconds(ttl)));
    if (description != null) {
      body.put("description", description);
    }
    return body;
  }

  private static long ceilSeconds(Duration duration) {
    return (duration.toMillis() + 999) / 1000;
  }

  private <T> Mono<T> read(FlyCall.Builder call, FlyJson.Decoder<T> decoder) {
    return transport.exchange(call.build(), decoder);
  }

  private Mono<Void> send(FlyCall.Builder call) {
    return transport.exchange(call.build(), null);
  }
}
