package io.github.flyorchestrator.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.Volume;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateVolumeRequest;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.UpdateVolumeRequest;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimulatorOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The typed client's routes that no orchestration uses, against the simulator: the client and the simulator were
 * written independently from the same API facts, so agreeing on shapes here checks both.
 */
class ClientAgainstSimulatorTest {

  private static FlyApiSimulator simulator;
  private static ReactiveFlyMachinesClient reactive;
  private static FlyMachinesClient client;

  @BeforeAll
  static void start() {
    simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withTimeScale(0.1).withRateLimits(false));
    reactive = ReactiveFlyMachinesClient.builder().baseUrl(simulator.baseUrl()).token("t0ken").build();
    client = FlyMachinesClient.blocking(reactive);
  }

  @AfterAll
  static void stop() {
    reactive.close();
    simulator.close();
  }

  @Test
  void appsAreCreatedListedAndDeleted() {
    client.createApp(CreateAppRequest.of("routes-apps", "personal"));
    assertThat(client.listApps("personal")).extracting(App::name).contains("routes-apps");
    assertThat(client.currentToken()).isNotEmpty();
    client.deleteApp("routes-apps");
    assertThatThrownBy(() -> client.getApp("routes-apps")).isInstanceOfSatisfying(FlyException.class,
        error -> assertThat(error.getHttpStatus()).isEqualTo(404));
  }

  @Test
  void machinesAreListedWithFiltersCordonedAndTheirEventsRead() {
    client.createApp(CreateAppRequest.of("routes-machines", "personal"));
    Machine ams = client.createMachine("routes-machines",
        MachineSpec.of(MachineConfig.ofImage("nginx:alpine"), "ams"));
    client.createMachine("routes-machines", MachineSpec.of(MachineConfig.ofImage("nginx:alpine"), "ord"));
    client.waitForState("routes-machines", ams.id(),
        WaitRequest.forState("started", ams.currentVersion(), Duration.ofSeconds(10)));

    assertThat(client.listMachines("routes-machines", MachineListOptions.ALL)).hasSize(2);
    assertThat(client.listMachines("routes-machines", new MachineListOptions("ams", List.of(), false, false)))
        .extracting(Machine::id).containsExactly(ams.id());
    assertThat(client.listMachines("routes-machines",
        new MachineListOptions(null, List.of("started"), false, false))).extracting(Machine::id).contains(ams.id());

    client.cordonMachine("routes-machines", ams.id(), null);
    client.uncordonMachine("routes-machines", ams.id(), null);
    assertThat(client.listEvents("routes-machines", ams.id(), 10)).isNotEmpty()
        .anySatisfy(event -> assertThat(event.status()).isEqualTo("started"));
  }

  @Test
  void volumesGoThroughTheirLifecycle() {
    client.createApp(CreateAppRequest.of("routes-volumes", "personal"));
    Volume created = client.createVolume("routes-volumes", CreateVolumeRequest.of("data", "ams", 1));
    assertThat(created.id()).isNotBlank();
    assertThat(created.sizeGb()).isEqualTo(1);
    assertThat(client.getVolume("routes-volumes", created.id()).name()).isEqualTo("data");
    assertThat(client.listVolumes("routes-volumes")).extracting(Volume::id).containsExactly(created.id());
    client.updateVolume("routes-volumes", created.id(), new UpdateVolumeRequest(false, 3));
    client.extendVolume("routes-volumes", created.id(), 5);
    assertThat(client.getVolume("routes-volumes", created.id()).sizeGb()).isEqualTo(5);
    client.deleteVolume("routes-volumes", created.id());
  }

  @Test
  void secretsAreSetListedAndDeletedWithoutShowingTheirValues() {
    client.createApp(CreateAppRequest.of("routes-secrets", "personal"));
    client.setSecrets("routes-secrets", Map.of("DATABASE_URL", "postgres://x", "API_KEY", "k-123"));
    client.setSecret("routes-secrets", "EXTRA", "e-456");
    List<AppSecret> secrets = client.listSecrets("routes-secrets");
    assertThat(secrets).extracting(AppSecret::name).containsExactlyInAnyOrder("DATABASE_URL", "API_KEY", "EXTRA");
    assertThat(secrets.toString()).doesNotContain("k-123").doesNotContain("e-456");
    client.deleteSecret("routes-secrets", "EXTRA");
    assertThat(client.listSecrets("routes-secrets")).extracting(AppSecret::name).doesNotContain("EXTRA");
  }
}
