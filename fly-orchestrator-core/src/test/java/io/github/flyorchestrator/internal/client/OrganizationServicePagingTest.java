package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.OrgMachine;
import io.github.flyorchestrator.model.OrgVolume;
import io.github.flyorchestrator.param.OrgListOptions;
import io.github.flyorchestrator.service.ReactiveOrganizationService;
import io.github.flyorchestrator.settings.RetrySettings;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.test.StepVerifier;

/**
 * The organization-wide listings: their filters on the wire, and cursor paging that fetches a page only when the
 * subscriber (or the blocking stream) wants more items than the pages so far brought.
 */
class OrganizationServicePagingTest extends WireMockClientSupport {

  private static final String MACHINES = "/v1/orgs/personal/machines";

  /**
   * Page requests as the client sends them, counted in a filter: WireMock may journal a request only after the client
   * has read its answer, so its journal can lag behind what the subscriber has already seen.
   */
  private final AtomicInteger pagesSent = new AtomicInteger();

  private final ReactiveFlyMachinesClient countingClient = ReactiveFlyMachinesClient.builder().baseUrl(baseUrl())
      .token(TOKEN).settings(SETTINGS.toBuilder().retry(RetrySettings.NONE).build())
      .webClientBuilder(WebClient.builder().filter((request, next) -> {
        if (request.url().getPath().equals(MACHINES)) {
          pagesSent.incrementAndGet();
        }
        return next.exchange(request);
      }))
      .build();

  private final ReactiveOrganizationService organizations = countingClient.organizations();

  /** Three pages of two, two and one machines. */
  private static void stubThreeMachinePages() {
    wireMock.stubFor(get(urlPathEqualTo(MACHINES)).withQueryParam("cursor", absent()).willReturn(okJson("""
        {"machines": [{"id": "m1", "app_name": "a", "state": "started",
                       "config": {"image": "nginx", "guest": {"cpus": 1}, "metadata": {"k": "v"}}},
                      {"id": "m2"}], "next_cursor": "c2", "last_machine_id": "m2"}
        """)));
    wireMock.stubFor(get(urlPathEqualTo(MACHINES)).withQueryParam("cursor", equalTo("c2"))
        .willReturn(okJson("{\"machines\": [{\"id\": \"m3\"}, {\"id\": \"m4\"}], \"next_cursor\": \"c3\"}")));
    wireMock.stubFor(get(urlPathEqualTo(MACHINES)).withQueryParam("cursor", equalTo("c3"))
        .willReturn(okJson("{\"machines\": [{\"id\": \"m5\"}], \"next_cursor\": \"\"}")));
  }

  private int pageRequests() {
    return pagesSent.get();
  }

  @Test
  void listMachinesReadsEveryPageAndTheItemsParts() {
    stubThreeMachinePages();

    List<OrgMachine> machines = organizations.listMachines("personal").collectList().block();

    assertThat(machines).extracting(OrgMachine::id).containsExactly("m1", "m2", "m3", "m4", "m5");
    assertThat(machines.get(0).appName()).isEqualTo("a");
    assertThat(machines.get(0).config().guest().cpus()).isEqualTo(1);
    assertThat(machines.get(0).config().metadata()).containsEntry("k", "v");
    assertThat(pageRequests()).isEqualTo(3);
  }

  @Test
  void aPageIsFetchedOnlyWhenTheSubscriberRequestsMoreThanThePagesSoFarBrought() {
    stubThreeMachinePages();

    StepVerifier.create(organizations.listMachines("personal"), 0)
        .expectSubscription()
        .then(() -> assertThat(pageRequests()).as("nothing requested, nothing fetched").isZero())
        .thenRequest(1)
        .expectNextMatches(machine -> machine.id().equals("m1"))
        .thenRequest(1)
        .expectNextMatches(machine -> machine.id().equals("m2"))
        .then(() -> assertThat(pageRequests()).as("page 1 covered two requests").isEqualTo(1))
        .thenRequest(1)
        .expectNextMatches(machine -> machine.id().equals("m3"))
        .then(() -> assertThat(pageRequests()).as("the third item needed page 2").isEqualTo(2))
        .thenCancel()
        .verify();

    assertThat(pageRequests()).as("cancelled before page 3 was needed").isEqualTo(2);
  }

  @Test
  void theBlockingStreamFetchesLazilyAndStopsWhenClosed() {
    stubThreeMachinePages();
    FlyMachinesClient blocking = FlyMachinesClient.blocking(countingClient);

    try (Stream<OrgMachine> machines = blocking.organizations().listMachines("personal")) {
      Iterator<OrgMachine> iterator = machines.iterator();
      assertThat(iterator.next().id()).isEqualTo("m1");
      assertThat(pageRequests()).isEqualTo(1);
      iterator.next();
      assertThat(iterator.next().id()).isEqualTo("m3");
    }

    assertThat(pageRequests()).isEqualTo(2);
    assertThat(blocking.organizations().listMachines("personal").map(OrgMachine::id).toList()).hasSize(5);
  }

  @Test
  void filtersGoOnEveryPageAndUpdatedAfterOnlyOnTheFirst() {
    wireMock.stubFor(get(urlPathEqualTo(MACHINES)).withQueryParam("cursor", absent())
        .willReturn(okJson("{\"machines\": [], \"next_cursor\": \"c2\"}")));
    wireMock.stubFor(get(urlPathEqualTo(MACHINES)).withQueryParam("cursor", equalTo("c2"))
        .willReturn(okJson("{\"machines\": [{\"id\": \"m9\"}]}")));
    OrgListOptions options = OrgListOptions.ALL.withRegion("ams").withStates("started", "stopped")
        .withIncludeDeleted(true).withSummary(true).withUpdatedAfter(Instant.parse("2025-01-02T03:04:05Z"))
        .withPageSize(50);

    List<OrgMachine> machines = organizations.listMachines("personal", options).collectList().block();

    assertThat(machines).extracting(OrgMachine::id).containsExactly("m9");
    wireMock.verify(getRequestedFor(urlEqualTo(MACHINES + "?region=ams&state=started%2Cstopped&include_deleted=true"
        + "&summary=true&updated_after=2025-01-02T03%3A04%3A05Z&limit=50")));
    wireMock.verify(getRequestedFor(urlEqualTo(MACHINES
        + "?region=ams&state=started%2Cstopped&include_deleted=true&summary=true&limit=50&cursor=c2")));
  }

  @Test
  void aCursorThatRepeatsIsAnErrorNotAnEndlessLoop() {
    wireMock.stubFor(get(urlPathEqualTo(MACHINES)).withQueryParam("cursor", absent())
        .willReturn(okJson("{\"machines\": [{\"id\": \"m1\"}], \"next_cursor\": \"same\"}")));
    wireMock.stubFor(get(urlPathEqualTo(MACHINES)).withQueryParam("cursor", equalTo("same"))
        .willReturn(okJson("{\"machines\": [{\"id\": \"m2\"}], \"next_cursor\": \"same\"}")));

    assertThatThrownBy(() -> organizations.listMachines("personal").collectList().block())
        .isInstanceOf(FlyException.class).hasMessageContaining("same cursor again");
    assertThat(pageRequests()).isEqualTo(2);
  }

  @Test
  void aFailingPageEndsTheListingAfterTheItemsBeforeIt() {
    wireMock.stubFor(get(urlPathEqualTo(MACHINES)).withQueryParam("cursor", absent())
        .willReturn(okJson("{\"machines\": [{\"id\": \"m1\"}], \"next_cursor\": \"c2\"}")));
    wireMock.stubFor(get(urlPathEqualTo(MACHINES)).withQueryParam("cursor", equalTo("c2"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody("{\"error\": \"organization not found\"}")));

    StepVerifier.create(organizations.listMachines("personal"))
        .expectNextMatches(machine -> machine.id().equals("m1"))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(FlyException.class)
            .hasMessageContaining("organization not found"))
        .verify();
  }

  @Test
  void listVolumesPagesTheSameWay() {
    String volumes = "/v1/orgs/personal/volumes";
    wireMock.stubFor(get(urlPathEqualTo(volumes)).withQueryParam("cursor", absent()).willReturn(okJson("""
        {"volumes": [{"id": "vol_1", "app_name": "a", "size_gb": 3, "host_status": "ok", "bytes_used": 1024,
                      "attached_machine_id": "m1"}], "next_cursor": "v2"}
        """)));
    wireMock.stubFor(get(urlPathEqualTo(volumes)).withQueryParam("cursor", equalTo("v2"))
        .willReturn(okJson("{\"volumes\": [{\"id\": \"vol_2\"}]}")));

    List<OrgVolume> listed = organizations.listVolumes("personal").collectList().block();

    assertThat(listed).extracting(OrgVolume::id).containsExactly("vol_1", "vol_2");
    assertThat(listed.get(0).sizeGb()).isEqualTo(3);
    assertThat(listed.get(0).bytesUsed()).isEqualTo(1024L);
    assertThat(listed.get(0).attachedMachineId()).isEqualTo("m1");
    wireMock.verify(getRequestedFor(urlEqualTo(volumes + "?cursor=v2")));
  }
}
