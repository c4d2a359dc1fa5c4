package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.FlyMachinesClient;
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
 * {@link FlyMachinesClient} that blocks on a {@link ReactiveFlyMachinesClient}: one HTTP implementation, two styles.
 * Each method subscribes to the reactive call and waits for it; the reactive client's timeouts bound the wait. Errors
 * reach the caller as {@link BlockingCalls} describes: as raised, an interrupt or a checked exception as a
 * {@link io.github.flyorchestrator.exception.FlyException}.
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
    BlockingCalls.block(reactive.createApp(request), "createApp");
  }

  @Override
  public App getApp(String appName) {
    return BlockingCalls.block(reactive.getApp(appName), "getApp");
  }

  @Override
  public List<TokenInfo> currentToken() {
    return BlockingCalls.block(reactive.currentToken(), "currentToken");
  }

  @Override
  public List<App> listApps(String orgSlug) {
    return BlockingCalls.block(reactive.listApps(orgSlug), "listApps");
  }

  @Override
  public void deleteApp(String appName) {
    BlockingCalls.block(reactive.deleteApp(appName), "deleteApp");
  }

  @Override
  public List<Machine> listMachines(String appName, MachineListOptions options) {
    return BlockingCalls.block(reactive.listMachines(appName, options), "listMachines");
  }

  @Override
  public Machine getMachine(String appName, String machineId) {
    return BlockingCalls.block(reactive.getMachine(appName, machineId), "getMachine");
  }

  @Override
  public Machine createMachine(String appName, MachineSpec request) {
    return BlockingCalls.block(reactive.createMachine(appName, request), "createMachine");
  }

  @Override
  public Machine updateMachine(String appName, String machineId, MachineSpec request, String leaseNonce) {
    return BlockingCalls.block(reactive.updateMachine(appName, machineId, request, leaseNonce), "updateMachine");
  }

  @Override
  public void startMachine(String appName, String machineId, String leaseNonce) {
    BlockingCalls.block(reactive.startMachine(appName, machineId, leaseNonce), "startMachine");
  }

  @Override
  public void stopMachine(String appName, String machineId, StopOptions options, String leaseNonce) {
    BlockingCalls.block(reactive.stopMachine(appName, machineId, options, leaseNonce), "stopMachine");
  }

  @Override
  public void restartMachine(String appName, String machineId, String leaseNonce) {
    BlockingCalls.block(reactive.restartMachine(appName, machineId, leaseNonce), "restartMachine");
  }

  @Override
  public void suspendMachine(String appName, String machineId, String leaseNonce) {
    BlockingCalls.block(reactive.suspendMachine(appName, machineId, leaseNonce), "suspendMachine");
  }

  @Override
  public void destroyMachine(String appName, String machineId, boolean force, String leaseNonce) {
    BlockingCalls.block(reactive.destroyMachine(appName, machineId, force, leaseNonce), "destroyMachine");
  }

  @Override
  public List<MachineEvent> listEvents(String appName, String machineId, int limit) {
    return BlockingCalls.block(reactive.listEvents(appName, machineId, limit), "listEvents");
  }

  @Override
  public WaitResult waitForState(String appName, String machineId, WaitRequest request) {
    return BlockingCalls.block(reactive.waitForState(appName, machineId, request), "waitForState");
  }

  @Override
  public Lease getLease(String appName, String machineId) {
    return BlockingCalls.block(reactive.getLease(appName, machineId), "getLease");
  }

  @Override
  public Lease acquireLease(String appName, String machineId, Duration ttl, String description) {
    return BlockingCalls.block(reactive.acquireLease(appName, machineId, ttl, description), "acquireLease");
  }

  @Override
  public Lease refreshLease(String appName, String machineId, String nonce, Duration ttl) {
    return BlockingCalls.block(reactive.refreshLease(appName, machineId, nonce, ttl), "refreshLease");
  }

  @Override
  public void releaseLease(String appName, String machineId, String nonce) {
    BlockingCalls.block(reactive.releaseLease(appName, machineId, nonce), "releaseLease");
  }

  @Override
  public void restartMachine(String appName, String machineId, Duration timeout, String signal, String leaseNonce) {
    BlockingCalls.block(reactive.restartMachine(appName, machineId, timeout, signal, leaseNonce), "restartMachine");
  }

  @Override
  public void signalMachine(String appName, String machineId, String signal, String leaseNonce) {
    BlockingCalls.block(reactive.signalMachine(appName, machineId, signal, leaseNonce), "signalMachine");
  }

  @Override
  public void cordonMachine(String appName, String machineId, String leaseNonce) {
    BlockingCalls.block(reactive.cordonMachine(appName, machineId, leaseNonce), "cordonMachine");
  }

  @Override
  public void uncordonMachine(String appName, String machineId, String leaseNonce) {
    BlockingCalls.block(reactive.uncordonMachine(appName, machineId, leaseNonce), "uncordonMachine");
  }

  @Override
  public Map<String, String> getMetadata(String appName, String machineId) {
    return BlockingCalls.block(reactive.getMetadata(appName, machineId), "getMetadata");
  }

  @Override
  public void setMetadata(String appName, String machineId, String key, String value) {
    BlockingCalls.block(reactive.setMetadata(appName, machineId, key, value), "setMetadata");
  }

  @Override
  public void deleteMetadata(String appName, String machineId, String key) {
    BlockingCalls.block(reactive.deleteMetadata(appName, machineId, key), "deleteMetadata");
  }

  @Override
  public List<Volume> listVolumes(String appName) {
    return BlockingCalls.block(reactive.listVolumes(appName), "listVolumes");
  }

  @Override
  public Volume createVolume(String appName, CreateVolumeRequest request) {
    return BlockingCalls.block(reactive.createVolume(appName, request), "createVolume");
  }

  @Override
  public Volume getVolume(String appName, String volumeId) {
    return BlockingCalls.block(reactive.getVolume(appName, volumeId), "getVolume");
  }

  @Override
  public Volume updateVolume(String appName, String volumeId, UpdateVolumeRequest request) {
    return BlockingCalls.block(reactive.updateVolume(appName, volumeId, request), "updateVolume");
  }

  @Override
  public Volume deleteVolume(String appName, String volumeId) {
    return BlockingCalls.block(reactive.deleteVolume(appName, volumeId), "deleteVolume");
  }

  @Override
  public ExtendVolumeResult extendVolume(String appName, String volumeId, int sizeGb) {
    return BlockingCalls.block(reactive.extendVolume(appName, volumeId, sizeGb), "extendVolume");
  }

  @Override
  public List<VolumeSnapshot> listVolumeSnapshots(String appName, String volumeId) {
    return BlockingCalls.block(reactive.listVolumeSnapshots(appName, volumeId), "listVolumeSnapshots");
  }

  @Override
  public void createVolumeSnapshot(String appName, String volumeId) {
    BlockingCalls.block(reactive.createVolumeSnapshot(appName, volumeId), "createVolumeSnapshot");
  }

  @Override
  public List<AppSecret> listSecrets(String appName) {
    return BlockingCalls.block(reactive.listSecrets(appName), "listSecrets");
  }

  @Override
  public AppSecretsUpdate setSecrets(String appName, Map<String, String> values) {
    return BlockingCalls.block(reactive.setSecrets(appName, values), "setSecrets");
  }

  @Override
  public AppSecretsUpdate setSecret(String appName, String secretName, String value) {
    return BlockingCalls.block(reactive.setSecret(appName, secretName, value), "setSecret");
  }

  @Override
  public AppSecretsUpdate deleteSecret(String appName, String secretName) {
    return BlockingCalls.block(reactive.deleteSecret(appName, secretName), "deleteSecret");
  }

  /** Closes the reactive client this one adapts. */
  @Override
  public void close() {
    reactive.close();
  }

  @Override
  public AppSecret getSecret(String appName, String secretName) {
    return BlockingCalls.block(reactive.getSecret(appName, secretName), "getSecret");
  }

  @Override
  public String getMetadataValue(String appName, String machineId, String key) {
    return BlockingCalls.block(reactive.getMetadataValue(appName, machineId, key), "getMetadataValue");
  }

  @Override
  public void updateMetadata(String appName, String machineId, Map<String, String> changes, String machineVersion) {
    BlockingCalls.block(reactive.updateMetadata(appName, machineId, changes, machineVersion), "updateMetadata");
  }

  @Override
  public void putMetadata(String appName, String machineId, Map<String, String> changes, String machineVersion) {
    BlockingCalls.block(reactive.putMetadata(appName, machineId, changes, machineVersion), "putMetadata");
  }

  @Override
  public ExecResult exec(String appName, String machineId, ExecRequest request) {
    return BlockingCalls.block(reactive.exec(appName, machineId, request), "exec");
  }

  @Override
  public List<ProcessInfo> listProcesses(String appName, String machineId, String sortBy, String order) {
    return BlockingCalls.block(reactive.listProcesses(appName, machineId, sortBy, order), "listProcesses");
  }

  @Override
  public List<MachineVersion> listVersions(String appName, String machineId) {
    return BlockingCalls.block(reactive.listVersions(appName, machineId), "listVersions");
  }

  @Override
  public MachineMemory getMemory(String appName, String machineId) {
    return BlockingCalls.block(reactive.getMemory(appName, machineId), "getMemory");
  }

  @Override
  public MachineMemory setMemoryLimit(String appName, String machineId, int limitMb) {
    return BlockingCalls.block(reactive.setMemoryLimit(appName, machineId, limitMb), "setMemoryLimit");
  }

  @Override
  public MemoryReclaim reclaimMemory(String appName, String machineId, int amountMb) {
    return BlockingCalls.block(reactive.reclaimMemory(appName, machineId, amountMb), "reclaimMemory");
  }

  // The groups are thin adapters over the reactive client's groups: made per call, they hold no state of their own.

  @Override
  public CertificateService certificates() {
    return new BlockingCertificateService(reactive.certificates());
  }

  @Override
  public IpAssignmentService ipAssignments() {
    return new BlockingIpAssignmentService(reactive.ipAssignments());
  }

  @Override
  public SecretKeyService secretKeys() {
    return new BlockingSecretKeyService(reactive.secretKeys());
  }

  @Override
  public OrganizationService organizations() {
    return new BlockingOrganizationService(reactive.organizations());
  }

  @Override
  public PlatformService platform() {
    return new BlockingPlatformService(reactive.platform());
  }

  @Override
  public TokenService tokens() {
    return new BlockingTokenService(reactive.tokens());
  }
}
