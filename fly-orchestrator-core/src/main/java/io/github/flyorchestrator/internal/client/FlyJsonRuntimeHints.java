package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.AcmeChallenge;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.AppSecretsUpdate;
import io.github.flyorchestrator.model.Certificate;
import io.github.flyorchestrator.model.CertificateCheck;
import io.github.flyorchestrator.model.CertificateEntry;
import io.github.flyorchestrator.model.CertificateSummary;
import io.github.flyorchestrator.model.CertificateValidation;
import io.github.flyorchestrator.model.CertificateValidationError;
import io.github.flyorchestrator.model.CheckStatus;
import io.github.flyorchestrator.model.DnsRecords;
import io.github.flyorchestrator.model.DnsRequirements;
import io.github.flyorchestrator.model.ExecResult;
import io.github.flyorchestrator.model.ExtendVolumeResult;
import io.github.flyorchestrator.model.GuestConfig;
import io.github.flyorchestrator.model.HostnameCertificate;
import io.github.flyorchestrator.model.ImageRef;
import io.github.flyorchestrator.model.IpAssignment;
import io.github.flyorchestrator.model.IssuedCertificate;
import io.github.flyorchestrator.model.IssuedToken;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.ListenSocket;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.MachineMemory;
import io.github.flyorchestrator.model.MachineMount;
import io.github.flyorchestrator.model.MachineOverviewConfig;
import io.github.flyorchestrator.model.MachineRolloutOutcome;
import io.github.flyorchestrator.model.MachineRolloutStatus;
import io.github.flyorchestrator.model.MachineService;
import io.github.flyorchestrator.model.MachineVersion;
import io.github.flyorchestrator.model.MemoryReclaim;
import io.github.flyorchestrator.model.OrgMachine;
import io.github.flyorchestrator.model.OrgVolume;
import io.github.flyorchestrator.model.Organization;
import io.github.flyorchestrator.model.OwnershipVerification;
import io.github.flyorchestrator.model.ProcessInfo;
import io.github.flyorchestrator.model.ProvisionedApp;
import io.github.flyorchestrator.model.Region;
import io.github.flyorchestrator.model.RegionPlacement;
import io.github.flyorchestrator.model.Regions;
import io.github.flyorchestrator.model.RestartPolicy;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.model.SecretKey;
import io.github.flyorchestrator.model.SecretKeyUpdate;
import io.github.flyorchestrator.model.ServicePort;
import io.github.flyorchestrator.model.TokenAuthorization;
import io.github.flyorchestrator.model.TokenInfo;
import io.github.flyorchestrator.model.VerifiedToken;
import io.github.flyorchestrator.model.Volume;
import io.github.flyorchestrator.model.VolumeSnapshot;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.AllocateIpRequest;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateVolumeRequest;
import io.github.flyorchestrator.param.CustomCertificateRequest;
import io.github.flyorchestrator.param.IpAddressType;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.OidcTokenRequest;
import io.github.flyorchestrator.param.PlacementRequest;
import io.github.flyorchestrator.param.TokenAccess;
import io.github.flyorchestrator.param.UpdateVolumeRequest;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Reflection hints for a native image (registered in {@code META-INF/spring/aot.factories}): Jackson binds every
 * type in {@link #boundTypes()} by reflection, so each gets Spring's binding hints (its canonical constructor, its
 * record accessors, its Jackson annotations and the types its components mention).
 *
 * <p>The list holds every record and enum of the {@code model} package (what the API returns, and the rollout's
 * answer, which applications often render as JSON), the request bodies of the {@code param} package that the client
 * writes, and the response envelopes the client unwraps. Error bodies need no hint: they are read as a JSON tree.
 * It lives beside {@link FlyJson}, the client's one mapper, because the envelopes are private to this package.
 * {@code FlyJsonRuntimeHintsTest} scans the packages, so a new record or Jackson-annotated type without a hint fails
 * the build.
 */
public final class FlyJsonRuntimeHints implements RuntimeHintsRegistrar {

  private static final List<Class<?>> MODEL = List.of(AcmeChallenge.class, App.class, AppSecret.class,
      AppSecretsUpdate.class, Certificate.class, CertificateCheck.class, CertificateEntry.class,
      CertificateSummary.class, CertificateValidation.class, CertificateValidationError.class, CheckStatus.class,
      DnsRecords.class, DnsRequirements.class, ExecResult.class, ExtendVolumeResult.class, GuestConfig.class,
      HostnameCertificate.class, ImageRef.class, IpAssignment.class, IssuedCertificate.class, IssuedToken.class,
      Lease.class, ListenSocket.class, Machine.class, MachineConfig.class, MachineEvent.class, MachineMemory.class,
      MachineMount.class, MachineOverviewConfig.class, MachineRolloutOutcome.class, MachineRolloutStatus.class,
      MachineService.class, MachineVersion.class, MemoryReclaim.class, OrgMachine.class, OrgVolume.class,
      Organization.class, OwnershipVerification.class, ProcessInfo.class, ProvisionedApp.class, Region.class,
      RegionPlacement.class, Regions.class, RestartPolicy.class, RolloutResult.class, SecretKey.class,
      SecretKeyUpdate.class, ServicePort.class, TokenAuthorization.class, TokenInfo.class, VerifiedToken.class,
      Volume.class, VolumeSnapshot.class, WaitResult.class);

  private static final List<Class<?>> REQUEST_BODIES = List.of(AllocateIpRequest.class, CreateAppRequest.class,
      CreateVolumeRequest.class, CustomCertificateRequest.class, IpAddressType.class, MachineSpec.class,
      OidcTokenRequest.class, PlacementRequest.class, TokenAccess.class, UpdateVolumeRequest.class);

  private static final List<Class<?>> ENVELOPES = List.of(FlyResponseEnvelopes.AppList.class,
      FlyResponseEnvelopes.CurrentTokens.class, FlyResponseEnvelopes.SecretList.class,
      FlyResponseEnvelopes.LeaseEnvelope.class, FlyServiceEnvelopes.CertificatePage.class,
      FlyServiceEnvelopes.OrgMachinePage.class, FlyServiceEnvelopes.OrgVolumePage.class,
      FlyServiceEnvelopes.IpList.class,
      FlyServiceEnvelopes.SecretKeyList.class, FlyServiceEnvelopes.PlacementList.class,
      FlyServiceEnvelopes.SetSecretKeyBody.class, FlyServiceEnvelopes.SecretKeyOperation.class,
      FlyServiceEnvelopes.SecretKeyResult.class, WebClientMachineOperations.MetadataValue.class);

  /** Creates the registrar; Spring instantiates it from {@code aot.factories}. */
  public FlyJsonRuntimeHints() {
  }

  /**
   * @return every type Jackson reads or writes for the client: model types, request bodies and envelopes
   */
  static List<Class<?>> boundTypes() {
    return Stream.of(MODEL, REQUEST_BODIES, ENVELOPES).flatMap(List::stream).toList();
  }

  @Override
  public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
    new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
        boundTypes().toArray(Class<?>[]::new));
  }
}
