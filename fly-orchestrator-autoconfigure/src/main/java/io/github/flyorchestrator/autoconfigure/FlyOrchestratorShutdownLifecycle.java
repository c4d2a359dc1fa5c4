package io.github.flyorchestrator.autoconfigure;

import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.internal.util.HumanDuration;
import java.time.Duration;
import java.util.Objects;
import org.springframework.context.SmartLifecycle;

/**
 * Shuts the {@link ReactiveFlyOrchestrator} down gracefully when the application context closes (SIGTERM included):
 * workflows started later are refused, those in flight get the grace period
 * ({@code fly.orchestrator.shutdown.grace-period}) to end, the rest are cancelled with a WARN line each and their
 * leases released ({@link ReactiveFlyOrchestrator#shutdown(Duration)}).
 *
 * <p>Its phase, {@link #PHASE}, is below Boot's web server graceful shutdown ({@code SmartLifecycle.DEFAULT_PHASE -
 * 1024}) and above the web server's stop ({@code DEFAULT_PHASE - 2048}); Spring stops higher phases first. So the
 * web server first stops taking requests and lets those in flight finish (their orchestrations run on normally); then
 * the orchestrator refuses new workflows and gives the remaining ones (scheduled jobs, background work) the grace
 * period; the HTTP client's resources (Reactor Netty's, phase 0, and the client closed with its bean) are still there
 * for the last lease releases. Spring waits for each phase at most {@code spring.lifecycle.timeout-per-shutdown-phase}
 * (30 s by default): keep the grace period below it, with room for the cancellation's lease releases, or Spring moves
 * on before they are answered (the leases then expire with their TTL).
 */
public final class FlyOrchestratorShutdownLifecycle implements SmartLifecycle {

  /** The phase: after Boot's web server graceful shutdown, before the web server stops. */
  public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;

  private final ReactiveFlyOrchestrator orchestrator;
  private final Duration gracePeriod;
  private volatile boolean running;

  /**
   * Creates the lifecycle.
   *
   * @param orchestrator the orchestrator to shut down
   * @param gracePeriod how long workflows in flight may still run
   * @throws NullPointerException when an argument is {@code null}
   * @throws IllegalArgumentException when {@code gracePeriod} is negative
   */
  public FlyOrchestratorShutdownLifecycle(ReactiveFlyOrchestrator orchestrator, Duration gracePeriod) {
    this.orchestrator = Objects.requireNonNull(orchestrator, "orchestrator must not be null");
    this.gracePeriod = Objects.requireNonNull(gracePeriod, "gracePeriod must not be null");
    if (gracePeriod.isNegative()) {
      throw new IllegalArgumentException("fly.orchestrator.shutdown.grace-period must not be negative, was "
          + HumanDuration.format(gracePeriod));
    }
  }

  /** @return the grace period given to workflows in flight */
  public Duration getGracePeriod() {
    return gracePeriod;
  }

  @Override
  public void start() {
    running = true;
  }

  /** Shuts the orchestrator down and returns once it is down. */
  @Override
  public void stop() {
    running = false;
    orchestrator.shutdown(gracePeriod).block();
  }

  /**
   * Shuts the orchestrator down without blocking the caller; {@code callback} runs once it is down.
   *
   * @param callback told when the shutdown has ended
   */
  @Override
  public void stop(Runnable callback) {
    running = false;
    orchestrator.shutdown(gracePeriod).doFinally(signal -> callback.run()).subscribe(null, error -> { });
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
