package io.github.flyorchestrator.param;

import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a rolling update changes: every selected machine of an app gets {@code configChange} applied to its current
 * config, under a lease, at most {@code concurrency} machines at a time, each waited for until it settles.
 *
 * @param appName the app
 * @param configChange computes the target config from a machine's current config; a machine whose current config
 *     already equals the result is left alone ({@code ALREADY_CURRENT})
 * @param selection which listed machines take part (default: all)
 * @param concurrency at most this many machines in flight (default 4)
 * @param failurePolicy what to do after a failure (default {@link RolloutFailurePolicy#STOP_AT_FIRST_FAILURE})
 * @param machineTimeout deadline per machine, waiting for its lease included (default 5 min)
 * @param leaseTtl time to live of each machine's lease, refreshed while the machine is updated (default 60 s)
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
  public static final Duration DEFAULT_LEASE_TTL = Duration.ofSeconds(60);

  /** Validates and applies defaults. */
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

  /**
   * A request that waits for health checks and sends no {@code current_version}.
   *
   * @param appName the app
   * @param configChange computes the target config from a machine's current config
   * @param selection which machines take part, or {@code null} for all
   * @param concurrency at most this many machines in flight
   * @param failurePolicy what to do after a failure, or {@code null} for the default
   * @param machineTimeout deadline per machine, or {@code null} for the default
   * @param leaseTtl lease time to live, or {@code null} for the default
   */
  public RolloutRequest(String appName, Function<MachineConfig, MachineConfig> configChange,
      Predicate<Machine> selection, int concurrency, RolloutFailurePolicy failurePolicy, Duration machineTimeout,
      Duration leaseTtl) {
    this(appName, configChange, selection, concurrency, failurePolicy, machineTimeout, leaseTtl, true, false);
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

  /** Builder of {@link RolloutRequest}; not thread-safe. */
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

    /** @param change computes the target config from the current one @return this builder */
    public Builder configChange(Function<MachineConfig, MachineConfig> change) {
      this.configChange = change;
      return this;
    }

    /** @param image the image every machine should run (the rest of each config is kept) @return this builder */
    public Builder targetImage(String image) {
      Objects.requireNonNull(image, "image must not be null");
      this.configChange = config -> config.toBuilder().image(image).build();
      return this;
    }

    /** @param filter which machines take part @return this builder */
    public Builder selection(Predicate<Machine> filter) {
      this.selection = filter;
      return this;
    }

    /** @param maxInFlight at most this many machines at a time @return this builder */
    public Builder concurrency(int maxInFlight) {
      this.concurrency = maxInFlight;
      return this;
    }

    /** @param policy what to do after a failure @return this builder */
    public Builder failurePolicy(RolloutFailurePolicy policy) {
      this.failurePolicy = policy;
      return this;
    }

    /** @param timeout deadline per machine @return this builder */
    public Builder machineTimeout(Duration timeout) {
      this.machineTimeout = timeout;
      return this;
    }

    /** @param ttl lease time to live @return this builder */
    public Builder leaseTtl(Duration ttl) {
      this.leaseTtl = ttl;
      return this;
    }

    /** @param wait {@code false} to count a machine as updated once it settles, checks passing or not
     * @return this builder */
    public Builder waitForHealthChecks(boolean wait) {
      this.waitForHealthChecks = wait;
      return this;
    }

    /** @param optimistic {@code true} to send the version read under the lease as {@code current_version}
     * @return this builder */
    public Builder optimisticUpdates(boolean optimistic) {
      this.optimisticUpdates = optimistic;
      return this;
    }

    /** @return the request */
    public RolloutRequest build() {
      return new RolloutRequest(appName, configChange, selection, concurrency, failurePolicy, machineTimeout,
          leaseTtl, waitForHealthChecks, optimisticUpdates);
    }
  }
}
