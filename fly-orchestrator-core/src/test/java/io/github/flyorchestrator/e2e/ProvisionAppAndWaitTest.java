package io.github.flyorchestrator.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import io.github.flyorchestrator.model.HostnameCertificate;
import io.github.flyorchestrator.model.IpAssignment;
import io.github.flyorchestrator.model.ProvisionedApp;
import io.github.flyorchestrator.observation.FlyOrchestratorObservationDocumentation.Operation;
import io.github.flyorchestrator.observation.FlyWaitObservationContext;
import io.github.flyorchestrator.param.AllocateIpRequest;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.ProvisionAppRequest;
import io.github.flyorchestrator.test.CertificateIssuance;
import io.github.flyorchestrator.test.Fault;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.WithFlyApiSimulator;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code provisionAppAndWait} and {@code deprovisionAppAndWait} end to end: the real client against the simulator,
 * whose certificates are issued at once, after a (simulated) delay or never. The simulator runs ten times faster than
 * its clock says, so a 30 s issuance takes 3 s.
 */
@WithFlyApiSimulator(timeScale = 0.1, rateLimits = false)
class ProvisionAppAndWaitTest {

  private static final AtomicInteger APPS = new AtomicInteger();
  private static final String WWW = "www.example.com";
  private static final String API = "api.example.com";

  static FlyApiSimulator simulator;

  private final List<FlyWaitObservationContext> observed = new CopyOnWriteArrayList<>();
  private ReactiveFlyMachinesClient client;
  private FlyOrchestrator fly;
  private String app;

  @BeforeEach
  void freshSimulatorAndApp() {
    simulator.reset();
    client = SimulatorOrchestrationsTest.newClient(simulator);
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new ObservationHandler<FlyWaitObservationContext>() {
      @Override
      public void onStop(FlyWaitObservationContext context) {
        observed.add(context);
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return context instanceof FlyWaitObservationContext;
      }
    });
    fly = FlyOrchestrator.blocking(ReactiveFlyOrchestrator.builder(client)
        .settings(SimulatorOrchestrationsTest.FAST).observationRegistry(registry).build());
    app = "prov-" + APPS.incrementAndGet() + "-" + System.nanoTime();
    client.listApps("personal").block(); // a first connection, so that no deadline below pays for it
  }

  private ProvisionAppRequest.Builder request() {
    return ProvisionAppRequest.builder(app, "personal").withIpv6().hostnames(WWW, API);
  }

  /** Requests of the route about this test's app (in the path, or the body of a create). */
  private long calls(SimRoute route) {
    return simulator.journal().requests(route).stream()
        .filter(r -> r.path().contains("/apps/" + app) || r.body().contains("\"" + app + "\"")).count();
  }

  @Test
  void certificatesIssuedAtOnceAreCheckedOnceEach() {
    simulator.certificates(app, CertificateIssuance.immediately());

    ProvisionedApp provisioned = fly.provisionAppAndWait(request().build());

    assertThat(provisioned.app().name()).isEqualTo(app);
    assertThat(provisioned.ips()).extracting(IpAssignment::shared).containsExactlyInAnyOrder(true, false);
    assertThat(provisioned.ips()).filteredOn(ip -> !ip.shared()).singleElement()
        .satisfies(ip -> assertThat(ip.ip()).contains(":"));
    assertThat(provisioned.certificates()).extracting(HostnameCertificate::hostname).containsExactly(WWW, API);
    assertThat(provisioned.certificates()).allSatisfy(certificate -> {
      assertThat(certificate.issued()).isTrue();
      assertThat(certificate.status()).isEqualTo("active");
    });
    assertThat(calls(SimRoute.CERTIFICATES_CHECK)).isEqualTo(2);
    assertThat(calls(SimRoute.CERTIFICATES_ACME_CREATE)).isEqualTo(2);
  }

  @Test
  void certificatesIssuedAfterADelayAreWaitedForWithBoundedChecks() {
    simulator.certificates(app, CertificateIssuance.after(Duration.ofSeconds(30)));

    ProvisionedApp provisioned = fly.provisionAppAndWait(request().build());

    assertThat(provisioned.certificates()).allSatisfy(certificate -> assertThat(certificate.issued()).isTrue());
    FlyWaitObservationContext context = observed.get(observed.size() - 1);
    assertThat(context.getOperation()).isEqualTo(Operation.PROVISION_APP_AND_WAIT.value());
    assertThat(context.getAttempts()).as("check rounds").isGreaterThan(1);
    assertThat(context.getReason()).isEqualTo("2 of 2 certificates issued");
    // Backoff 50 ms doubling to 400 ms over 3 s of real time: at most ~12 rounds of 2 checks each.
    assertThat(calls(SimRoute.CERTIFICATES_CHECK)).isBetween(4L, 30L);
  }

  @Test
  void certificatesNeverIssuedEndInATimeoutNamingEachHostnameAndItsMissingRecords() {
    simulator.certificates(app, CertificateIssuance.never());

    assertThatThrownBy(() -> fly.provisionAppAndWait(request().timeout(Duration.ofSeconds(5)).build()))
        .isInstanceOfSatisfying(FlyTimeoutException.class, timeout -> {
          assertThat(timeout.getOperation()).isEqualTo(Operation.PROVISION_APP_AND_WAIT.value());
          assertThat(timeout.getMessage())
              .startsWith("timed out after 5s waiting for certificates of app " + app + ": ")
              .contains(WWW + " is pending_validation (add A " + WWW + " → 192.0.2.1, AAAA " + WWW + " → 2001:db8:")
              .contains(API + " is pending_validation (add A " + API + " → 192.0.2.1")
              .contains("or CNAME " + WWW + " → " + app + ".fly.dev")
              .contains("last state: 0 of 2 certificates issued");
        });
  }

  @Test
  void anExistingAppOfTheOrganizationIsAdoptedAndKeepsItsAddresses() {
    client.createApp(CreateAppRequest.of(app, "personal")).block();
    IpAssignment v6 = client.ipAssignments().allocate(app, AllocateIpRequest.v6()).block();
    simulator.certificates(app, CertificateIssuance.immediately());

    ProvisionedApp provisioned = fly.provisionAppAndWait(request().build());

    assertThat(calls(SimRoute.APPS_CREATE)).as("only the test's own create").isEqualTo(1);
    assertThat(calls(SimRoute.IP_ASSIGNMENTS_CREATE)).as("only the shared IPv4 was missing").isEqualTo(2);
    assertThat(provisioned.ips()).extracting(IpAssignment::ip).contains(v6.ip()).hasSize(2);
  }

  @Test
  void anAppOfAnotherOrganizationIsRefusedAndLeftAlone() {
    client.createApp(CreateAppRequest.of(app, "other-org")).block();

    assertThatThrownBy(() -> fly.provisionAppAndWait(request().build()))
        .isInstanceOf(FlyException.class)
        .hasMessageContaining("app " + app + " already exists in organization other-org, not in personal");
    assertThat(calls(SimRoute.IP_ASSIGNMENTS_CREATE)).isZero();
    assertThat(calls(SimRoute.CERTIFICATES_ACME_CREATE)).isZero();
  }

  @Test
  void aRerunAllocatesAndRequestsNothingTwice() {
    simulator.certificates(app, CertificateIssuance.immediately());
    ProvisionedApp first = fly.provisionAppAndWait(request().withPrivateIpv6().build());
    long allocations = calls(SimRoute.IP_ASSIGNMENTS_CREATE);

    ProvisionedApp second = fly.provisionAppAndWait(request().withPrivateIpv6().build());

    assertThat(allocations).isEqualTo(3);
    assertThat(calls(SimRoute.IP_ASSIGNMENTS_CREATE)).isEqualTo(allocations);
    assertThat(calls(SimRoute.CERTIFICATES_ACME_CREATE)).isEqualTo(2);
    assertThat(calls(SimRoute.APPS_CREATE)).isEqualTo(1);
    assertThat(second.ips()).containsExactlyInAnyOrderElementsOf(first.ips());
  }

  @Test
  void anAllocationThatFailsAfterTakingEffectIsFoundRatherThanMadeTwice() {
    simulator.certificates(app, CertificateIssuance.immediately());
    simulator.faults().nextForApp(SimRoute.IP_ASSIGNMENTS_CREATE, app, 1, Fault.afterEffect(503));

    ProvisionedApp provisioned = fly.provisionAppAndWait(request().ips().withDedicatedIpv4().build());

    assertThat(provisioned.ips()).hasSize(2);
    assertThat(client.ipAssignments().list(app).block()).hasSize(2);
    assertThat(calls(SimRoute.IP_ASSIGNMENTS_CREATE)).as("one ambiguous send, then the other kind").isEqualTo(2);
  }

  @Test
  void deprovisionReleasesTheAddressesDeletesTheAppAndWaitsUntilItIsGone() {
    simulator.certificates(app, CertificateIssuance.immediately());
    ProvisionedApp provisioned = fly.provisionAppAndWait(request().build());

    fly.deprovisionAppAndWait(app);

    assertThat(simulator.journal().requests(SimRoute.IP_ASSIGNMENTS_DELETE))
        .filteredOn(r -> r.path().contains("/apps/" + app + "/"))
        .hasSize(provisioned.ips().size());
    assertThat(calls(SimRoute.APPS_DELETE)).isEqualTo(1);
    assertThatThrownBy(() -> client.getApp(app).block()).matches(FlyErrors::isNotFound);
    assertThat(observed.get(observed.size() - 1).getOperation())
        .isEqualTo(Operation.DEPROVISION_APP_AND_WAIT.value());
  }

  @Test
  void anInvalidHostnameIsRefusedBeforeAnyRequest() {
    int before = simulator.journal().requests().size();

    assertThatThrownBy(() -> fly.provisionAppAndWait(request().hostnames("not a hostname").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hostnames");
    assertThat(simulator.journal().requests()).hasSize(before);
  }

  @Test
  void deprovisioningAnAppThatDoesNotExistIsDoneAtOnce() {
    fly.deprovisionAppAndWait(app, Duration.ofSeconds(5));

    assertThat(calls(SimRoute.APPS_DELETE)).isEqualTo(1);
    assertThat(calls(SimRoute.IP_ASSIGNMENTS_DELETE)).isZero();
  }
}
