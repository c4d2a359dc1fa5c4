package io.github.flyorchestrator.param;

import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a rolling update changes: every selected machine of an app gets {@code configChange} applied to its current
 * config, under a lease, at most {@code concurrency} machines at a time, each waited for until it settles. Build it
 * with {@link #builder(String)}; every part but the app and the change has a default.
 *
 * @param appName the app
 * @param configChange computes the target config from a machine's current config, as the server returns it (its
 *     defaults included); a machine whose config already equals the result is left alone: {@code ALREADY_UPDATED}
 *     when the listed config already does (e.g. a run stopped by a crash updated it), {@code ALREADY_CURRENT} when
 *     the config re-read under the lease does. So "same config" means: applying the change to the server's config
 *     changes nothing; with {@link Builder#targetImage(String)} that is "the image is already the target image"
 * @param selection which listed machines take part (default: all)
 * @param concurrency at most this many machines in flight (default 4)
 * @param failurePolicy what to do after a failure (default {@link RolloutFailurePolicy#STOP_AT_FIRST_FAILURE})
 * @param machineTimeout deadline per machine, waiting for its lease included (default 5 min)
 * @param leaseTtl time to live of each machine's lease, refreshed every half TTL while the machine is updated
 *     (default {@link #DEFAULT_LEASE_TTL}, 30 s: a process that dies holding it blocks the machine for at most that)
 * @param waitForHealthChecks whether each updated machine that settles {@code started} must also pass every health
 *     check it reports, within its timeout, to count as {@code UPDATED} (default {@code true})
 * @param optimisticUpdates whether each update sends the version read under the lease as {@code current_version}
 *     (default {@code false}: fly-go and flyctl never send it, and the lease already keeps others out)
 */
public record RolloutRequest(String appName, Function<MachineConfig, MachineConfig> configChange,
    Predicate<Machine> selection, int concurrency, RolloutFailurePolicy failurePolicy, Duration machineTimeout,
    Duration leaseTtl, boolean waitForHealthChecks, boolean optimisticUpdates) {

  /** Default {@link #concurrency()}. */
  public static final int DEFAULT_CONCURRENCY = 4;
  /** Default {@link #machineTimeout()}. */
  public static final Duration DEFAULT_MACHINE_TIMEOUT = Duration.ofMinutes(5);
  /** Default {@link #leaseTtl()}. */
  public static final Duration DEFAULT_LEASE_TTL = Duration.ofSeconds(30);

  /**
   * Validates and applies the defaults to the parts left unset ({@code null}).
   *
   * @throws NullPointerException when {@code appName} or {@code configChange} is {@code null}
   * @throws IllegalArgumentException when {@code concurrency} is below 1, a duration is not positive or
   *     {@code leaseTtl} is below 2 s
   */
  public RolloutRequest {
    Objects.requireNonNull(appName, "appName must not be null");
    Objects.requireNonNull(configChange, "configChange must not be null");
    selection = selection != null ? selection : machine -> true;
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
    }
    failurePolicy = failurePolicy != null ? failurePolicy : RolloutFailurePolicy.STOP_AT_FIRST_FAILURE;
    machineTimeout = positiveOr(machineTimeout, DEFAULT_MACHINE_TIMEOUT, "machineTimeout");
    leaseTtl = positiveOr(leaseTtl, DEFAULT_LEASE_TTL, "leaseTtl");
    if (leaseTtl.compareTo(Duration.ofSeconds(2)) < 0) {
      throw new IllegalArgumentException("leaseTtl must be at least 2 s, was " + leaseTtl);
    }
  }

  private static Duration positiveOr(Duration value, Duration fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /**
   * Starts a builder for a rollout of {@code appName}.
   *
   * @param appName the app
   * @return a builder
   */
  public static Builder builder(String appName) {
    return new Builder(appName);
  }

  /** Builder of {@link RolloutRequest}; what is not set keeps its default. Not thread-safe. */
  public static final class Builder {
    private final String appName;
    private Function<MachineConfig, MachineConfig> configChange;
    private Predicate<Machine> selection;
    private int concurrency = DEFAULT_CONCURRENCY;
    private RolloutFailurePolicy failurePolicy;
    private Duration machineTimeout;
    private Duration leaseTtl;
    private boolean waitForHealthChecks = true;
    private boolean optimisticUpdates;

    private Builder(String appName) {
      this.appName = appName;
    }

    /**
     * The change (required, or {@link #targetImage(String)}).
     *
     * @param change computes the target config from a machine's current one
     * @return this builder
     */
    public Builder configChange(Function<MachineConfig, MachineConfig> change) {
      this.configChange = change;
      return this;
    }

    /**
     * The change "run this image", the rest of each config kept (or {@link #configChange(Function)}).
     *
     * @param image the image every machine should run
     * @return this builder
     * @throws NullPointerException when {@code image} is {@code null}
     */
    public Builder targetImage(String image) {
      Objects.requireNonNull(image, "image must not be null");
      this.configChange = config -> config.toBuilder().image(image).build();
      return this;
    }

    /**
     * Which machines take part (default: every listed machine).
     *
     * @param filter accepts the machines to update
     * @return this builder
     */
    public Builder selection(Predicate<Machine> filter) {
      this.selection = filter;
      return this;
    }

    /**
     * How many machines are updated at once (default {@value RolloutRequest#DEFAULT_CONCURRENCY}).
     *
     * @param maxInFlight at most this many machines at a time, at least 1
     * @return this builder
     */
    public Builder concurrency(int maxInFlight) {
      this.concurrency = maxInFlight;
      return this;
    }

    /**
     * What to do after a failure (default {@link RolloutFailurePolicy#STOP_AT_FIRST_FAILURE}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder failurePolicy(RolloutFailurePolicy policy) {
      this.failurePolicy = policy;
      return this;
    }

    /**
     * The deadline per machine, waiting for its lease included (default 5 min).
     *
     * @param timeout the deadline per machine
     * @return this builder
     */
    public Builder machineTimeout(Duration timeout) {
      this.machineTimeout = timeout;
      return this;
    }

    /**
     * The time to live of each machine's lease, refreshed every half TTL while the machine is updated (default
     * {@link RolloutRequest#DEFAULT_LEASE_TTL}, 30 s).
     *
     * @param ttl lease time to live, at least 2 s
     * @return this builder
     */
    public Builder leaseTtl(Duration ttl) {
      this.leaseTtl = ttl;
      return this;
    }

    /**
     * Whether an updated machine must also pass its health checks to count as updated (default {@code true}).
     *
     * @param wait {@code false} to count a machine as updated once it settles, checks passing or not
     * @return this builder
     */
    public Builder waitForHealthChecks(boolean wait) {
      this.waitForHealthChecks = wait;
      return this;
    }

    /**
     * Whether updates send the version read under the lease as {@code current_version} (default {@code false}).
     *
     * @param optimistic {@code true} to send it
     * @return this builder
     */
    public Builder optimisticUpdates(boolean optimistic) {
      this.optimisticUpdates = optimistic;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException when the app or the change is missing
     * @throws IllegalArgumentException when the concurrency is below 1, a duration is not positive or the lease
     *     time to live is below 2 s
     */
    public RolloutRequest build() {
      return new RolloutRequest(appName, configChange, selection, concurrency, failurePolicy, machineTimeout,
          leaseTtl, waitForHealthChecks, optimisticUpdates);
    }
  }
}
