package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.core.JacksonException;

/** Fault injection and the request journal. */
class FaultsAndJournalTest {

  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults()
      .withScheduler(scheduler).withToken("secret-token-value"));
  private final SimHttp http = new SimHttp(simulator, "secret-token-value");

  @AfterEach
  void stop() {
    simulator.close();
    scheduler.dispose();
  }

  /** The journal records a request after its timers are scheduled: then virtual time may be advanced. */
  private void awaitJournal(int requests) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      while (simulator.journal().requests().size() < requests) {
        Thread.onSpinWait();
      }
    });
  }

  @Test
  void statusFaultAnswersNTimesThenNormally() {
    http.createApp("f-status");
    simulator.faults().next(SimRoute.APPS_SHOW, 2, Fault.status(503));
    SimHttp.Resp first = http.get("/apps/f-status");
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.json().get("error").asString()).isNotBlank();
    assertThat(first.header("fly-request-id")).isNotBlank();
    assertThat(http.get("/apps/f-status").status()).isEqualTo(503);
    assertThat(http.get("/apps/f-status").status()).isEqualTo(200);
    assertThat(simulator.faults().pending(SimRoute.APPS_SHOW)).isZero();
  }

  @Test
  void statusFaultCanCarryHeadersAndBody() {
    simulator.faults().next(SimRoute.APPS_LIST, 1, Fault.status(429).withHeader("retry-after", "2"));
    SimHttp.Resp resp = http.get("/apps");
    assertThat(resp.status()).isEqualTo(429);
    assertThat(resp.header("retry-after")).isEqualTo("2");
    assertThat(resp.json().get("error").asString()).isEqualTo("rate limit exceeded");
    simulator.faults().nextOnAnyRoute(1, Fault.status(500, "{\"error\":\"boom\"}"));
    assertThat(http.get("/apps").body()).isEqualTo("{\"error\":\"boom\"}");
  }

  @Test
  void droppedConnectionGivesTheClientAnIoError() {
    // a POST, because Java's HttpClient silently retries an idempotent GET once on a closed connection
    simulator.faults().next(SimRoute.APPS_CREATE, 1, Fault.dropConnection());
    assertThatThrownBy(() -> http.post("/apps", "{\"name\":\"dropped\"}")).isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);
    assertThat(http.post("/apps", "{\"name\":\"kept\"}").status()).isEqualTo(201);
    assertThat(simulator.journal().count(SimRoute.APPS_CREATE)).isEqualTo(2);
    assertThat(http.get("/apps/dropped").status()).isEqualTo(404);
  }

  @Test
  void malformedJsonIsNotParseable() {
    simulator.faults().next(SimRoute.APPS_LIST, 1, Fault.malformedJson());
    SimHttp.Resp resp = http.get("/apps");
    assertThat(resp.status()).isEqualTo(200);
    assertThatThrownBy(resp::json).isInstanceOf(JacksonException.class);
  }

  @Test
  void delayHoldsTheResponseOnTheSimulatorScheduler() {
    simulator.faults().next(SimRoute.APPS_LIST, 1, Fault.delay(Duration.ofSeconds(30)));
    CompletableFuture<SimHttp.Resp> delayed = http.getAsync("/apps");
    awaitJournal(1);
    assertThat(http.get("/apps").status()).isEqualTo(200);
    assertThat(delayed).isNotDone();
    scheduler.advanceTimeBy(Duration.ofSeconds(30));
    assertThat(delayed.join().status()).isEqualTo(200);
  }

  @Test
  void globalLatencyDelaysEveryResponse() {
    simulator.faults().globalLatency(Duration.ofSeconds(5));
    CompletableFuture<SimHttp.Resp> delayed = http.getAsync("/apps");
    awaitJournal(1);
    assertThat(simulator.faults().globalLatency()).isEqualTo(Duration.ofSeconds(5));
    scheduler.advanceTimeBy(Duration.ofSeconds(4));
    assertThat(delayed).isNotDone();
    scheduler.advanceTimeBy(Duration.ofSeconds(1));
    assertThat(delayed.join().status()).isEqualTo(200);
  }

  @Test
  void journalRecordsRequestsWithoutTheToken() {
    http.post("/apps", "{\"name\":\"j-app\",\"org_slug\":\"acme\"}");
    http.get("/apps/j-app");
    http.get("/apps/j-app");
    http.get("/apps?org_slug=acme");
    RecordedRequest create = simulator.journal().last(SimRoute.APPS_CREATE);
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.path()).isEqualTo("/v1/apps");
    assertThat(create.body()).contains("j-app");
    assertThat(create.header("Authorization")).isEqualTo("Bearer [redacted]");
    assertThat(create.requestId()).hasSize(26);
    assertThat(simulator.journal().last(SimRoute.APPS_LIST).queryParam("org_slug")).isEqualTo("acme");
    assertThat(simulator.journal().count(SimRoute.APPS_SHOW)).isEqualTo(2);
    assertThat(simulator.journal().countsByRoute()).containsEntry(SimRoute.APPS_CREATE, 1)
        .containsEntry(SimRoute.APPS_LIST, 1);
    assertThat(simulator.journal().requests().toString()).doesNotContain("secret-token-value");
    simulator.journal().clear();
    assertThat(simulator.journal().requests()).isEmpty();
  }
}
