package io.github.flyorchestrator.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a helper process to its end (killed after a limit, and at this JVM's exit) and keeps the line that starts with
 * a given prefix plus the last few other lines for the failure message.
 *
 * @param resultLine the result line without its prefix, or {@code null} when none came
 * @param exitCode the exit code, or -1 when the process was killed
 * @param tail the last other lines, joined by " / "
 */
public record ChildProcess(String resultLine, int exitCode, String tail) {

  private static final int TAIL_LINES = 5;

  /**
   * @param command the command
   * @param directory working directory, or {@code null} for this JVM's
   * @param limit the process is killed after this long
   * @param resultPrefix prefix of the line to keep
   * @return what the process printed
   */
  public static ChildProcess run(List<String> command, Path directory, Duration limit, String resultPrefix) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + command.get(0), e);
    }
    Thread hook = new Thread(process::destroyForcibly, "kill-child-process");
    Runtime.getRuntime().addShutdownHook(hook);
    String result = null;
    Deque<String> tail = new ArrayDeque<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      Thread killer = new Thread(() -> {
        try {
          if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
        }
      }, "child-process-limit");
      killer.setDaemon(true);
      killer.start();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(resultPrefix)) {
          result = line.substring(resultPrefix.length());
        } else {
          tail.addLast(line);
          if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
          }
        }
      }
      process.waitFor();
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } finally {
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    int exit = process.isAlive() ? -1 : process.exitValue();
    return new ChildProcess(result, exit, String.join(" / ", tail));
  }
}
