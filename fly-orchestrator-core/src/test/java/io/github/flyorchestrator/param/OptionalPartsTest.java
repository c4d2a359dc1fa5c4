package io.github.flyorchestrator.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.flyorchestrator.model.GuestConfig;
import io.github.flyorchestrator.model.MachineConfig;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every optional part of a request or an option can be set without passing {@code null} for the others: through a
 * builder or a {@code with...} method that keeps everything else.
 */
class OptionalPartsTest {

  private static final MachineConfig CONFIG = MachineConfig.ofImage("nginx");

  @Test
  void noParameterTypeHasAPublicConstructorBesidesItsCanonicalOne() {
    List<Class<?>> types = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(OptionalPartsTest.class.getPackageName()).stream()
        .filter(type -> type.getPackageName().equals(OptionalPartsTest.class.getPackageName()))
        .map(JavaClass::reflect)
        .toList();
    assertThat(types).contains(LifecycleOptions.class, RolloutRequest.Builder.class);
    for (Class<?> type : types) {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers())) {
          assertThat(type.isRecord()).as(constructor + " is a record's").isTrue();
          assertThat(constructor.getParameterTypes()).as(constructor + " is the canonical one")
              .containsExactly(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                  .toArray(Class<?>[]::new));
        }
      }
    }
  }

  @Test
  void lifecycleOptionsChangeOnePartAtATime() {
    MachineStateListener listener = (id, state, elapsed) -> { };
    LifecycleOptions options = LifecycleOptions.DEFAULTS.withTimeout(Duration.ofMinutes(2)).withLeaseNonce("n1")
        .withListener(listener).withHealthChecks(false).withExpectedVersion("v1");

    assertThat(options).isEqualTo(new LifecycleOptions(Duration.ofMinutes(2), "n1", listener, false, "v1"));
    assertThat(options.withExpectedVersion(null).expectedVersion()).isNull();
    assertThat(LifecycleOptions.DEFAULTS).isEqualTo(new LifecycleOptions(null, null, null, true, null));
    assertThatNullPointerException().isThrownBy(() -> LifecycleOptions.DEFAULTS.withTimeout(null));
  }

  @Test
  void stopOptionsSetTheSignalAndTheTimeoutSeparately() {
    assertThat(StopOptions.DEFAULT.withSignal("SIGINT")).isEqualTo(new StopOptions("SIGINT", null));
    assertThat(StopOptions.DEFAULT.withTimeout(Duration.ofSeconds(30)).withSignal("SIGINT"))
        .isEqualTo(new StopOptions("SIGINT", Duration.ofSeconds(30)));
    assertThatIllegalArgumentException().isThrownBy(() -> StopOptions.DEFAULT.withTimeout(Duration.ZERO));
    assertThatIllegalArgumentException().isThrownBy(() -> StopOptions.DEFAULT.withSignal(" "));
  }

  @Test
  void pollOptionsNameTheOperationAndTheTimeoutMessage() {
    PollOptions named = PollOptions.of(Duration.ofSeconds(10)).withOperation("wait_for_volume");
    PollOptions described = named.withTimeoutMessage("volume vol_1 to attach");

    assertThat(named).isEqualTo(
        new PollOptions(Duration.ofSeconds(10), "wait_for_volume", "wait_for_volume to be done"));
    assertThat(described.withOperation("attach").timeoutMessage()).isEqualTo("volume vol_1 to attach");
    assertThat(PollOptions.of(Duration.ofSeconds(10)).operation()).isEqualTo(PollOptions.DEFAULT_OPERATION);
  }

  @Test
  void waitRequestsAddVersionInstanceAndEventIds() {
    WaitRequest request = WaitRequest.forState("started", Duration.ofMillis(1500)).withVersion("v1")
        .withInstanceId("i1").withFromEventId("e1");

    assertThat(request).isEqualTo(new WaitRequest(List.of("started"), "v1", "i1", "e1", Duration.ofSeconds(2)));
    assertThat(WaitRequest.of(List.of("stopped", "failed"), Duration.ofSeconds(60)))
        .isEqualTo(new WaitRequest(List.of("stopped", "failed"), null, null, null, Duration.ofSeconds(60)));
    assertThat(WaitRequest.forState("started", "v2", Duration.ofMinutes(5)))
        .isEqualTo(new WaitRequest(List.of("started"), "v2", null, null, WaitRequest.MAX_TIMEOUT));
  }

  @Test
  void machineListOptionsNarrowTheList() {
    assertThat(MachineListOptions.ALL.withRegion("ams").withStates("started", "stopped").withIncludeDeleted(true)
        .withSummary(true)).isEqualTo(new MachineListOptions("ams", List.of("started", "stopped"), true, true));
  }

  @Test
  void theRequestBodiesHaveBuildersForTheirOptionalFields() {
    assertThat(MachineSpec.builder(CONFIG).region("ams").name("web").skipLaunch(true).skipServiceRegistration(true)
        .leaseTtlSeconds(30).currentVersion("v1").minSecretsVersion(4).skipSecrets(false).build())
        .isEqualTo(new MachineSpec(CONFIG, "ams", "web", true, true, 30, "v1", 4L, false));
    assertThat(MachineSpec.of(CONFIG)).isEqualTo(new MachineSpec(CONFIG, null, null, null, null, null, null, null,
        null));
    GuestConfig guest = GuestConfig.of("shared", 1, 256);
    assertThat(CreateVolumeRequest.builder("data").region("ams").sizeGb(3).encrypted(false).fstype("ext4")
        .requireUniqueZone(true).uniqueZoneAppWide(false).snapshotId("s1").sourceVolumeId("vol_0")
        .snapshotRetention(7).autoBackupEnabled(true).compute(guest).computeImage("nginx").build())
        .isEqualTo(new CreateVolumeRequest("data", "ams", 3, false, "ext4", true, false, "s1", "vol_0", 7, true, guest,
            "nginx"));
    assertThat(CreateVolumeRequest.of("data", "ams", 3)).isEqualTo(CreateVolumeRequest.builder("data").region("ams")
        .sizeGb(3).build());
    assertThat(UpdateVolumeRequest.NO_CHANGE.withSnapshotRetention(14).withAutoBackupEnabled(false))
        .isEqualTo(new UpdateVolumeRequest(false, 14));
    assertThat(CreateAppRequest.of("my-app", "personal").withNetwork("blue").withSubdomains(true))
        .isEqualTo(new CreateAppRequest("my-app", "personal", "blue", true));
  }

  @Test
  void theOrchestrationRequestsHaveBuildersWithDocumentedDefaults() {
    CreateMachineRequest machine = CreateMachineRequest.builder("my-app", CONFIG).build();
    RolloutRequest rollout = RolloutRequest.builder("my-app").targetImage("nginx:2").build();

    assertThat(machine).isEqualTo(CreateMachineRequest.of("my-app", CONFIG));
    assertThat(machine.state()).isEqualTo("started");
    assertThat(rollout.concurrency()).isEqualTo(RolloutRequest.DEFAULT_CONCURRENCY);
    assertThat(rollout.machineTimeout()).isEqualTo(RolloutRequest.DEFAULT_MACHINE_TIMEOUT);
    assertThat(rollout.leaseTtl()).isEqualTo(RolloutRequest.DEFAULT_LEASE_TTL);
    assertThat(rollout.failurePolicy()).isEqualTo(RolloutFailurePolicy.STOP_AT_FIRST_FAILURE);
    assertThat(rollout.waitForHealthChecks()).isTrue();
    assertThat(rollout.optimisticUpdates()).isFalse();
    assertThatNullPointerException().isThrownBy(() -> RolloutRequest.builder("my-app").build())
        .withMessageContaining("configChange");
  }

  @Test
  void anIdempotencyKeyIsUnsetByDefaultAndTakesOnlyWhatFlyMetadataTakes() {
    assertThat(CreateMachineRequest.of("my-app", CONFIG).idempotencyKey()).isNull();
    assertThat(CreateMachineRequest.builder("my-app", CONFIG).idempotencyKey("worker-3.v_2").build()
        .idempotencyKey()).isEqualTo("worker-3.v_2");
    for (String bad : List.of("", "has space", "a/b", "x".repeat(129), "é")) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CreateMachineRequest.builder("my-app", CONFIG).idempotencyKey(bad).build())
          .withMessageContaining("idempotencyKey must be 1 to 128 letters, digits");
    }
  }
}
