package io.github.flyorchestrator.param;

import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineState;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@code createMachineAndWait} creates and what it waits for. Build it with {@link #of(String, MachineConfig)}
 * or {@link #builder(String, MachineConfig)}; every optional part has a default.
 *
 * @param appName the app (required)
 * @param config the machine configuration (required)
 * @param region region code; unset ({@code null}, the default) lets Fly choose
 * @param name machine name; unset by default (Fly names it)
 * @param state the state to wait for (default {@code started}); one of {@link MachineState#WAITABLE}
 * @param timeout the deadline for create plus wait; unset ({@code null}, the default) means
 *     {@code fly.orchestrator.timeout} ({@code OrchestratorSettings.defaultTimeout()})
 * @param idempotencyKey a key the caller chooses so that a re-run of the same create, in this process or another,
 *     finds the machine an earlier run created instead of creating a second one; unset ({@code null}, the default)
 *     means every call creates a machine. Stored in the machine's {@code config.metadata}; 1 to 128 letters, digits,
 *     {@code -}, {@code _} or {@code .}
 */
public record CreateMachineRequest(String appName, MachineConfig config, String region, String name, String state,
    Duration timeout, String idempotencyKey) {

  /** What an idempotency key may contain: a subset of what Fly accepts in metadata keys and values. */
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

  /**
   * Validates and applies defaults.
   *
   * @throws NullPointerException when {@code appName} or {@code config} is {@code null}
   * @throws IllegalArgumentException when {@code state} is not waitable, {@code timeout} is not positive or
   *     {@code idempotencyKey} has a character or length Fly's metadata may not take
   */
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
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      throw new IllegalArgumentException("idempotencyKey must be 1 to 128 letters, digits, '-', '_' or '.', was '"
          + idempotencyKey + "'");
    }
  }

  /**
   * A request that waits for {@code started} within the default timeout.
   *
   * @param appName the app
   * @param config the configuration
   * @return the request
   * @throws NullPointerException when {@code appName} or {@code config} is {@code null}
   */
  public static CreateMachineRequest of(String appName, MachineConfig config) {
    return new CreateMachineRequest(appName, config, null, null, null, null, null);
  }

  /**
   * Starts a builder; the app and the config are checked by {@link Builder#build()}.
   *
   * @param appName the app
   * @param config the configuration
   * @return a builder
   */
  public static Builder builder(String appName, MachineConfig config) {
    return new Builder(appName, config);
  }

  /** Builder for {@link CreateMachineRequest}; what is not set keeps its default. Not thread-safe. */
  public static final class Builder {
    private final String appName;
    private final MachineConfig config;
    private String region;
    private String name;
    private String state;
    private Duration timeout;
    private String idempotencyKey;

    private Builder(String appName, MachineConfig config) {
      this.appName = appName;
      this.config = config;
    }

    /**
     * Where to create the machine (default: Fly chooses).
     *
     * @param region region code, e.g. {@code ams}
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * The machine's name (default: Fly names it).
     *
     * @param name machine name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The state to wait for (default {@code started}).
     *
     * @param state one of {@link MachineState#WAITABLE}
     * @return this builder
     */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /**
     * The deadline for create plus wait (default {@code fly.orchestrator.timeout}).
     *
     * @param timeout the deadline
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * A key that makes a re-run of this create find the machine an earlier run created (default: none, every call
     * creates a machine). A re-run finds a started machine and returns it, starts a stopped or suspended one, waits
     * for one still being created, creates anew when the earlier one is destroyed, and fails naming the machines
     * when several carry the key.
     *
     * @param key 1 to 128 letters, digits, {@code -}, {@code _} or {@code .}, e.g. {@code worker-3}
     * @return this builder
     */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = key;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException when the app name or the config is {@code null}
     * @throws IllegalArgumentException when the state is not waitable, the timeout is not positive or the
     *     idempotency key is not valid
     */
    public CreateMachineRequest build() {
      return new CreateMachineRequest(appName, config, region, name, state, timeout, idempotencyKey);
    }
  }
}
