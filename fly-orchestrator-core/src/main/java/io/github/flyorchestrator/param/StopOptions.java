package io.github.flyorchestrator.param;

import java.time.Duration;

/**
 * Body of {@code POST .../stop}.
 *
 * @param signal signal to send, e.g. {@code SIGTERM}, or {@code null} for the machine's default
 * @param timeout how long to wait before killing, or {@code null} for the default
 */
public record StopOptions(String signal, Duration timeout) {

  /** The machine's defaults. */
  public static final StopOptions DEFAULT = new StopOptions(null, null);
}
