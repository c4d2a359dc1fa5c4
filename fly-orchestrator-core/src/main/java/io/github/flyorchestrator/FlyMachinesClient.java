package io.github.flyorchestrator;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.internal.client.BlockingFlyMachinesClient;
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
import io.github.flyorchestrator.service.CertificateService;
import io.github.flyorchestrator.service.IpAssignmentService;
import io.github.flyorchestrator.service.OrganizationService;
import io.github.flyorchestrator.service.PlatformService;
import io.github.flyorchestrator.service.SecretKeyService;
import io.github.flyorchestrator.service.TokenService;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Typed, blocking client of the Fly Machines API: the same routes as {@link ReactiveFlyMachinesClient}, each method
 * blocking until the call completes. Must not be called from a non-blocking (event loop) thread.
 *
 * <p>Errors: identifiers (app names, machine and volume ids, secret names, metadata keys, lease nonces) are checked
 * first; an invalid one is an {@link IllegalArgumentException}, and nothing is sent. A {@link FlyException} carries
 * the HTTP status, Fly's error text and the request id when the API answers with an error, or says what happened
 * when no complete answer came (reads are retried first, as {@code fly.retry.*} says; mutations are sent once); an
 * interrupt of the waiting thread is a {@link FlyException} too (the thread's interrupt flag is set again).
 *
 * <p>Every optional argument has an overload without it: a method without a {@code leaseNonce} sends none, one
 * without options sends the API's defaults.
 *
 * <p>Its length is one method per route of the API plus the overloads without optional arguments, each with its
 * errors: one responsibility, the typed API.
 */
public interface FlyMachinesClient extends AutoCloseable {

  /**
   * {@code POST /v1/apps}. Never retried.
   *
   * @param request the app to create
   * @throws NullPointerException when {@code request} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 422 {@code name_taken})
   */
  void createApp(CreateAppRequest request);

  /**
   * {@code GET /v1/apps/{app}}.
   *
   * @param appName app name
   * @return the app
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 404 when there is no such
   *     app)
   */
  App getApp(String appName);

  /**
   * {@code GET /v1/tokens/current}: what the configured token may access. A cheap authenticated call.
   *
   * @return one entry per presented token (several when macaroons are comma-joined)
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 401 when the token is
   *     wrong or expired)
   */
  List<TokenInfo> currentToken();

  /**
   * {@code GET /v1/apps?org_slug=}.
   *
   * @param orgSlug organization slug
   * @return the apps
   * @throws IllegalArgumentException when {@code orgSlug} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  List<App> listApps(String orgSlug);

  /**
   * {@code DELETE /v1/apps/{app}} (202).
   *
   * @param appName app name
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void deleteApp(String appName);

  /**
   * {@code GET /v1/apps/{app}/machines}, without filters.
   *
   * @param appName app name
   * @return the machines
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  default List<Machine> listMachines(String appName) {
    return listMachines(appName, MachineListOptions.ALL);
  }

  /**
   * {@code GET /v1/apps/{app}/machines}.
   *
   * @param appName app name
   * @param options filters ({@link MachineListOptions#ALL} for none)
   * @return the machines
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  List<Machine> listMachines(String appName, MachineListOptions options);

  /**
   * {@code GET /v1/apps/{app}/machines/{id}}.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the machine
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 404 when there is no such
   *     machine)
   */
  Machine getMachine(String appName, String machineId);

  /**
   * {@code POST /v1/apps/{app}/machines}. Never retried by this client: a create that failed ambiguously must be looked
   * up before it is tried again.
   *
   * @param appName app name
   * @param request what to create
   * @return the created machine
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  Machine createMachine(String appName, MachineSpec request);

  /**
   * {@code POST /v1/apps/{app}/machines/{id}} (update), without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @param request new config (and optionally {@code current_version})
   * @return the updated machine
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  default Machine updateMachine(String appName, String machineId, MachineSpec request) {
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
   * @return the updated machine
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  Machine updateMachine(String appName, String machineId, MachineSpec request, String leaseNonce);

  /**
   * {@code POST .../start}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  default void startMachine(String appName, String machineId) {
    startMachine(appName, machineId, null);
  }

  /**
   * {@code POST .../start}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void startMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../stop} with the machine's stop defaults, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  default void stopMachine(String appName, String machineId) {
    stopMachine(appName, machineId, StopOptions.DEFAULT, null);
  }

  /**
   * {@code POST .../stop}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @param options signal and kill timeout
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  default void stopMachine(String appName, String machineId, StopOptions options) {
    stopMachine(appName, machineId, options, null);
  }

  /**
   * {@code POST .../stop}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param options signal and kill timeout ({@link StopOptions#DEFAULT} for the machine's defaults)
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void stopMachine(String appName, String machineId, StopOptions options, String leaseNonce);

  /**
   * {@code POST .../restart}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  default void restartMachine(String appName, String machineId) {
    restartMachine(appName, machineId, null);
  }

  /**
   * {@code POST .../restart}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void restartMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../suspend}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  default void suspendMachine(String appName, String machineId) {
    suspendMachine(appName, machineId, null);
  }

  /**
   * {@code POST .../suspend}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void suspendMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code DELETE /v1/apps/{app}/machines/{id}?force=}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @param force destroy even when running
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 412 for a running machine
   *     without {@code force})
   */
  default void destroyMachine(String appName, String machineId, boolean force) {
    destroyMachine(appName, machineId, force, null);
  }

  /**
   * {@code DELETE /v1/apps/{app}/machines/{id}?force=}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param force destroy even when running
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 412 for a running machine
   *     without {@code force})
   */
  void destroyMachine(String appName, String machineId, boolean force, String leaseNonce);

  /**
   * {@code GET .../events?limit=}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param limit at most this many (the API caps at 50)
   * @return events, newest first
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  List<MachineEvent> listEvents(String appName, String machineId, int limit);

  /**
   * One call of {@code GET .../wait}; the caller decides whether to call again. Never retried. The HTTP read timeout of
   * this call always exceeds the requested long-poll timeout.
   *
   * @param appName app name
   * @param machineId machine id
   * @param request states, version and 1..60 s timeout
   * @return the wait result
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 408 when the state was
   *     not reached within the long-poll (not yet))
   */
  WaitResult waitForState(String appName, String machineId, WaitRequest request);

  /**
   * {@code GET .../lease}.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the current lease
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  Lease getLease(String appName, String machineId);

  /**
   * {@code POST .../lease} without a description: acquires a lease.
   *
   * @param appName app name
   * @param machineId machine id
   * @param ttl lease time to live
   * @return the lease, unwrapped from the API's {@code {status, data}} envelope
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code ttl} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 409 when another holder
   *     has the lease)
   */
  default Lease acquireLease(String appName, String machineId, Duration ttl) {
    return acquireLease(appName, machineId, ttl, null);
  }

  /**
   * {@code POST .../lease}: acquires a lease.
   *
   * @param appName app name
   * @param machineId machine id
   * @param ttl lease time to live
   * @param description what the lease is for, or {@code null} for none
   * @return the lease, unwrapped from the API's {@code {status, data}} envelope
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code ttl} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 409 when another holder
   *     has the lease)
   */
  Lease acquireLease(String appName, String machineId, Duration ttl, String description);

  /**
   * {@code POST .../lease} with {@code fly-machine-lease-nonce}: extends a held lease.
   *
   * @param appName app name
   * @param machineId machine id
   * @param nonce the held lease's nonce
   * @param ttl new time to live
   * @return the refreshed lease
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code nonce} is not valid (nothing is
   *     sent)
   * @throws NullPointerException when {@code ttl} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  Lease refreshLease(String appName, String machineId, String nonce, Duration ttl);

  /**
   * {@code DELETE .../lease} with {@code fly-machine-lease-nonce}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param nonce the held lease's nonce
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code nonce} is not valid (nothing is
   *     sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void releaseLease(String appName, String machineId, String nonce);

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
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void restartMachine(String appName, String machineId, Duration timeout, String signal, String leaseNonce);

  /**
   * {@code POST .../signal} with {@code {signal}}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @param signal e.g. {@code SIGUSR1}
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code signal} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  default void signalMachine(String appName, String machineId, String signal) {
    signalMachine(appName, machineId, signal, null);
  }

  /**
   * {@code POST .../signal} with {@code {signal}}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param signal e.g. {@code SIGUSR1}
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws NullPointerException when {@code signal} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void signalMachine(String appName, String machineId, String signal, String leaseNonce);

  /**
   * {@code POST .../cordon}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  default void cordonMachine(String appName, String machineId) {
    cordonMachine(appName, machineId, null);
  }

  /**
   * {@code POST .../cordon}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void cordonMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../uncordon}, without a lease nonce.
   *
   * @param appName app name
   * @param machineId machine id
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  default void uncordonMachine(String appName, String machineId) {
    uncordonMachine(appName, machineId, null);
  }

  /**
   * {@code POST .../uncordon}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param leaseNonce nonce of a lease held on the machine, sent as {@code fly-machine-lease-nonce}, or {@code null}
   *     for none
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code leaseNonce} is not valid
   *     (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void uncordonMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code GET .../metadata}.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the metadata
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  Map<String, String> getMetadata(String appName, String machineId);

  /**
   * {@code POST .../metadata/{key}} with {@code {value}} (204).
   *
   * @param appName app name
   * @param machineId machine id
   * @param key metadata key
   * @param value metadata value
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code key} is not valid (nothing is
   *     sent)
   * @throws NullPointerException when {@code value} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void setMetadata(String appName, String machineId, String key, String value);

  /**
   * {@code DELETE .../metadata/{key}} (204).
   *
   * @param appName app name
   * @param machineId machine id
   * @param key metadata key
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code key} is not valid (nothing is
   *     sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void deleteMetadata(String appName, String machineId, String key);

  /**
   * {@code GET .../metadata/{key}}: one metadata value.
   *
   * @param appName app name
   * @param machineId machine id
   * @param key metadata key
   * @return the value
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 404 when the key is not
   *     set)
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or {@code key} is not valid (nothing is
   *     sent)
   */
  String getMetadataValue(String appName, String machineId, String key);

  /**
   * {@code PATCH .../metadata}: sets and removes several keys at once (a {@code null} or empty value removes its
   * key). Never retried.
   *
   * @param appName app name
   * @param machineId machine id
   * @param changes keys to set, or to remove with a {@code null} or empty value
   * @param machineVersion apply only while the machine is at this version (else 412), or {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 412 when the machine
   *     version moved on)
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or a key is not valid (nothing is sent)
   * @throws NullPointerException when {@code changes} is {@code null}
   */
  void updateMetadata(String appName, String machineId, Map<String, String> changes, String machineVersion);

  /**
   * {@code PUT .../metadata}: the same update as {@link #updateMetadata(String, String, Map, String)}, sent with the
   * other method the API document lists for it. Never retried.
   *
   * @param appName app name
   * @param machineId machine id
   * @param changes keys to set, or to remove with a {@code null} or empty value
   * @param machineVersion apply only while the machine is at this version (else 412), or {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 412 when the machine
   *     version moved on)
   * @throws IllegalArgumentException when {@code appName}, {@code machineId} or a key is not valid (nothing is sent)
   * @throws NullPointerException when {@code changes} is {@code null}
   */
  void putMetadata(String appName, String machineId, Map<String, String> changes, String machineVersion);

  /**
   * {@code POST /v1/apps/{app}/machines/{id}/exec}: runs a command in a started machine and waits for it to end. The
   * response may take the command's timeout on top of the read timeout. Never retried.
   *
   * @param appName app name
   * @param machineId machine id
   * @param request the command, its standard input and timeout
   * @return exit code and output
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 400 when the machine is
   *     not started)
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  ExecResult exec(String appName, String machineId, ExecRequest request);

  /**
   * {@code GET /v1/apps/{app}/machines/{id}/ps}, in the API's order.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the machine's processes
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  default List<ProcessInfo> listProcesses(String appName, String machineId) {
    return listProcesses(appName, machineId, null, null);
  }

  /**
   * {@code GET /v1/apps/{app}/machines/{id}/ps?sort_by=&order=}.
   *
   * @param appName app name
   * @param machineId machine id
   * @param sortBy field to sort by, e.g. {@code cpu} or {@code rss}, or {@code null} for the API's order
   * @param order {@code asc} or {@code desc}, or {@code null}
   * @return the machine's processes
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  List<ProcessInfo> listProcesses(String appName, String machineId, String sortBy, String order);

  /**
   * {@code GET /v1/apps/{app}/machines/{id}/versions}.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the machine's configuration versions
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  List<MachineVersion> listVersions(String appName, String machineId);

  /**
   * {@code GET /v1/apps/{app}/machines/{id}/memory}.
   *
   * @param appName app name
   * @param machineId machine id
   * @return the memory available and its limit
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid (nothing is sent)
   */
  MachineMemory getMemory(String appName, String machineId);

  /**
   * {@code PUT /v1/apps/{app}/machines/{id}/memory}: sets the memory limit of a running machine. Retried like a read:
   * setting a value twice leaves the same limit.
   *
   * @param appName app name
   * @param machineId machine id
   * @param limitMb the new limit in MB
   * @return the memory available and its new limit
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid or {@code limitMb} is not
   *     positive (nothing is sent)
   */
  MachineMemory setMemoryLimit(String appName, String machineId, int limitMb);

  /**
   * {@code POST /v1/apps/{app}/machines/{id}/memory/reclaim}: asks the machine's balloon to give memory back. Never
   * retried.
   *
   * @param appName app name
   * @param machineId machine id
   * @param amountMb memory to reclaim, in MB
   * @return what was actually reclaimed
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code machineId} is not valid or {@code amountMb} is not
   *     positive (nothing is sent)
   */
  MemoryReclaim reclaimMemory(String appName, String machineId, int amountMb);

  /**
   * {@code GET /v1/apps/{app}/volumes}.
   *
   * @param appName app name
   * @return the volumes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  List<Volume> listVolumes(String appName);

  /**
   * {@code POST /v1/apps/{app}/volumes}. Never retried.
   *
   * @param appName app name
   * @param request the volume to create
   * @return the created volume
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  Volume createVolume(String appName, CreateVolumeRequest request);

  /**
   * {@code GET /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @return the volume
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 404 when there is no such
   *     volume)
   */
  Volume getVolume(String appName, String volumeId);

  /**
   * {@code PUT /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @param request the settings to change
   * @return the updated volume
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  Volume updateVolume(String appName, String volumeId, UpdateVolumeRequest request);

  /**
   * {@code DELETE /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @return the volume
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  Volume deleteVolume(String appName, String volumeId);

  /**
   * {@code PUT .../volumes/{id}/extend} with {@code {size_gb}}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @param sizeGb the new size in GB
   * @return the extended volume and whether its machine needs a restart
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  ExtendVolumeResult extendVolume(String appName, String volumeId, int sizeGb);

  /**
   * {@code GET .../volumes/{id}/snapshots}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @return the snapshots
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  List<VolumeSnapshot> listVolumeSnapshots(String appName, String volumeId);

  /**
   * {@code POST .../volumes/{id}/snapshots}.
   *
   * @param appName app name
   * @param volumeId volume id
   * @throws IllegalArgumentException when {@code appName} or {@code volumeId} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  void createVolumeSnapshot(String appName, String volumeId);

  /**
   * {@code GET /v1/apps/{app}/secrets}.
   *
   * @param appName app name
   * @return the secrets (names and digests, no values)
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  List<AppSecret> listSecrets(String appName);

  /**
   * {@code GET /v1/apps/{app}/secrets/{name}}: one secret's name and digest (no value).
   *
   * @param appName app name
   * @param secretName secret name
   * @return the secret without its value
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 404 when there is no
   *     such secret)
   * @throws IllegalArgumentException when {@code appName} or {@code secretName} is not valid (nothing is sent)
   */
  AppSecret getSecret(String appName, String secretName);

  /**
   * {@code POST /v1/apps/{app}/secrets} with {@code {values:{name:value}}}; a {@code null} value removes that secret.
   *
   * @param appName app name
   * @param values secret names and values (values may be {@code null})
   * @return the new secrets version and the secrets
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code values} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  AppSecretsUpdate setSecrets(String appName, Map<String, String> values);

  /**
   * {@code POST /v1/apps/{app}/secrets/{name}} with {@code {value}} (201).
   *
   * @param appName app name
   * @param secretName secret name
   * @param value secret value
   * @return the new secrets version
   * @throws IllegalArgumentException when {@code appName} or {@code secretName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code value} is {@code null}
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  AppSecretsUpdate setSecret(String appName, String secretName, String value);

  /**
   * {@code DELETE /v1/apps/{app}/secrets/{name}}.
   *
   * @param appName app name
   * @param secretName secret name
   * @return the new secrets version
   * @throws IllegalArgumentException when {@code appName} or {@code secretName} is not valid (nothing is sent)
   * @throws FlyException when the API answers with an error or no complete answer comes
   */
  AppSecretsUpdate deleteSecret(String appName, String secretName);

  /**
   * The TLS certificates of apps' hostnames ({@code /v1/apps/{app}/certificates}). Sends nothing by itself.
   *
   * @return the blocking certificate group, sharing this client's connection pool, limits, retries and observation
   */
  CertificateService certificates();

  /**
   * The IP addresses of apps ({@code /v1/apps/{app}/ip_assignments}). Sends nothing by itself.
   *
   * @return the blocking IP assignment group, sharing this client's connection pool, limits, retries and observation
   */
  IpAssignmentService ipAssignments();

  /**
   * The secret keys of apps ({@code /v1/apps/{app}/secretkeys}). Sends nothing by itself.
   *
   * @return the blocking secret key group, sharing this client's connection pool, limits, retries and observation
   */
  SecretKeyService secretKeys();

  /**
   * Organization-wide, paged listings of machines and volumes ({@code /v1/orgs/{org}/*}). Sends nothing by itself.
   *
   * @return the blocking organization group, sharing this client's connection pool, limits, retries and observation
   */
  OrganizationService organizations();

  /**
   * Regions and placement capacity ({@code /v1/platform/*}). Sends nothing by itself.
   *
   * @return the blocking platform group, sharing this client's connection pool, limits, retries and observation
   */
  PlatformService platform();

  /**
   * Token verification and issuance ({@code /v1/tokens/*}, app deploy tokens). Sends nothing by itself.
   *
   * @return the blocking token group, sharing this client's connection pool, limits, retries and observation
   */
  TokenService tokens();

  /**
   * The blocking client over a reactive one: each method subscribes to the reactive call and waits for it.
   *
   * @param reactive the client to block on, e.g. {@code ReactiveFlyMachinesClient.builder()...build()}
   * @return the blocking client
   */
  static FlyMachinesClient blocking(ReactiveFlyMachinesClient reactive) {
    return new BlockingFlyMachinesClient(reactive);
  }

  /**
   * Releases what the client holds: the client from {@link #blocking(ReactiveFlyMachinesClient)} closes the reactive
   * client it adapts (a built client's connection pool; calls made afterwards fail). The default does nothing.
   */
  @Override
  default void close() {
  }
}
