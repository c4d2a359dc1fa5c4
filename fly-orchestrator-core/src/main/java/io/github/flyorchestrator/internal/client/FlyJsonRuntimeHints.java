package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.AppSecretsUpdate;
import io.github.flyorchestrator.model.CheckStatus;
import io.github.flyorchestrator.model.ExtendVolumeResult;
import io.github.flyorchestrator.model.GuestConfig;
import io.github.flyorchestrator.model.ImageRef;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.MachineMount;
import io.github.flyorchestrator.model.MachineRolloutOutcome;
import io.github.flyorchestrator.model.MachineRolloutStatus;
import io.github.flyorchestrator.model.MachineService;
import io.github.flyorchestrator.model.Organization;
import io.github.flyorchestrator.model.RestartPolicy;
import io.github.flyorchestrator.model.RolloutResult;
import io.github.flyorchestrator.model.ServicePort;
import io.github.flyorchestrator.model.TokenInfo;
import io.github.flyorchestrator.model.Volume;
import io.github.flyorchestrator.model.VolumeSnapshot;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateVolumeRequest;
import io.github.flyorchestrator.param.MachineSpec;
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

  private static final List<Class<?>> MODEL = List.of(App.class, AppSecret.class, AppSecretsUpdate.class,
      CheckStatus.class, ExtendVolumeResult.class, GuestConfig.class, ImageRef.class, Lease.class, Machine.class,
      MachineConfig.class, MachineEvent.class, MachineMount.class, MachineRolloutOutcome.class,
      MachineRolloutStatus.class, MachineService.class, Organization.class, RestartPolicy.class, RolloutResult.class,
      ServicePort.class, TokenInfo.class, Volume.class, VolumeSnapshot.class, WaitResult.class);

  private static final List<Class<?>> REQUEST_BODIES = List.of(CreateAppRequest.class, CreateVolumeRequest.class,
      MachineSpec.class, UpdateVolumeRequest.class);

  private static final List<Class<?>> ENVELOPES = List.of(FlyResponseEnvelopes.AppList.class,
      FlyResponseEnvelopes.CurrentTokens.class, FlyResponseEnvelopes.SecretList.class,
      FlyResponseEnvelopes.LeaseEnvelope.class);

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
