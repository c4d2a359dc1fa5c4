package io.github.flyorchestrator.param;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@code POST /v1/apps/{app}/machines/{id}/exec} runs ({@code MachineExecRequest}). Build it with
 * {@link #of(String...)} or {@link #builder(List)}; a part left unset ({@code null}) is not sent. The standard input
 * may carry secrets: {@link #toString()} shows only its length.
 *
 * @param command the command and its arguments (required, not empty)
 * @param container the container to run it in, or {@code null} for the machine's main one
 * @param stdin standard input, or {@code null}
 * @param timeout how long the command may run (sent in whole seconds, rounded up), or {@code null} for Fly's default
 */
public record ExecRequest(List<String> command, String container, String stdin, Duration timeout) {

  /**
   * Copies and validates the command.
   *
   * @throws NullPointerException when {@code command} or one of its parts is {@code null}
   * @throws IllegalArgumentException when {@code command} is empty or {@code timeout} is negative
   */
  public ExecRequest {
    command = List.copyOf(Objects.requireNonNull(command, "command must not be null"));
    if (command.isEmpty()) {
      throw new IllegalArgumentException("command must not be empty");
    }
    if (timeout != null && timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative");
    }
  }

  /**
   * @param command the command and its arguments
   * @return a request with only the command
   * @throws IllegalArgumentException when {@code command} is empty
   */
  public static ExecRequest of(String... command) {
    return builder(List.of(command)).build();
  }

  /**
   * @param command the command and its arguments
   * @return a builder
   */
  public static Builder builder(List<String> command) {
    return new Builder(command);
  }

  /** @return the command, container and timeout; the standard input's length only */
  @Override
  public String toString() {
    return "ExecRequest[command=" + command + ", container=" + container + ", stdin="
        + (stdin == null ? "null" : "<" + stdin.length() + " chars>") + ", timeout=" + timeout + "]";
  }

  /** Builder of {@link ExecRequest}; what is not set is not sent. Not thread-safe. */
  public static final class Builder {
    private final List<String> command;
    private String container;
    private String stdin;
    private Duration timeout;

    private Builder(List<String> command) {
      this.command = command;
    }

    /**
     * @param name the container to run the command in
     * @return this builder
     */
    public Builder container(String name) {
      this.container = name;
      return this;
    }

    /**
     * @param input standard input of the command
     * @return this builder
     */
    public Builder stdin(String input) {
      this.stdin = input;
      return this;
    }

    /**
     * @param limit how long the command may run
     * @return this builder
     */
    public Builder timeout(Duration limit) {
      this.timeout = limit;
      return this;
    }

    /**
     * @return the request
     * @throws IllegalArgumentException when the command is empty or the timeout negative
     */
    public ExecRequest build() {
      return new ExecRequest(command, container, stdin, timeout);
    }
  }
}
