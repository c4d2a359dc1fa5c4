package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.netty.handler.timeout.ReadTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;

/** Why a request is retried, told from the status or from the exception types, and the tag and message it gives. */
class RetryReasonTest {

  /** How WebClient reports a transport failure: the cause is wrapped. */
  private static Throwable wrapped(Throwable cause) {
    return new WebClientRequestException(cause, HttpMethod.GET, URI.create("http://127.0.0.1/v1/apps/a"),
        new HttpHeaders());
  }

  @Test
  void eachTransientStatusHasItsReasonAndTagAndNoOtherStatusHasOne() {
    assertThat(RetryReason.TRANSIENT_STATUSES).containsExactlyInAnyOrder(408, 429, 500, 502, 503, 504);
    assertThat(RetryReason.ofStatus(503)).isEqualTo(RetryReason.HTTP_503);
    assertThat(RetryReason.ofStatus(429).tag()).isEqualTo("http_429");
    assertThatIllegalArgumentException().isThrownBy(() -> RetryReason.ofStatus(404));
    assertThat(FlyErrors.TRANSIENT_STATUSES).isEqualTo(RetryReason.TRANSIENT_STATUSES);
  }

  @Test
  void transportFailuresAreToldByTheExceptionTypesOfTheirCauseChain() {
    assertThat(RetryReason.ofTransport(wrapped(new ConnectException("Connection refused"))))
        .isEqualTo(RetryReason.CONNECTION_REFUSED);
    assertThat(RetryReason.ofTransport(wrapped(new SocketException("Broken pipe"))))
        .isEqualTo(RetryReason.CONNECTION_RESET);
    assertThat(RetryReason.ofTransport(new IOException("Connection reset by peer")))
        .isEqualTo(RetryReason.CONNECTION_RESET);
    assertThat(RetryReason.ofTransport(wrapped(PrematureCloseException.TEST_EXCEPTION)))
        .isEqualTo(RetryReason.CONNECTION_CLOSED);
    assertThat(RetryReason.ofTransport(wrapped(ReadTimeoutException.INSTANCE))).isEqualTo(RetryReason.TIMEOUT);
    assertThat(RetryReason.ofTransport(new AttemptTimeoutException(Duration.ofSeconds(10))))
        .isEqualTo(RetryReason.ATTEMPT_TIMEOUT);
    assertThat(RetryReason.ofTransport(wrapped(new PoolAcquireTimeoutException(Duration.ofSeconds(45)))))
        .isEqualTo(RetryReason.POOL_EXHAUSTED);
    assertThat(RetryReason.ofTransport(wrapped(new UnknownHostException("nowhere"))))
        .isEqualTo(RetryReason.IO_ERROR);
    assertThat(RetryReason.ofTransport(new IllegalStateException("odd"))).isEqualTo(RetryReason.IO_ERROR);
    assertThat(RetryReason.ATTEMPT_TIMEOUT.tag()).isEqualTo("attempt_timeout");
    assertThat(RetryReason.POOL_EXHAUSTED.tag()).isEqualTo("pool_exhausted");
  }

  @Test
  void theSameKindGivesTheMessageOfTheFailure() {
    assertThat(TransportFailureKind.describe(wrapped(new ConnectException("Connection refused"))))
        .isEqualTo("connection refused or unreachable");
    assertThat(TransportFailureKind.describe(wrapped(ReadTimeoutException.INSTANCE)))
        .isEqualTo("no response within the response timeout");
    assertThat(TransportFailureKind.describe(new AttemptTimeoutException(Duration.ofSeconds(10))))
        .isEqualTo("no complete answer within 10s");
    assertThat(TransportFailureKind.describe(wrapped(new PoolAcquireTimeoutException(Duration.ofSeconds(45)))))
        .startsWith("no free connection");
    assertThat(TransportFailureKind.describe(wrapped(new UnknownHostException("nowhere")))).isEqualTo("unknown host");
    assertThat(TransportFailureKind.describe(wrapped(new SSLHandshakeException("bad certificate"))))
        .isEqualTo("I/O error (SSLHandshakeException)");
    assertThat(TransportFailureKind.describe(new IllegalStateException("odd")))
        .isEqualTo("request failed (IllegalStateException)");
  }
}
