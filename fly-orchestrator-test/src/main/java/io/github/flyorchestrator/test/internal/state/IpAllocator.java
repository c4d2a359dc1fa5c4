package io.github.flyorchestrator.test.internal.state;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out distinct addresses from documentation ranges (RFC 5737, RFC 3849), so no simulated address is anyone's
 * real one: dedicated IPv4 from {@code 198.51.100.0/24} then {@code 203.0.113.0/24}, public IPv6 from
 * {@code 2001:db8::/32}, private (Flycast) IPv6 under {@code fdaa:} as fly-go recognises them. The shared IPv4 is one
 * address for every app.
 */
public final class IpAllocator {

  /** The one shared IPv4 address every app that asks for one gets. */
  public static final String SHARED_V4 = "192.0.2.1";

  private final AtomicInteger dedicatedV4 = new AtomicInteger();
  private final AtomicInteger publicV6 = new AtomicInteger();
  private final AtomicInteger privateV6 = new AtomicInteger();

  /** @return a dedicated IPv4 address not handed out before */
  public String dedicatedV4() {
    int n = dedicatedV4.incrementAndGet();
    if (n > 508) {
      throw new IllegalStateException("the simulator ran out of dedicated IPv4 addresses");
    }
    return n <= 254 ? "198.51.100." + n : "203.0.113." + (n - 254);
  }

  /** @return a public IPv6 address not handed out before */
  public String publicV6() {
    return "2001:db8:1::" + Integer.toHexString(publicV6.incrementAndGet());
  }

  /** @return a private (Flycast) IPv6 address not handed out before */
  public String privateV6() {
    return "fdaa:0:1:0:1::" + Integer.toHexString(privateV6.incrementAndGet());
  }
}
