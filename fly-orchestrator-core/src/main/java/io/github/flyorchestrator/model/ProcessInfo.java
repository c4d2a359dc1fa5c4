package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One process of {@code GET /v1/apps/{app}/machines/{id}/ps} ({@code ProcessStat}).
 *
 * @param pid process id
 * @param command command line
 * @param directory working directory
 * @param cpu CPU usage
 * @param rss resident set size
 * @param rtime run time
 * @param stime system time
 * @param listenSockets sockets it listens on
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcessInfo(
    @JsonProperty("pid") Long pid,
    @JsonProperty("command") String command,
    @JsonProperty("directory") String directory,
    @JsonProperty("cpu") Long cpu,
    @JsonProperty("rss") Long rss,
    @JsonProperty("rtime") Long rtime,
    @JsonProperty("stime") Long stime,
    @JsonProperty("listen_sockets") List<ListenSocket> listenSockets) {

  /** Copies the collections ({@code null} becomes empty). */
  public ProcessInfo {
    listenSockets = listenSockets == null ? List.of() : List.copyOf(listenSockets);
  }
}
