package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Every attempt of an ordinary call must bring its complete answer within the attempt timeout, so a stalled or
 * trickling answer costs one attempt, not the caller's deadline; the long-poll wait call keeps its own timeout.
 */
class AttemptTimeoutTest extends WireMockClientSupport {

  /** Short, yet long enough for a quick answer on a busy build machine. */
  private static final Duration ATTEMPT = Duration.ofMillis(1500);
  private static final RetrySettings FAST =
      new RetrySettings(2, new BackoffSettings(Duration.ofMillis(10), 2.0, Duration.ofMillis(20), 0));
  private static final String MACHINE_PATH = "/v1/apps/a/machines/m1";
  private static final String MACHINE = "{\"id\":\"m1\",\"state\":\"started\"}";

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  /** Read timeout 5 s: a pause between two reads never reaches it here. */
  private ReactiveFlyMachinesClient client(RetrySettings retry, FlyClientSettings.Builder settings, Duration attempt) {
    return ReactiveFlyMachinesClient.builder().baseUrl(baseUrl()).token(TOKEN)
        .settings(settings.readTimeout(Duration.ofSeconds(5)).retry(retry).attemptTimeout(attempt).build())
        .meterRegistry(meters)
        .build();
  }

  private ReactiveFlyMachinesClient client(RetrySettings retry) {
    return client(retry, SETTINGS.toBuilder(), ATTEMPT);
  }

  @Test
  void theDefaultAttemptTimeoutIsTenSecondsAndItsMessageSaysSoPlainly() {
    assertThat(FlyClientSettings.DEFAULTS.attemptTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(new AttemptTimeoutException(Duration.ofSeconds(10))).hasMessage("no complete answer within 10s");
  }

  @Test
  void aStalledAnswerToAGetCostsOneAttemptAndTheRetryGetsTheMachine() {
    sequence(MACHINE_PATH, List.of(okJson(MACHINE).withFixedDelay(8_000), okJson(MACHINE)));

    Machine machine = client(FAST).getMachine("a", "m1").block(Duration.ofSeconds(8));

    assertThat(machine.id()).isEqualTo("m1");
    assertThat(requestCount()).isEqualTo(2);
    assertThat(meters.counter(ReactorRetry.RETRIES_METER, "route", FlyRoutes.MACHINE, "reason", "attempt_timeout")
        .count()).isEqualTo(1.0);
  }

  @Test
  void aTricklingBodyCostsOneAttemptAlthoughEveryReadComesInTime() {
    // 40 chunks over 8 s: a pause of 200 ms between reads, far below the 5 s read timeout.
    sequence(MACHINE_PATH, List.of(okJson(MACHINE).withChunkedDribbleDelay(40, 8_000), okJson(MACHINE)));

    Machine machine = client(FAST).getMachine("a", "m1").block(Duration.ofSeconds(8));

    assertThat(machine.id()).isEqualTo("m1");
    assertThat(requestCount()).isEqualTo(2);
  }

  @Test
  void aBodyTricklingLongerThanAReadTimeoutShorterThanTheAttemptIsCutAtTheReadTimeout() {
    // 40 chunks over 8 s, 200 ms apart: every read comes in time, the whole body not within the 1 s read timeout,
    // while the 20 s attempt timeout alone would let the first attempt run to its end.
    sequence(MACHINE_PATH, List.of(okJson(MACHINE).withChunkedDribbleDelay(40, 8_000), okJson(MACHINE)));
    ReactiveFlyMachinesClient client = ReactiveFlyMachinesClient.builder().baseUrl(baseUrl()).token(TOKEN)
        .settings(SETTINGS.toBuilder().readTimeout(Duration.ofSeconds(1)).attemptTimeout(Duration.ofSeconds(20))
            .retry(FAST).build())
        .build();

    Machine machine = client.getMachine("a", "m1").block(Duration.ofSeconds(7));

    assertThat(machine.id()).isEqualTo("m1");
    assertThat(requestCount()).isEqualTo(2);
  }

  @Test
  void whenEveryAttemptStallsTheCallerGetsAFlyExceptionSayingNoCompleteAnswerArrived() {
    wireMock.stubFor(get(urlPathEqualTo(MACHINE_PATH)).willReturn(okJson(MACHINE).withFixedDelay(8_000)));

    FlyException failure = catchThrowableOfType(FlyException.class,
        () -> client(FAST).getMachine("a", "m1").block(Duration.ofSeconds(8)));

    assertThat(failure).hasMessage("Fly API GET /v1/apps/a/machines/m1 failed: no complete answer within 1.5s")
        .hasCauseInstanceOf(AttemptTimeoutException.class);
    assertThat(failure.getMessage()).doesNotContain(TOKEN);
    assertThat(FlyErrors.isTransient(failure)).isTrue();
    assertThat(requestCount()).isEqualTo(1 + FAST.maxRetries());
  }

  @Test
  void aMutationThatGetsNoCompleteAnswerIsSentOnceAndFailsAsAmbiguous() {
    wireMock.stubFor(post(urlPathEqualTo(MACHINE_PATH + "/start"))
        .willReturn(okJson("{\"previous_state\":\"stopped\"}").withFixedDelay(8_000)));

    FlyException failure = catchThrowableOfType(FlyException.class,
        () -> client(FAST).startMachine("a", "m1", null).block(Duration.ofSeconds(8)));

    assertThat(failure).hasMessageContaining("no complete answer within 1.5s");
    assertThat(failure.getHttpStatus()).as("no status: the outcome is unknown").isNull();
    assertThat(requestCount()).isEqualTo(1);
  }

  @Test
  void theWaitCallKeepsItsLongPollTimeoutBeyondTheAttemptTimeout() {
    wireMock.stubFor(get(urlPathEqualTo(MACHINE_PATH + "/wait"))
        .willReturn(okJson("{\"ok\":true,\"state\":\"started\"}").withFixedDelay(2_500)));

    WaitResult result = client(RetrySettings.NONE).waitForState("a", "m1",
        WaitRequest.forState("started", null, Duration.ofSeconds(1))).block(Duration.ofSeconds(8));

    assertThat(result.ok()).isTrue();
  }

  @Test
  void theWaitForAPooledConnectionIsNotPartOfTheAttempt() {
    wireMock.stubFor(get(urlPathEqualTo("/v1/apps/a/machines/first")).willReturn(okJson(MACHINE)
        .withFixedDelay(700)));
    wireMock.stubFor(get(urlPathEqualTo("/v1/apps/a/machines/second")).willReturn(okJson(MACHINE)
        .withFixedDelay(700)));
    // One connection: the second call queues behind the first, so it answers about 1.4 s after it was made,
    // which is more than the 1 s attempt timeout, although its own attempt takes about 700 ms.
    FlyClientSettings.Builder oneConnection = SETTINGS.toBuilder().maxConnections(1)
        .pendingAcquireTimeout(Duration.ofSeconds(5));
    ReactiveFlyMachinesClient client = client(RetrySettings.NONE, oneConnection, Duration.ofSeconds(1));

    List<Machine> machines = Mono.zip(client.getMachine("a", "first"), client.getMachine("a", "second"))
        .map(pair -> List.of(pair.getT1(), pair.getT2()))
        .block(Duration.ofSeconds(5));

    assertThat(machines).hasSize(2);
    assertThat(requestCount()).isEqualTo(2);
  }
}
