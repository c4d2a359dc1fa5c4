package io.github.flyorchestrator.test;

import java.util.List;
import java.util.Objects;

/**
 * What a simulated {@code POST .../machines/{id}/exec} answers: the spec's {@code flydv1.ExecResponse}. Set an app's
 * answer with {@link FlyApiSimulator#exec(String, java.util.function.Function)}; by default {@link #echo(List)}.
 *
 * @param exitCode the command's exit code
 * @param stdout its standard output
 * @param stderr its standard error
 */
public record ExecAnswer(int exitCode, String stdout, String stderr) {

  /** Validates. */
  public ExecAnswer {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }

  /**
   * The default answer, as {@code echo} would give: exit code 0 and the command's arguments (all but the first word),
   * joined by spaces and ended by a newline, as standard output.
   *
   * @param command the command and its arguments as sent
   * @return the answer
   */
  public static ExecAnswer echo(List<String> command) {
    List<String> arguments = command.isEmpty() ? List.of() : command.subList(1, command.size());
    return new ExecAnswer(0, String.join(" ", arguments) + "\n", "");
  }
}
