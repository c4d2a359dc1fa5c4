package io.github.flyorchestrator.param;

import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineState;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@code createMachineAndWait} creates and what it waits for.
 *
 * @param appName the app (required)
 * @param config the machine configuration (required)
 * @param region region code, or {@code null} to let Fly choose
 * @param name machine name, or {@code null}
 * @param state the state to wait for (default {@code started}); one of {@link MachineState#WAITABLE}
 * @param timeout the deadline for create plus wait, or {@code null} for {@code fly.orchestrator.timeout}
 */
public record CreateMachineRequest(String appName, MachineConfig config, String region, String name, String state,
    Duration timeout) {

  /** Validates and applies defaults. */
  public CreateMachineRequest {
    Objects.requireNonNull(appName, "appName must not be null");
    Objects.requireNonNull(config, "config must not be null");
    if (state == null || state.isBlank()) {
      state = MachineState.STARTED;
    }
    if (!MachineState.WAITABLE.contains(state)) {
      throw new IllegalArgumentException(
          "state must be one of " + MachineState.WAITABLE + " (the wait endpoint's states), was '" + state + "'");
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /**
   * A request that waits for {@code started} within the default timeout.
   *
   * @param appName the app
   * @param config the configuration
   * @return the request
   */
  public static CreateMachineRequest of(String appName, MachineConfig config) {
    return new CreateMachineRequest(appName, config, null, null, null, null);
  }

  /**
   * Starts a builder.
   *
   * @param appName the app
   * @param config the configuration
   * @return a builder
   */
  public static Builder builder(String appName, MachineConfig config) {
    return new Builder(appName, config);
  }

  /** Builder for {@link CreateMachineRequest}. */
  public static final class Builder {
    private final String appName;
    private final MachineConfig config;
    private String region;
    private String name;
    private String state;
    private Duration timeout;

    private Builder(String appName, MachineConfig config) {
      this.appName = appName;
      this.config = config;
    }

    /** @param region region code @return this builder */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /** @param name machine name @return this builder */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** @param state the state to wait for @return this builder */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /** @param timeout the deadline for create plus wait @return this builder */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** @return the request */
    public CreateMachineRequest build() {
      return new CreateMachineRequest(appName, config, region, name, state, timeout);
    }
  }
}
