package io.github.flyorchestrator.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts established TCP connections to one local port, as Linux lists them in {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6} (the JVM opens IPv6 sockets for IPv4 addresses too), and keeps the peak. Only the worker's
 * client connects to its simulator's port, so the count is the client's connections. Where the files do not exist
 * the peak stays {@code -1}.
 */
final class ConnectionCounter {

  private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
  /** The state column's value for an established connection. */
  private static final String ESTABLISHED = "01";

  private final String remotePortSuffix;
  private final AtomicInteger peak = new AtomicInteger(-1);

  /** @param port the server's port */
  ConnectionCounter(int port) {
    this.remotePortSuffix = ":" + String.format(Locale.ROOT, "%04X", port);
  }

  /** Counts now and raises the peak. */
  void sample() {
    int count = 0;
    boolean read = false;
    for (Path table : TABLES) {
      if (!Files.isReadable(table)) {
        continue;
      }
      try (BufferedReader lines = Files.newBufferedReader(table, StandardCharsets.US_ASCII)) {
        read = true;
        lines.readLine();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          count += isEstablishedTo(line) ? 1 : 0;
        }
      } catch (IOException e) {
        // the table went away: count what was read
      }
    }
    if (read) {
      peak.accumulateAndGet(count, Math::max);
    }
  }

  /**
   * @param line a row: {@code sl local_address rem_address st ...}
   * @return whether it is an established connection whose remote end is the port
   */
  boolean isEstablishedTo(String line) {
    String[] columns = line.trim().split("\\s+");
    return columns.length > 3 && columns[2].endsWith(remotePortSuffix) && ESTABLISHED.equals(columns[3]);
  }

  /** @return the most connections seen at once, or {@code -1} when nothing could be read */
  int peak() {
    return peak.get();
  }
}
