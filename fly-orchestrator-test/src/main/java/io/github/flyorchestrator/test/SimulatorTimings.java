package io.github.flyorchestrator.test;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each transition takes in simulated time (multiplied by the time scale to get real time).
 *
 * @param launch created to starting (the delay before a new machine begins to start)
 * @param start starting to started
 * @param stop stopping to stopped
 * @param suspend suspending to suspended
 * @param restart restarting to started
 * @param replace replacing to the new version's next state
 * @param destroy destroying to destroyed
 * @param purgeAfterDestroy how long a destroyed machine stays visible before it answers 404
 * @param certificateIssuance when certificates are issued, for apps and hostnames without a setting of their own
 *     ({@link FlyApiSimulator#certificates(String, CertificateIssuance)} overrides it per app at runtime)
 */
public record SimulatorTimings(Duration launch, Duration start, Duration stop, Duration suspend, Duration restart,
    Duration replace, Duration destroy, Duration purgeAfterDestroy, CertificateIssuance certificateIssuance) {

  /** Validates. */
  public SimulatorTimings {
    Objects.requireNonNull(certificateIssuance, "certificateIssuance");
  }

  /**
   * @return small nonzero defaults: launch 50 ms, start 200 ms, others 100-200 ms, purge after 10 min, certificates
   *     issued as {@link CertificateIssuance#defaults()} (after 1 s)
   */
  public static SimulatorTimings defaults() {
    return new SimulatorTimings(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(100),
        Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(100),
        Duration.ofMinutes(10), CertificateIssuance.defaults());
  }

  /**
   * @param start new start duration
   * @return a copy with that start duration
   */
  public SimulatorTimings withStart(Duration start) {
    return new SimulatorTimings(launch, start, stop, suspend, restart, replace, destroy, purgeAfterDestroy,
        certificateIssuance);
  }

  /**
   * @param issuance when certificates are issued
   * @return a copy with that issuance
   */
  public SimulatorTimings withCertificateIssuance(CertificateIssuance issuance) {
    return new SimulatorTimings(launch, start, stop, suspend, restart, replace, destroy, purgeAfterDestroy,
        issuance);
  }
}
