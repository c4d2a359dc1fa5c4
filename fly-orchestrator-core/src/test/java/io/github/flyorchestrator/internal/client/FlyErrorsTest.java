package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a failure means: the one place where statuses and Fly's error answers are told apart. */
class FlyErrorsTest {

  private static FlyException http(int status) {
    return http(status, null, null);
  }

  private static FlyException http(int status, String error, String flyStatus) {
    return new FlyException("Fly API POST /v1/apps failed: " + status, status, error, flyStatus, null, "POST",
        "/v1/apps", null);
  }

  private static FlyException noResponse() {
    return new FlyException("Fly API POST /v1/apps failed: connection reset or broken", null, null, null, null,
        "POST", "/v1/apps", new IOException("Connection reset by peer"));
  }

  private static FlyTimeoutException deadline() {
    return FlyTimeoutException.waitingFor("app a to be ready", Duration.ofSeconds(5), "op", 1, Duration.ofSeconds(5),
        null, null);
  }

  @ParameterizedTest(name = "{0}: failed attempt {1}, ambiguous {2}")
  @CsvSource({
      "200, true, true",
      "400, false, false",
      "401, false, false",
      "404, false, false",
      "408, true, true",
      "409, false, false",
      "422, false, false",
      "429, true, false",
      "500, true, true",
      "503, true, true",
      "504, true, true"})
  void aStatusIsAFailedAttemptOfAReadOrAnAmbiguousFailureOfAMutation(int status, boolean failedAttempt,
      boolean ambiguous) {
    assertThat(FlyErrors.isFailedAttempt(http(status))).isEqualTo(failedAttempt);
    assertThat(FlyErrors.isAmbiguous(http(status))).isEqualTo(ambiguous);
  }

  @Test
  void noResponseIsBothAndTheDeadlineIsNeither() {
    assertThat(FlyErrors.isFailedAttempt(noResponse())).isTrue();
    assertThat(FlyErrors.isAmbiguous(noResponse())).isTrue();
    assertThat(FlyErrors.isFailedAttempt(new TimeoutException("attempt"))).isTrue();
    assertThat(FlyErrors.isAmbiguous(new TimeoutException("attempt"))).isTrue();
    assertThat(FlyErrors.isFailedAttempt(deadline())).isFalse();
    assertThat(FlyErrors.isAmbiguous(deadline())).isFalse();
    assertThat(FlyErrors.isAmbiguous(new IllegalStateException("a bug"))).isFalse();
  }

  @Test
  void aCreateThatProvablyWasNeverSentIsNotAmbiguous() {
    FlyException refused = new FlyException("Fly API POST /v1/apps failed: connection refused", null, null, null,
        null, "POST", "/v1/apps", new java.net.ConnectException("Connection refused"));
    FlyException noSlot = new FlyException("Fly API POST /v1/apps failed: no free call slot", null, null, null,
        null, "POST", "/v1/apps", new CallSlots.CallSlotTimeoutException(Duration.ofMinutes(5), 64));

    assertThat(FlyErrors.isAmbiguous(refused)).isFalse();
    assertThat(FlyErrors.isAmbiguous(noSlot)).isFalse();
    assertThat(FlyErrors.isFailedAttempt(noSlot)).isTrue();
  }

  @Test
  void statusChecksTakeAnyErrorAndNull() {
    assertThat(FlyErrors.isNotFound(http(404))).isTrue();
    assertThat(FlyErrors.isNotFound(new IllegalStateException("404"))).isFalse();
    assertThat(FlyErrors.isConflict(http(409))).isTrue();
    assertThat(FlyErrors.isConflict(null)).isFalse();
    assertThat(FlyErrors.hasStatus(http(412), 412)).isTrue();
  }

  @Test
  void flyAnswersInWordsAreReadTheSameWayEverywhere() {
    assertThat(FlyErrors.isLeaseRefusal(http(409, "machine has an active lease", null))).isTrue();
    assertThat(FlyErrors.isLeaseRefusal(http(412, "Lease nonce mismatch", null))).isTrue();
    assertThat(FlyErrors.isLeaseRefusal(http(409, "version mismatch", null))).isFalse();
    assertThat(FlyErrors.isVersionRefusal(http(409, "version mismatch", null))).isTrue();
    assertThat(FlyErrors.isVersionRefusal(http(422, "current_version does not match", null))).isTrue();
    assertThat(FlyErrors.isVersionRefusal(http(422, "invalid image", null))).isFalse();
    assertThat(FlyErrors.isVersionRefusal(http(412, "lease required", null))).isFalse();
    assertThat(FlyErrors.isNameTaken(http(422, "Validation failed", "name_taken"))).isTrue();
    assertThat(FlyErrors.isNameTaken(http(422, "Name has already been taken", null))).isTrue();
    assertThat(FlyErrors.isNameTaken(http(422, "invalid org", null))).isFalse();
    assertThat(FlyErrors.isNameTaken(http(409, "taken", null))).isFalse();
  }

  @Test
  void anErrorIsDescribedAsAnObservedStateWithoutItsMessage() {
    assertThat(FlyErrors.describe(http(503))).isEqualTo("http 503");
    assertThat(FlyErrors.describe(http(200))).isEqualTo("unreadable http 200 body");
    assertThat(FlyErrors.describe(noResponse())).isEqualTo("no response");
    assertThat(FlyErrors.describe(new TimeoutException("secret detail"))).isEqualTo("no response");
    assertThat(FlyErrors.describe(new IllegalStateException("secret detail"))).isEqualTo("IllegalStateException");
  }

  @Test
  void onlyARefusedConnectionProvesThatNothingWasSent() {
    assertThat(FlyErrors.isNeverSent(new ConnectException("Connection refused"))).isTrue();
    assertThat(FlyErrors.isNeverSent(noResponse().getCause())).isFalse();
  }
}
