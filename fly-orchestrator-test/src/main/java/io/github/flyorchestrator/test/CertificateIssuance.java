package io.github.flyorchestrator.test;

import io.github.flyorchestrator.test.internal.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When the simulator issues a certificate it was asked for: {@link #immediately()}, {@link #after(Duration)} a time on
 * the simulator's clock (scaled by the time scale, and virtual under a virtual-time scheduler) counted from the
 * request, or {@link #never()} (the hostname's DNS is never set up). Until it is issued, the certificate answers
 * {@code pending_validation} (ACME) or {@code pending_ownership} (custom) and {@code check} reports the DNS records it
 * is missing. Set it with {@link FlyApiSimulator#certificates(CertificateIssuance)} (every app),
 * {@link FlyApiSimulator#certificates(String, CertificateIssuance)} (one app) or
 * {@link FlyApiSimulator#certificate(String, String, CertificateIssuance)} (one hostname).
 */
public final class CertificateIssuance {

  private static final CertificateIssuance NEVER = new CertificateIssuance(null);
  private static final CertificateIssuance DEFAULT = new CertificateIssuance(Duration.ofSeconds(1));

  private final Duration delay;

  private CertificateIssuance(Duration delay) {
    this.delay = delay;
  }

  /**
   * The default: issued 1 s of simulated time after the request. Not at once, because the real API answers a new ACME
   * certificate {@code pending_validation} (the docs' example) and a client must wait for it; short, like the
   * simulator's other default timings, so tests on defaults stay fast.
   *
   * @return the default issuance
   */
  public static CertificateIssuance defaults() {
    return DEFAULT;
  }

  /** @return issued at the request: the first answer already shows it {@code active} */
  public static CertificateIssuance immediately() {
    return after(Duration.ZERO);
  }

  /**
   * @param delay simulated time from the request until the certificate is issued
   * @return that issuance
   * @throws IllegalArgumentException when the delay is negative
   */
  public static CertificateIssuance after(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("a certificate issuance delay cannot be negative, was " + delay);
    }
    return new CertificateIssuance(delay);
  }

  /** @return never issued: the certificate stays pending and {@code check} keeps reporting missing DNS records */
  public static CertificateIssuance never() {
    return NEVER;
  }

  /**
   * Reads the form {@link #toString()} writes, as the standalone simulator's {@code --certificate-issuance} and its
   * control route take it.
   *
   * @param text {@code never}, {@code immediately}, or a duration such as {@code 30s} (also {@code after 30s})
   * @return the issuance
   * @throws IllegalArgumentException for any other text
   */
  public static CertificateIssuance parse(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "never" -> never();
      case "immediately" -> immediately();
      default -> after(Durations.parse(value.startsWith("after ") ? value.substring(6).trim() : value));
    };
  }

  /** @return the simulated time until issue, empty for {@link #never()} */
  public Optional<Duration> delay() {
    return Optional.ofNullable(delay);
  }

  /**
   * @param elapsed simulated time since the request
   * @return whether the certificate is issued by then
   */
  public boolean issuedAfter(Duration elapsed) {
    return delay != null && elapsed.compareTo(delay) >= 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CertificateIssuance that && Objects.equals(delay, that.delay);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(delay);
  }

  /** @return {@code never}, {@code immediately} or {@code after 30s} */
  @Override
  public String toString() {
    if (delay == null) {
      return "never";
    }
    return delay.isZero() ? "immediately" : "after " + Durations.human(delay);
  }
}
