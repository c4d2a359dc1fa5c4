package io.github.flyorchestrator.test;

import java.util.Objects;
import reactor.core.scheduler.Scheduler;

/**
 * How a {@link FlyApiSimulator} is set up. Start from {@link #defaults()} and use the {@code with...} methods.
 *
 * @param port TCP port on 127.0.0.1, 0 for a random free port
 * @param token the only accepted API token, or {@code null} to accept any non-empty token
 * @param timeScale real time per simulated time: 0.01 makes a simulated 90 s start take 0.9 s; also applies to
 *     wait timeouts, lease expiry and rate-limit refill
 * @param rateLimitsEnabled whether Fly's documented rate limits apply (default on)
 * @param timings simulated transition durations
 * @param scheduler the scheduler for every timer, or {@code null} for Reactor's parallel scheduler; pass a
 *     {@code VirtualTimeScheduler} for deterministic tests
 * @param newAppNotFoundReads how many {@code GET /apps/{app}} of a newly created app answer 404 (eventual consistency)
 * @param variants the choices for behaviours no source settles; {@link ApiVariants#defaults()} unless set
 * @param controlRoutes whether the simulator also serves its control routes under {@code /_control/} (set up and
 *     read the simulator over HTTP, for clients in other languages; see the README's "Standalone" section); off by
 *     default, and then those paths answer 404 like any unknown route
 */
public record SimulatorOptions(int port, String token, double timeScale, boolean rateLimitsEnabled,
    SimulatorTimings timings, Scheduler scheduler, int newAppNotFoundReads, ApiVariants variants,
    boolean controlRoutes) {

  /** Validates. */
  public SimulatorOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535");
    }
    if (!(timeScale > 0)) {
      throw new IllegalArgumentException("timeScale must be > 0");
    }
    if (newAppNotFoundReads < 0) {
      throw new IllegalArgumentException("newAppNotFoundReads must be >= 0");
    }
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(variants, "variants");
    if (token != null && token.isBlank()) {
      token = null;
    }
  }

  /**
   * @return random port, any token, time scale 1, rate limits on, default timings, parallel scheduler, default API
   *     variants, no control routes
   */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions(0, null, 1.0, true, SimulatorTimings.defaults(), null, 0, ApiVariants.defaults(),
        false);
  }

  /**
   * @param value port
   * @return a copy
   */
  public SimulatorOptions withPort(int value) {
    return new SimulatorOptions(value, token, timeScale, rateLimitsEnabled, timings, scheduler, newAppNotFoundReads,
        variants, controlRoutes);
  }

  /**
   * @param value the only accepted token, or null for any
   * @return a copy
   */
  public SimulatorOptions withToken(String value) {
    return new SimulatorOptions(port, value, timeScale, rateLimitsEnabled, timings, scheduler, newAppNotFoundReads,
        variants, controlRoutes);
  }

  /**
   * @param value time scale
   * @return a copy
   */
  public SimulatorOptions withTimeScale(double value) {
    return new SimulatorOptions(port, token, value, rateLimitsEnabled, timings, scheduler, newAppNotFoundReads,
        variants, controlRoutes);
  }

  /**
   * @param value whether rate limits apply
   * @return a copy
   */
  public SimulatorOptions withRateLimits(boolean value) {
    return new SimulatorOptions(port, token, timeScale, value, timings, scheduler, newAppNotFoundReads, variants,
        controlRoutes);
  }

  /**
   * @param value timings
   * @return a copy
   */
  public SimulatorOptions withTimings(SimulatorTimings value) {
    return new SimulatorOptions(port, token, timeScale, rateLimitsEnabled, value, scheduler, newAppNotFoundReads,
        variants, controlRoutes);
  }

  /**
   * @param value scheduler for timers
   * @return a copy
   */
  public SimulatorOptions withScheduler(Scheduler value) {
    return new SimulatorOptions(port, token, timeScale, rateLimitsEnabled, timings, value, newAppNotFoundReads,
        variants, controlRoutes);
  }

  /**
   * @param value the choices for behaviours no source settles (see {@link ApiVariants})
   * @return a copy
   */
  public SimulatorOptions withVariants(ApiVariants value) {
    return new SimulatorOptions(port, token, timeScale, rateLimitsEnabled, timings, scheduler, newAppNotFoundReads,
        value, controlRoutes);
  }

  /**
   * @param value 404 reads for each new app
   * @return a copy
   */
  public SimulatorOptions withNewAppNotFoundReads(int value) {
    return new SimulatorOptions(port, token, timeScale, rateLimitsEnabled, timings, scheduler, value, variants,
        controlRoutes);
  }

  /**
   * @param value whether to serve the control routes under {@code /_control/}
   * @return a copy
   */
  public SimulatorOptions withControlRoutes(boolean value) {
    return new SimulatorOptions(port, token, timeScale, rateLimitsEnabled, timings, scheduler, newAppNotFoundReads,
        variants, value);
  }

  @Override
  public String toString() {
    return "SimulatorOptions[port=" + port + ", token=" + (token == null ? "any" : "****") + ", timeScale="
        + timeScale + ", rateLimitsEnabled=" + rateLimitsEnabled + ", timings=" + timings + ", newAppNotFoundReads="
        + newAppNotFoundReads + ", variants=[" + variants + "], controlRoutes=" + controlRoutes + "]";
  }
}
