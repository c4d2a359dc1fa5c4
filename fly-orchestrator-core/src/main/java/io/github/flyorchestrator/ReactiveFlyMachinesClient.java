package io.github.flyorchestrator;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.internal.client.WebClientFlyMachinesClient;
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
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Typed, non-blocking client of the Fly Machines API: one method per route. Nothing is sent until the returned
 * {@link Mono} is subscribed.
 *
 * <p>Errors: identifiers (app names, machine and volume ids, secret names, metadata keys, lease nonces) are checked
 * when the method is called; an invalid one is an {@link IllegalArgumentException} thrown at once, and nothing is
 * sent. Everything else arrives as the error of the {@code Mono}: a {@link FlyException} carrying the HTTP status,
 * Fly's error text and the request id when the API answers with an error, or saying what happened when no complete
 * answer came (reads are retried first, as {@code fly.retry.*} says; mutations are sent once).
 *
 * <p>Every optional argument has an overload without it: a method without a {@code leaseNonce} sends none, one
 * without options sends the API's defaults. The blocking twin is {@link FlyMachinesClient}.
 *
 * <p>Its length is one method per route of the API plus the overloads without optional arguments, each with its
 * errors: one responsibility, the typed API.
 */
public interface ReactiveFlyMachinesClient extends AutoCloseable {

  /**
   * {@code POST /v1/apps}. Never retried.
   *
   * @param request the app to create
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes (e.g. 422 {@code name_taken})
   * @throws NullPointerException when {@code request} is {@code null}
   */
  Mono<Void> createApp(CreateAppRequest request);

  /**
   * {@code GET /v1/apps/{app}}.
   *
   * @param appName app name
   * @return the app; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no complete
   *     answer comes (e.g. 404 when there is no such app)
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  Mono<App> getApp(String appName);

  /**
   * {@code GET /v1/tokens/current}: what the configured token may access. A cheap authenticated call.
   *
   * @return one entry per presented token (several when macaroons are comma-joined); the {@code Mono} fails with
   *     {@link FlyException} when the API answers with an error or no complete answer comes (e.g. 401 when the token is
   *     wrong or expired)
   */
  Mono<List<TokenInfo>> currentToken();

  /**
   * {@code GET /v1/apps?org_slug=}.
   *
   * @param orgSlug organization slug
   * @return the apps; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes
   * @throws IllegalArgumentException when {@code orgSlug} is not valid (nothing is sent)
   */
  Mono<List<App>> listApps(String orgSlug);

  /**
   * {@code DELETE /v1/apps/{app}} (202).
   *
   * @param appName app name
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  Mono<Void> deleteApp(String appName);

  /**
   * {@code GET /v1/apps/{app}/machines}, without filters.
   *
   * @param appName app name
   * @return the machines; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  default Mono<List<Machine>> listMachines(String appName) {
    return listMachines(appName, MachineListOptions.ALL);
  }

  /**
   * {@code GET /v1/apps/{app}/machines}.
   *
   * @param appName app name
   * @param options filters ({@link MachineListOptions#ALL} for none)
   * @return the machines; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  Mono<List<Machine>> listMachines(String appName, MachineListOptions options);

  /**
   * {@code GET /v1/apps/{app}/machines/{id}}.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the machine; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes (e.g. 404 when there is no such machine)
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  Mono<Machine> getMachine(String appName, String machineId);

  /**
   * {@code POST /v1/apps/{app}/machines}. Never retried by this client: a create that failed ambiguously must be looked
   * up before it is tried again.
   *
   * @param appName app name
   * @param request what to create
   * @return the created machine; the {@code Mono} fails with {@link FlyException} when the API answers with an error or
   *     no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  Mono<Machine> createMachine(String appName, MachineSpec request);

  /**
   * {@code POST /v1/apps/{app}/machines/{id}} (update), without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @param request new config (and optionally {@code current_version})
   * @return the updated machine; the {@code Mono} fails with {@link FlyException} when the API answers with an error or
   *     no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  default Mono<Machine> updateMachine(String appName, String machineId, MachineSpec request) {
    return updateMachine(appName, machineId, request, null);
  }

  /**
   * {@code POST /v1/apps/{app}/machines/{id}} (update).
   *
   * @param appName app name
   * @param machineId machine id
   * @param request new config (and optionally {@code current_version})
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @return the updated machine; the {@code Mono} fails with {@link FlyException} when the API answers with an error or
   *     no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  Mono<Machine> updateMachine(String appName, String machineId, MachineSpec request, String leaseNonce);

  /**
   * {@code POST .../start}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  default Mono<Void> startMachine(String appName, String machineId) {
    return startMachine(appName, machineId, null);
  }

  /**
   * {@code POST .../start}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   */
  Mono<Void> startMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../stop} with the machine's stop defaults, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  default Mono<Void> stopMachine(String appName, String machineId) {
    return stopMachine(appName, machineId, StopOptions.DEFAULT, null);
  }

  /**
   * {@code POST .../stop}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @param options signal and kill timeout
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  default Mono<Void> stopMachine(String appName, String machineId, StopOptions options) {
    return stopMachine(appName, machineId, options, null);
  }

  /**
   * {@code POST .../stop}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param options signal and kill timeout ({@link StopOptions#DEFAULT} for the machine's defaults)
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   */
  Mono<Void> stopMachine(String appName, String machineId, StopOptions options, String leaseNonce);

  /**
   * {@code POST .../restart}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  default Mono<Void> restartMachine(String appName, String machineId) {
    return restartMachine(appName, machineId, null);
  }

  /**
   * {@code POST .../restart}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   */
  Mono<Void> restartMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../suspend}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  default Mono<Void> suspendMachine(String appName, String machineId) {
    return suspendMachine(appName, machineId, null);
  }

  /**
   * {@code POST .../suspend}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   */
  Mono<Void> suspendMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code DELETE /v1/apps/{app}/machines/{id}?force=}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @param force destroy even when running
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes (e.g. 412 for a running machine without {@code force})
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  default Mono<Void> destroyMachine(String appName, String machineId, boolean force) {
    return destroyMachine(appName, machineId, force, null);
  }

  /**
   * {@code DELETE /v1/apps/{app}/machines/{id}?force=}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param force destroy even when running
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes (e.g. 412 for a running machine without {@code force})
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   */
  Mono<Void> destroyMachine(String appName, String machineId, boolean force, String leaseNonce);

  /**
   * {@code GET .../events?limit=}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param limit at most this many (the API caps at 50)
   * @return events, newest first; the {@code Mono} fails with {@link FlyException} when the API answers with an error
   *     or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  Mono<List<MachineEvent>> listEvents(String appName, String machineId, int limit);

  /**
   * One call of {@code GET .../wait}; the caller decides whether to call again. Never retried. The HTTP read timeout of
   * this call always exceeds the requested long-poll timeout.
   *
   * @param appName app name
   * @param machineId machine id
   * @param request states, version and 1..60 s timeout
   * @return the wait result; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes (e.g. 408 when the state was not reached within the long-poll (not yet))
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  Mono<WaitResult> waitForState(String appName, String machineId, WaitRequest request);

  /**
   * {@code GET .../lease}.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the current lease; the {@code Mono} fails with {@link FlyException} when the API answers with an error or
   *     no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  Mono<Lease> getLease(String appName, String machineId);

  /**
   * {@code POST .../lease} without a description: acquires a lease.
   *
   * @param appName app name
   * @param machineId machine id
   * @param ttl lease time to live
   * @return the lease, unwrapped from the API's {@code {status, data}} envelope; the {@code Mono} fails with
   *     {@link FlyException} when the API answers with an error or no complete answer comes (e.g. 409 when another
   *     holder has the lease)
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code ttl} is {@code null}
   */
  default Mono<Lease> acquireLease(String appName, String machineId, Duration ttl) {
    return acquireLease(appName, machineId, ttl, null);
  }

  /**
   * {@code POST .../lease}: acquires a lease.
   *
   * @param appName app name
   * @param machineId machine id
   * @param ttl lease time to live
   * @param description what the lease is for, or {@code null} for none
   * @return the lease, unwrapped from the API's {@code {status, data}} envelope; the {@code Mono} fails with
   *     {@link FlyException} when the API answers with an error or no complete answer comes (e.g. 409 when another
   *     holder has the lease)
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code ttl} is {@code null}
   */
  Mono<Lease> acquireLease(String appName, String machineId, Duration ttl, String description);

  /**
   * {@code POST .../lease} with {@code fly-machine-lease-nonce}: extends a held lease.
   *
   * @param appName app name
   * @param machineId machine id
   * @param nonce the held lease's nonce
   * @param ttl new time to live
   * @return the refreshed lease; the {@code Mono} fails with {@link FlyException} when the API answers with an error or
   *     no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code nonce} is not valid (nothing is
   *     sent)
   * @throws NullPointerException when {@code ttl} is {@code null}
   */
  Mono<Lease> refreshLease(String appName, String machineId, String nonce, Duration ttl);

  /**
   * {@code DELETE .../lease} with {@code fly-machine-lease-nonce}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param nonce the held lease's nonce
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code nonce} is not valid (nothing is
   *     sent)
   */
  Mono<Void> releaseLease(String appName, String machineId, String nonce);

  /**
   * {@code POST .../restart?timeout=&signal=}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param timeout how long to wait for the old process before killing it (sent in whole seconds), or {@code null} for
   *     the machine's default
   * @param signal signal to stop the process with, e.g. {@code SIGTERM}, or {@code null} for the machine's default
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   */
  Mono<Void> restartMachine(String appName, String machineId, Duration timeout, String signal, String leaseNonce);

  /**
   * {@code POST .../signal} with {@code {signal}}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @param signal e.g. {@code SIGUSR1}
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code signal} is {@code null}
   */
  default Mono<Void> signalMachine(String appName, String machineId, String signal) {
    return signalMachine(appName, machineId, signal, null);
  }

  /**
   * {@code POST .../signal} with {@code {signal}}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param signal e.g. {@code SIGUSR1}
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws NullPointerException when {@code signal} is {@code null}
   */
  Mono<Void> signalMachine(String appName, String machineId, String signal, String leaseNonce);

  /**
   * {@code POST .../cordon}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  default Mono<Void> cordonMachine(String appName, String machineId) {
    return cordonMachine(appName, machineId, null);
  }

  /**
   * {@code POST .../cordon}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   */
  Mono<Void> cordonMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../uncordon}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  default Mono<Void> uncordonMachine(String appName, String machineId) {
    return uncordonMachine(appName, machineId, null);
  }

  /**
   * {@code POST .../uncordon}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   */
  Mono<Void> uncordonMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code GET .../metadata}.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the metadata; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  Mono<Map<String, String>> getMetadata(String appName, String machineId);

  /**
   * {@code POST .../metadata/{key}} with {@code {value}} (204).
   *
   * @param appName app name
   * @param machineId machine id
   * @param key metadata key
   * @param value metadata value
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code key} is not valid (nothing is
   *     sent)
   * @throws NullPointerException when {@code value} is {@code null}
   */
  Mono<Void> setMetadata(String appName, String machineId, String key, String value);

  /**
   * {@code DELETE .../metadata/{key}} (204).
   *
   * @param appName app name
   * @param machineId machine id
   * @param key metadata key
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code key} is not valid (nothing is
   *     sent)
   */
  Mono<Void> deleteMetadata(String appName, String machineId, String key);

  /**
   * {@code GET .../metadata/{key}}: one metadata value.
   *
   * @param appName app name
   * @param machineId machine id
   * @param key metadata key
   * @return the value; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes (e.g. 404 when the key is not set)
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code key} is not valid (nothing is
   *     sent)
   */
  Mono<String> getMetadataValue(String appName, String machineId, String key);

  /**
   * {@code PATCH .../metadata}: sets and removes several keys at once (a {@code null} or empty value removes its
   * key). Never retried.
   *
   * @param appName app name
   * @param machineId machine id
   * @param changes keys to set, or to remove with a {@code null} or empty value
   * @param machineVersion apply only while the machine is at this version (else 412), or {@code null}
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes (e.g. 412 when the machine version moved on)
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or a key is not valid (nothing is sent)
   * @throws NullPointerException when {@code changes} is {@code null}
   */
  Mono<Void> updateMetadata(String appName, String machineId, Map<String, String> changes, String machineVersion);

  /**
   * {@code PUT .../metadata}: the same update as {@link #updateMetadata(String, String, Map, String)}, sent with the
   * other method the API document lists for it. Never retried.
   *
   * @param appName app name
   * @param machineId machine id
   * @param changes keys to set, or to remove with a {@code null} or empty value
   * @param machineVersion apply only while the machine is at this version (else 412), or {@code null}
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes (e.g. 412 when the machine version moved on)
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or a key is not valid (nothing is sent)
   * @throws NullPointerException when {@code changes} is {@code null}
   */
  Mono<Void> putMetadata(String appName, String machineId, Map<String, String> changes, String machineVersion);

  /**
   * {@code POST /v1/apps/{app}/machines/{id}/exec}: runs a command in a started machine and waits for it to end. The
   * response may take the command's timeout on top of the read timeout. Never retried.
   *
   * @param appName app name
   * @param machineId machine id
   * @param request the command, its standard input and timeout
   * @return exit code and output; the {@code Mono} fails with {@link FlyException} when the API answers with an error
   *     or no complete answer comes (e.g. 400 when the machine is not started)
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  Mono<ExecResult> exec(String appName, String machineId, ExecRequest request);

  /**
   * {@code GET /v1/apps/{app}/machines/{id}/ps}, in the API's order.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the machine's processes; the {@code Mono} fails with {@link FlyException} when the API answers with an
   *     error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  default Mono<List<ProcessInfo>> listProcesses(String appName, String machineId) {
    return listProcesses(appName, machineId, null, null);
  }

  /**
   * {@code GET /v1/apps/{app}/machines/{id}/ps?sort_by=&order=}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param sortBy field to sort by, e.g. {@code cpu} or {@code rss}, or {@code null} for the API's order
   * @param order {@code asc} or {@code desc}, or {@code null}
   * @return the machine's processes; the {@code Mono} fails with {@link FlyException} when the API answers with an
   *     error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  Mono<List<ProcessInfo>> listProcesses(String appName, String machineId, String sortBy, String order);

  /**
   * {@code GET /v1/apps/{app}/machines/{id}/versions}.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the machine's configuration versions; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  Mono<List<MachineVersion>> listVersions(String appName, String machineId);

  /**
   * {@code GET /v1/apps/{app}/machines/{id}/memory}.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the memory available and its limit; the {@code Mono} fails with {@link FlyException} when the API answers
   *     with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  Mono<MachineMemory> getMemory(String appName, String machineId);

  /**
   * {@code PUT /v1/apps/{app}/machines/{id}/memory}: sets the memory limit of a running machine. Retried like a read:
   * setting a value twice leaves the same limit.
   *
   * @param appName app name
   * @param machineId machine id
   * @param limitMb the new limit in MB
   * @return the memory available and its new limit; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid or {@code limitMb} is not
   *     positive (nothing is sent)
   */
  Mono<MachineMemory> setMemoryLimit(String appName, String machineId, int limitMb);

  /**
   * {@code POST /v1/apps/{app}/machines/{id}/memory/reclaim}: asks the machine's balloon to give memory back. Never
   * retried.
   *
   * @param appName app name
   * @param machineId machine id
   * @param amountMb memory to reclaim, in MB
   * @return what was actually reclaimed; the {@code Mono} fails with {@link FlyException} when the API answers with
   *     an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid or {@code amountMb} is not
   *     positive (nothing is sent)
   */
  Mono<MemoryReclaim> reclaimMemory(String appName, String machineId, int amountMb);

  /**
   * {@code GET /v1/apps/{app}/volumes}.
   *
   * @param appName app name
   * @return the volumes; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  Mono<List<Volume>> listVolumes(String appName);

  /**
   * {@code POST /v1/apps/{app}/volumes}. Never retried.
   *
   * @param appName app name
   * @param request the volume to create
   * @return the created volume; the {@code Mono} fails with {@link FlyException} when the API answers with an error or
   *     no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  Mono<Volume> createVolume(String appName, CreateVolumeRequest request);

  /**
   * {@code GET /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @return the volume; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes (e.g. 404 when there is no such volume)
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   */
  Mono<Volume> getVolume(String appName, String volumeId);

  /**
   * {@code PUT /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @param request the settings to change
   * @return the updated volume; the {@code Mono} fails with {@link FlyException} when the API answers with an error or
   *     no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  Mono<Volume> updateVolume(String appName, String volumeId, UpdateVolumeRequest request);

  /**
   * {@code DELETE /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @return the volume; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   */
  Mono<Volume> deleteVolume(String appName, String volumeId);

  /**
   * {@code PUT .../volumes/{id}/extend} with {@code {size_gb}}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @param sizeGb the new size in GB
   * @return the extended volume and whether its machine needs a restart; the {@code Mono} fails with
   *     {@link FlyException} when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   */
  Mono<ExtendVolumeResult> extendVolume(String appName, String volumeId, int sizeGb);

  /**
   * {@code GET .../volumes/{id}/snapshots}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @return the snapshots; the {@code Mono} fails with {@link FlyException} when the API answers with an error or no
   *     complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   */
  Mono<List<VolumeSnapshot>> listVolumeSnapshots(String appName, String volumeId);

  /**
   * {@code POST .../volumes/{id}/snapshots}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @return completes when the API accepted the call; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   */
  Mono<Void> createVolumeSnapshot(String appName, String volumeId);

  /**
   * {@code GET /v1/apps/{app}/secrets}.
   *
   * @param appName app name
   * @return the secrets (names and digests, no values); the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  Mono<List<AppSecret>> listSecrets(String appName);

  /**
   * {@code GET /v1/apps/{app}/secrets/{name}}: one secret's name and digest (no value).
   *
   * @param appName app name
   * @param secretName secret name
   * @return the secret without its value; the {@code Mono} fails with {@link FlyException} when the API answers with
   *     an error or no complete answer comes (e.g. 404 when there is no such secret)
   * @throws IllegalArgumentException when {@code appName} or {@code secretName} is not valid (nothing is sent)
   */
  Mono<AppSecret> getSecret(String appName, String secretName);

  /**
   * {@code POST /v1/apps/{app}/secrets} with {@code {values:{name:value}}}; a {@code null} value removes that secret.
   *
   * @param appName app name
   * @param values secret names and values (values may be {@code null})
   * @return the new secrets version and the secrets; the {@code Mono} fails with {@link FlyException} when the API
   *     answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code values} is {@code null}
   */
  Mono<AppSecretsUpdate> setSecrets(String appName, Map<String, String> values);

  /**
   * {@code POST /v1/apps/{app}/secrets/{name}} with {@code {value}} (201).
   *
   * @param appName app name
   * @param secretName secret name
   * @param value secret value
   * @return the new secrets version; the {@code Mono} fails with {@link FlyException} when the API answers with an
   *     error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code secretName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code value} is {@code null}
   */
  Mono<AppSecretsUpdate> setSecret(String appName, String secretName, String value);

  /**
   * {@code DELETE /v1/apps/{app}/secrets/{name}}.
   *
   * @param appName app name
   * @param secretName secret name
   * @return the new secrets version; the {@code Mono} fails with {@link FlyException} when the API answers with an
   *     error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code secretName} is not valid (nothing is sent)
   */
  Mono<AppSecretsUpdate> deleteSecret(String appName, String secretName);

  /**
   * The TLS certificates of apps' hostnames ({@code /v1/apps/{app}/certificates}). Sends nothing by itself.
   *
   * @return the certificate group, sharing this client's connection pool, limits, retries and observation
   */
  ReactiveCertificateService certificates();

  /**
   * The IP addresses of apps ({@code /v1/apps/{app}/ip_assignments}). Sends nothing by itself.
   *
   * @return the IP assignment group, sharing this client's connection pool, limits, retries and observation
   */
  ReactiveIpAssignmentService ipAssignments();

  /**
   * The secret keys of apps ({@code /v1/apps/{app}/secretkeys}). Sends nothing by itself.
   *
   * @return the secret key group, sharing this client's connection pool, limits, retries and observation
   */
  ReactiveSecretKeyService secretKeys();

  /**
   * Organization-wide, paged listings of machines and volumes ({@code /v1/orgs/{org}/*}). Sends nothing by itself.
   *
   * @return the organization group, sharing this client's connection pool, limits, retries and observation
   */
  ReactiveOrganizationService organizations();

  /**
   * Regions and placement capacity ({@code /v1/platform/*}). Sends nothing by itself.
   *
   * @return the platform group, sharing this client's connection pool, limits, retries and observation
   */
  ReactivePlatformService platform();

  /**
   * Token verification and issuance ({@code /v1/tokens/*}, app deploy tokens). Sends nothing by itself.
   *
   * @return the token group, sharing this client's connection pool, limits, retries and observation
   */
  ReactiveTokenService tokens();

  /**
   * A builder of the client over Spring's {@code WebClient} and Reactor Netty, e.g.
   * {@code ReactiveFlyMachinesClient.builder().token(System.getenv("FLY_API_TOKEN")).build()}.
   *
   * @return a builder for {@link FlyClientSettings#DEFAULT_BASE_URL} with {@link FlyClientSettings#DEFAULTS}
   */
  static Builder builder() {
    return WebClientFlyMachinesClient.builder();
  }

  /**
   * Releases what the client holds (the built client: its connection pool; calls made afterwards fail). The default
   * holds nothing and does nothing.
   */
  @Override
  default void close() {
  }

  /**
   * Builds the WebClient-based client. Only the token is required; every other value has a default.
   */
  interface Builder {

    /**
     * @param baseUrl API root without {@code /v1}: {@code https://api.machines.dev} (the default) from outside Fly,
     *     {@code http://_api.internal:4280} from a Machine on Fly's private network
     * @return this builder
     */
    Builder baseUrl(URI baseUrl);

    /**
     * @param baseUrl API root without {@code /v1}, as text
     * @return this builder
     * @throws IllegalArgumentException when the text is not a URI
     */
    Builder baseUrl(String baseUrl);

    /**
     * @param token the API token, sent as Fly's own clients send it: a {@code Bearer }/{@code FlyV1 } prefix is
     *     dropped, macaroons ({@code fm1r_}, {@code fm1a_}, {@code fm2_}) go as {@code FlyV1}, other tokens as
     *     {@code Bearer}; it is never logged nor shown in a message
     * @return this builder
     * @throws IllegalArgumentException when the token is blank or still holds an unresolved {@code ${...}}
     *     placeholder
     */
    Builder token(String token);

    /**
     * @param webClientBuilder a builder to clone (it is not changed), e.g. Spring Boot's with the application's
     *     customizers; by default a fresh {@code WebClient.builder()}
     * @return this builder
     */
    Builder webClientBuilder(WebClient.Builder webClientBuilder);

    /**
     * @param settings timeouts, retries, rate limits, connection pool; by default {@link FlyClientSettings#DEFAULTS}
     * @return this builder
     */
    Builder settings(FlyClientSettings settings);

    /**
     * @param meterRegistry where retries are counted ({@code fly.client.retries}); by default nowhere
     * @return this builder
     */
    Builder meterRegistry(MeterRegistry meterRegistry);

    /**
     * @return a new client with its own connection pool; {@link ReactiveFlyMachinesClient#close()} releases it
     * @throws IllegalStateException when no token was given
     */
    ReactiveFlyMachinesClient build();
  }
}
