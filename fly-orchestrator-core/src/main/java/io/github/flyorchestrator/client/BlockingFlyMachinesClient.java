package io.github.flyorchestrator.client;

import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.AppSecretsUpdate;
import io.github.flyorchestrator.model.CreateAppRequest;
import io.github.flyorchestrator.model.CreateVolumeRequest;
import io.github.flyorchestrator.model.ExtendVolumeResult;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineCreateRequest;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.TokenInfo;
import io.github.flyorchestrator.model.UpdateVolumeRequest;
import io.github.flyorchestrator.model.Volume;
import io.github.flyorchestrator.model.VolumeSnapshot;
import io.github.flyorchestrator.model.WaitResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@link FlyMachinesClient} that blocks on a {@link ReactiveFlyMachinesClient}: one HTTP implementation, two styles.
 * Each method subscribes to the reactive call and waits for it; the reactive client's timeouts bound the wait.
 */
public final class BlockingFlyMachinesClient implements FlyMachinesClient {

  private final ReactiveFlyMachinesClient reactive;

  /**
   * Wraps a reactive client.
   *
   * @param reactive the client to block on
   */
  public BlockingFlyMachinesClient(ReactiveFlyMachinesClient reactive) {
    this.reactive = java.util.Objects.requireNonNull(reactive, "reactive must not be null");
  }

  /** @return the reactive client this one blocks on */
  public ReactiveFlyMachinesClient reactive() {
    return reactive;
  }

  @Override
  public void createApp(CreateAppRequest request) {
    reactive.createApp(request).block();
  }

  @Override
  public App getApp(String appName) {
    return reactive.getApp(appName).block();
  }

  @Override
  public List<TokenInfo> currentToken() {
    return reactive.currentToken().block();
  }

  @Override
  public List<App> listApps(String orgSlug) {
    return reactive.listApps(orgSlug).block();
  }

  @Override
  public void deleteApp(String appName) {
    reactive.deleteApp(appName).block();
  }

  @Override
  public List<Machine> listMachines(String appName, MachineListOptions options) {
    return reactive.listMachines(appName, options).block();
  }

  @Override
  public Machine getMachine(String appName, String machineId) {
    return reactive.getMachine(appName, machineId).block();
  }

  @Override
  public Machine createMachine(String appName, MachineCreateRequest request) {
    return reactive.createMachine(appName, request).block();
  }

  @Override
  public Machine updateMachine(String appName, String machineId, MachineCreateRequest request, String leaseNonce) {
    return reactive.updateMachine(appName, machineId, request, leaseNonce).block();
  }

  @Override
  public void startMachine(String appName, String machineId, String leaseNonce) {
    reactive.startMachine(appName, machineId, leaseNonce).block();
  }

  @Override
  public void stopMachine(String appName, String machineId, StopOptions options, String leaseNonce) {
    reactive.stopMachine(appName, machineId, options, leaseNonce).block();
  }

  @Override
  public void restartMachine(String appName, String machineId, String leaseNonce) {
    reactive.restartMachine(appName, machineId, leaseNonce).block();
  }

  @Override
  public void suspendMachine(String appName, String machineId, String leaseNonce) {
    reactive.suspendMachine(appName, machineId, leaseNonce).block();
  }

  @Override
  public void destroyMachine(String appName, String machineId, boolean force, String leaseNonce) {
    reactive.destroyMachine(appName, machineId, force, leaseNonce).block();
  }

  @Override
  public List<MachineEvent> listEvents(String appName, String machineId, int limit) {
    return reactive.listEvents(appName, machineId, limit).block();
  }

  @Override
  public WaitResult waitForState(String appName, String machineId, WaitRequest request) {
    return reactive.waitForState(appName, machineId, request).block();
  }

  @Override
  public Lease getLease(String appName, String machineId) {
    return reactive.getLease(appName, machineId).block();
  }

  @Override
  public Lease acquireLease(String appName, String machineId, Duration ttl, String description) {
    return reactive.acquireLease(appName, machineId, ttl, description).block();
  }

  @Override
  public Lease refreshLease(String appName, String machineId, String nonce, Duration ttl) {
    return reactive.refreshLease(appName, machineId, nonce, ttl).block();
  }

  @Override
  public void releaseLease(String appName, String machineId, String nonce) {
    reactive.releaseLease(appName, machineId, nonce).block();
  }

  @Override
  public void restartMachine(String appName, String machineId, Duration timeout, String signal, String leaseNonce) {
    reactive.restartMachine(appName, machineId, timeout, signal, leaseNonce).block();
  }

  @Override
  public void signalMachine(String appName, String machineId, String signal, String leaseNonce) {
    reactive.signalMachine(appName, machineId, signal, leaseNonce).block();
  }

  @Override
  public void cordonMachine(String appName, String machineId, String leaseNonce) {
    reactive.cordonMachine(appName, machineId, leaseNonce).block();
  }

  @Override
  public void uncordonMachine(String appName, String machineId, String leaseNonce) {
    reactive.uncordonMachine(appName, machineId, leaseNonce).block();
  }

  @Override
  public Map<String, String> getMetadata(String appName, String machineId) {
    return reactive.getMetadata(appName, machineId).block();
  }

  @Override
  public void setMetadata(String appName, String machineId, String key, String value) {
    reactive.setMetadata(appName, machineId, key, value).block();
  }

  @Override
  public void deleteMetadata(String appName, String machineId, String key) {
    reactive.deleteMetadata(appName, machineId, key).block();
  }

  @Override
  public List<Volume> listVolumes(String appName) {
    return reactive.listVolumes(appName).block();
  }

  @Override
  public Volume createVolume(String appName, CreateVolumeRequest request) {
    return reactive.createVolume(appName, request).block();
  }

  @Override
  public Volume getVolume(String appName, String volumeId) {
    return reactive.getVolume(appName, volumeId).block();
  }

  @Override
  public Volume updateVolume(String appName, String volumeId, UpdateVolumeRequest request) {
    return reactive.updateVolume(appName, volumeId, request).block();
  }

  @Override
  public Volume deleteVolume(String appName, String volumeId) {
    return reactive.deleteVolume(appName, volumeId).block();
  }

  @Override
  public ExtendVolumeResult extendVolume(String appName, String volumeId, int sizeGb) {
    return reactive.extendVolume(appName, volumeId, sizeGb).block();
  }

  @Override
  public List<VolumeSnapshot> listVolumeSnapshots(String appName, String volumeId) {
    return reactive.listVolumeSnapshots(appName, volumeId).block();
  }

  @Override
  public void createVolumeSnapshot(String appName, String volumeId) {
    reactive.createVolumeSnapshot(appName, volumeId).block();
  }

  @Override
  public List<AppSecret> listSecrets(String appName) {
    return reactive.listSecrets(appName).block();
  }

  @Override
  public AppSecretsUpdate setSecrets(String appName, Map<String, String> values) {
    return reactive.setSecrets(appName, values).block();
  }

  @Override
  public AppSecretsUpdate setSecret(String appName, String secretName, String value) {
    return reactive.setSecret(appName, secretName, value).block();
  }

  @Override
  public AppSecretsUpdate deleteSecret(String appName, String secretName) {
    return reactive.deleteSecret(appName, secretName).block();
  }
}
