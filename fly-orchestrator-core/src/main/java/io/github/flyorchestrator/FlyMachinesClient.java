package io.github.flyorchestrator;

import io.github.flyorchestrator.internal.client.BlockingFlyMachinesClient;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.ExtendVolumeResult;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.TokenInfo;
import io.github.flyorchestrator.model.Volume;
import io.github.flyorchestrator.model.VolumeSnapshot;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.AppSecretsUpdate;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateVolumeRequest;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.StopOptions;
import io.github.flyorchestrator.param.UpdateVolumeRequest;
import io.github.flyorchestrator.param.WaitRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Typed, blocking client of the Fly Machines API: the same routes as {@link ReactiveFlyMachinesClient}, each method
 * blocking until the call completes. Errors are thrown as {@link io.github.flyorchestrator.exception.FlyException}. Must not be
 * called from a non-blocking (event loop) thread.
 */
public interface FlyMachinesClient {

  /**
   * {@code POST /v1/apps}.
   *
   * @param request the app to create
   */
  void createApp(CreateAppRequest request);

  /**
   * {@code GET /v1/apps/{app}}.
   *
   * @param appName app name
   * @return the app (404 is an error)
   */
  App getApp(String appName);

  /**
   * {@code GET /v1/tokens/current}.
   *
   * @return one entry per presented token
   * @see ReactiveFlyMachinesClient#currentToken()
   */
  List<TokenInfo> currentToken();

  /**
   * {@code GET /v1/apps?org_slug=}.
   *
   * @param orgSlug organization slug
   * @return the apps
   */
  List<App> listApps(String orgSlug);

  /**
   * {@code DELETE /v1/apps/{app}} (202).
   *
   * @param appName app name
   */
  void deleteApp(String appName);

  /**
   * {@code GET /v1/apps/{app}/machines}.
   *
   * @param appName app name
   * @param options filters
   * @return the machines
   */
  List<Machine> listMachines(String appName, MachineListOptions options);

  /**
   * {@code GET /v1/apps/{app}/machines/{id}}.
   *
   * @param appName app
   * @param machineId machine id
   * @return the machine
   */
  Machine getMachine(String appName, String machineId);

  /**
   * {@code POST /v1/apps/{app}/machines}. Never retried by this client: a create that failed ambiguously must be
   * looked up before it is tried again.
   *
   * @param appName app name
   * @param request what to create
   * @return the created machine
   */
  Machine createMachine(String appName, MachineSpec request);

  /**
   * {@code POST /v1/apps/{app}/machines/{id}} (update).
   *
   * @param appName app name
   * @param machineId machine id
   * @param request new config (and optionally {@code current_version})
   * @param leaseNonce lease nonce, or {@code null}
   * @return the updated machine
   */
  Machine updateMachine(String appName, String machineId, MachineSpec request, String leaseNonce);

  /**
   * {@code POST .../start}.
   *
   * @param appName app
   * @param machineId machine
   * @param leaseNonce nonce or null
   */
  void startMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../stop}.
   *
   * @param appName app
   * @param machineId machine
   * @param options signal and timeout
   * @param leaseNonce nonce or {@code null}
   */
  void stopMachine(String appName, String machineId, StopOptions options, String leaseNonce);

  /**
   * {@code POST .../restart}.
   *
   * @param appName app
   * @param machineId machine
   * @param leaseNonce nonce or null
   */
  void restartMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../suspend}.
   *
   * @param appName app
   * @param machineId machine
   * @param leaseNonce nonce or null
   */
  void suspendMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code DELETE /v1/apps/{app}/machines/{id}?force=}.
   *
   * @param appName app
   * @param machineId machine
   * @param force destroy even when running
   * @param leaseNonce nonce or {@code null}
   */
  void destroyMachine(String appName, String machineId, boolean force, String leaseNonce);

  /**
   * {@code GET .../events?limit=}.
   *
   * @param appName app
   * @param machineId machine
   * @param limit at most this many (the API caps at 50)
   * @return events, newest first
   */
  List<MachineEvent> listEvents(String appName, String machineId, int limit);

  /**
   * One call of {@code GET .../wait}. A 408 (not yet) is a {@link io.github.flyorchestrator.exception.FlyException} with
   * status 408; the caller decides whether to call again. The HTTP read timeout of this call always exceeds the
   * requested long-poll timeout.
   *
   * @param appName app
   * @param machineId machine
   * @param request states, version and 1..60 s timeout
   * @return the wait result
   */
  WaitResult waitForState(String appName, String machineId, WaitRequest request);

  /**
   * {@code GET .../lease}.
   *
   * @param appName app
   * @param machineId machine
   * @return the current lease
   */
  Lease getLease(String appName, String machineId);

  /**
   * {@code POST .../lease}: acquires a lease (409 when another holder has it).
   *
   * @param appName app
   * @param machineId machine
   * @param ttl lease time to live
   * @param description what the lease is for, or {@code null}
   * @return the lease, unwrapped from the API's {@code {status, data}} envelope
   */
  Lease acquireLease(String appName, String machineId, Duration ttl, String description);

  /**
   * {@code POST .../lease} with {@code fly-machine-lease-nonce}: extends a held lease.
   *
   * @param appName app
   * @param machineId machine
   * @param nonce the held lease's nonce
   * @param ttl new time to live
   * @return the refreshed lease
   */
  Lease refreshLease(String appName, String machineId, String nonce, Duration ttl);

  /**
   * {@code DELETE .../lease} with {@code fly-machine-lease-nonce}.
   *
   * @param appName app
   * @param machineId machine
   * @param nonce the held lease's nonce
   */
  void releaseLease(String appName, String machineId, String nonce);

  /**
   * {@code POST .../restart?timeout=&signal=}.
   *
   * @param appName app
   * @param machineId machine
   * @param timeout how long to wait for the old process before killing it (sent in whole seconds), or {@code null}
   * @param signal signal to stop the process with, e.g. {@code SIGTERM}, or {@code null}
   * @param leaseNonce nonce or {@code null}
   */
  void restartMachine(String appName, String machineId, Duration timeout, String signal, String leaseNonce);

  /**
   * {@code POST .../signal} with {@code {signal}}.
   *
   * @param appName app
   * @param machineId machine
   * @param signal e.g. {@code SIGUSR1}
   * @param leaseNonce nonce or {@code null}
   */
  void signalMachine(String appName, String machineId, String signal, String leaseNonce);

  /**
   * {@code POST .../cordon}.
   *
   * @param appName app
   * @param machineId machine
   * @param leaseNonce nonce or null
   */
  void cordonMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../uncordon}.
   *
   * @param appName app
   * @param machineId machine
   * @param leaseNonce nonce or null
   */
  void uncordonMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code GET .../metadata}.
   *
   * @param appName app
   * @param machineId machine
   * @return the metadata
   */
  Map<String, String> getMetadata(String appName, String machineId);

  /**
   * {@code POST .../metadata/{key}} with {@code {value}}.
   *
   * @param appName app
   * @param machineId machine
   * @param key metadata key
   * @param value metadata value
   */
  void setMetadata(String appName, String machineId, String key, String value);

  /**
   * {@code DELETE .../metadata/{key}}.
   *
   * @param appName app
   * @param machineId machine
   * @param key metadata key
   */
  void deleteMetadata(String appName, String machineId, String key);

  /**
   * {@code GET /v1/apps/{app}/volumes}.
   *
   * @param appName app
   * @return the volumes
   */
  List<Volume> listVolumes(String appName);

  /**
   * {@code POST /v1/apps/{app}/volumes}. Never retried.
   *
   * @param appName app
   * @param request the volume to create
   * @return the created volume
   */
  Volume createVolume(String appName, CreateVolumeRequest request);

  /**
   * {@code GET /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app
   * @param volumeId volume
   * @return the volume
   */
  Volume getVolume(String appName, String volumeId);

  /**
   * {@code PUT /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app
   * @param volumeId volume
   * @param request the settings to change
   * @return the updated volume
   */
  Volume updateVolume(String appName, String volumeId, UpdateVolumeRequest request);

  /**
   * {@code DELETE /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app
   * @param volumeId volume
   * @return the volume
   */
  Volume deleteVolume(String appName, String volumeId);

  /**
   * {@code PUT .../volumes/{id}/extend} with {@code {size_gb}}.
   *
   * @param appName app
   * @param volumeId volume
   * @param sizeGb the new size in GB
   * @return the extended volume and whether its machine needs a restart
   */
  ExtendVolumeResult extendVolume(String appName, String volumeId, int sizeGb);

  /**
   * {@code GET .../volumes/{id}/snapshots}.
   *
   * @param appName app
   * @param volumeId volume
   * @return the snapshots
   */
  List<VolumeSnapshot> listVolumeSnapshots(String appName, String volumeId);

  /** {@code POST .../volumes/{id}/snapshots}. @param appName app @param volumeId volume*/
  void createVolumeSnapshot(String appName, String volumeId);

  /**
   * {@code GET /v1/apps/{app}/secrets}.
   *
   * @param appName app
   * @return the secrets (names and digests, no values)
   */
  List<AppSecret> listSecrets(String appName);

  /**
   * {@code POST /v1/apps/{app}/secrets} with {@code {values:{name:value}}}; a {@code null} value removes that secret.
   *
   * @param appName app
   * @param values secret names and values (values may be {@code null})
   * @return the new secrets version and the secrets
   */
  AppSecretsUpdate setSecrets(String appName, Map<String, String> values);

  /**
   * {@code POST /v1/apps/{app}/secrets/{name}} with {@code {value}} (201).
   *
   * @param appName app
   * @param secretName secret name
   * @param value secret value
   * @return the new secrets version
   */
  AppSecretsUpdate setSecret(String appName, String secretName, String value);

  /**
   * {@code DELETE /v1/apps/{app}/secrets/{name}}.
   *
   * @param appName app
   * @param secretName secret name
   * @return the new secrets version
   */
  AppSecretsUpdate deleteSecret(String appName, String secretName);

  /**
   * The blocking client over a reactive one: each method subscribes to the reactive call and waits for it.
   *
   * @param reactive the client to block on, e.g. {@code ReactiveFlyMachinesClient.builder()...build()}
   * @return the blocking client
   */
  static FlyMachinesClient blocking(ReactiveFlyMachinesClient reactive) {
    return new BlockingFlyMachinesClient(reactive);
  }
}
