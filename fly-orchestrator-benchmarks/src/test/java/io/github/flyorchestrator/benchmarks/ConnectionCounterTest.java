package io.github.flyorchestrator.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rows of {@code /proc/net/tcp}: only established connections whose remote end is the server's port count. */
class ConnectionCounterTest {

  private final ConnectionCounter counter = new ConnectionCounter(8080);

  @Test
  void anEstablishedConnectionToThePortCounts() {
    assertThat(counter.isEstablishedTo(
        "  12: 0100007F:D2F0 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  0 0 4242 1")).isTrue();
    assertThat(counter.isEstablishedTo("   3: 0000000000000000FFFF00000100007F:D2F0 "
        + "0000000000000000FFFF00000100007F:1F90 01 00000000:00000000 00:00000000 00000000 0 0 4243 1")).isTrue();
  }

  @Test
  void theServersOwnSideAListeningSocketAndAClosingConnectionDoNot() {
    assertThat(counter.isEstablishedTo(
        "  13: 0100007F:1F90 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000  0 0 4244 1")).isFalse();
    assertThat(counter.isEstablishedTo(
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  0 0 4245 1")).isFalse();
    assertThat(counter.isEstablishedTo(
        "  14: 0100007F:D2F1 0100007F:1F90 06 00000000:00000000 00:00000000 00000000  0 0 0 3")).isFalse();
  }
}
