package io.github.flyorchestrator.internal.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyLeaseException;
import io.github.flyorchestrator.model.Lease;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lease answers as the live API and the OpenAPI document give them, through the real client. */
class LeaseAnswerTest {

  private static final String LEASE_URL = "/v1/apps/my-app/machines/m1/lease";
  private static final String LEASE_DATA = """
      {"nonce": "n-123", "expires_at": 1700000120, "owner": "me@example.com", "description": "fly-orchestrator",
       "version": "01VER"}
      """;

  @RegisterExtension
  static final WireMockExtension wireMock = WireMockExtension.newInstance().options(options().dynamicPort()).build();

  ReactiveFlyMachinesClient client;
  FlyOrchestrator orchestrator;

  @BeforeEach
  void newClient() {
    client = ReactiveFlyMachinesClient.builder().baseUrl(wireMock.baseUrl()).token("token").build();
    orchestrator = FlyOrchestrator.blocking(ReactiveFlyOrchestrator.builder(client).build());
  }

  private static void leaseAnswers(String body) {
    wireMock.stubFor(post(urlEqualTo(LEASE_URL)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private void assertRefusedWithoutRunningTheAction(String message) {
    AtomicBoolean ran = new AtomicBoolean();

    assertThatThrownBy(() -> orchestrator.withLease("my-app", "m1", Duration.ofSeconds(30),
        lease -> ran.getAndSet(true)))
        .isInstanceOf(FlyLeaseException.class)
        .hasMessageStartingWith("acquiring the lease of machine m1 of app my-app failed: ")
        .hasMessageContaining(message);
    assertThat(ran).isFalse();
    wireMock.verify(0, deleteRequestedFor(anyUrl()));
  }

  @Test
  void anAnswerWhoseStatusIsNotSuccessIsAClearErrorWithTheApisMessage() {
    leaseAnswers("{\"status\": \"error\", \"code\": \"failed_precondition\", \"message\": \"machine is replacing\"}");

    assertRefusedWithoutRunningTheAction(
        "the lease answer's status is error instead of success (code failed_precondition): machine is replacing");
  }

  @Test
  void aSuccessWithoutDataIsAClearError() {
    leaseAnswers("{\"status\": \"success\"}");

    assertRefusedWithoutRunningTheAction("the lease answer says success but carries no lease data");
  }

  @Test
  void aSuccessfulEnvelopeGivesTheLeaseAndTheLeaseIsReleasedAfterTheAction() {
    leaseAnswers("{\"status\": \"success\", \"data\": " + LEASE_DATA + "}");
    wireMock.stubFor(delete(urlEqualTo(LEASE_URL))
        .willReturn(aResponse().withStatus(200)));

    String nonce = orchestrator.withLease("my-app", "m1", Duration.ofSeconds(30), Lease::nonce);

    assertThat(nonce).isEqualTo("n-123");
    wireMock.verify(1, deleteRequestedFor(urlEqualTo(LEASE_URL)));
  }

  @Test
  void theSpecsFlatLeaseIsReadAsItIs() {
    leaseAnswers(LEASE_DATA);

    Lease lease = client.acquireLease("my-app", "m1", Duration.ofSeconds(30), "x").block(Duration.ofSeconds(10));

    assertThat(lease.nonce()).isEqualTo("n-123");
    assertThat(lease.version()).isEqualTo("01VER");
    wireMock.verify(1, anyRequestedFor(anyUrl()));
  }
}
