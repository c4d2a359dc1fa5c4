package io.github.flyorchestrator.benchmarks;

import java.util.List;

/**
 * Everything one benchmark run measured.
 *
 * @param machine description of the host (CPU, cores, Java)
 * @param latency detection latency per strategy
 * @param calls API calls per create-and-wait per strategy and ready time
 * @param scale scale runs
 * @param overhead per-call overhead against raw WebClient, or {@code null} when JMH was skipped
 * @param rollout the rollout at Fly's limits, or {@code null} when skipped
 * @param coldStart the cold-start race, or {@code null} when skipped
 * @param notes conditions and limits of this run
 */
public record BenchmarkResults(String machine, List<LatencyRow> latency, List<CallRow> calls, List<ScaleRow> scale,
    OverheadResult overhead, RolloutRun.RolloutRow rollout, ColdStartRun.ColdStartRow coldStart, List<String> notes) {

  /**
   * Detection latency of one strategy.
   *
   * @param strategy strategy label
   * @param summary latency percentiles (ms), or {@code null} when nothing succeeded
   * @param failures create-and-waits that failed
   * @param cpuMillisPerOrchestration this (client) process's CPU time during the run the row belongs to, divided by
   *     the create-and-waits of that run (all strategies of an interleaved run share one figure)
   */
  public record LatencyRow(String strategy, LatencySummary summary, int failures, double cpuMillisPerOrchestration) {
  }

  /**
   * API calls of one strategy for machines ready after a given simulated time.
   *
   * @param strategy strategy label
   * @param readyAfterSeconds simulated time from create to started
   * @param timeScale simulator time scale of this measurement
   * @param machines create-and-waits that succeeded
   * @param meanCalls mean requests per create-and-wait
   * @param maxCalls most requests of one create-and-wait
   * @param failures create-and-waits that failed
   */
  public record CallRow(String strategy, int readyAfterSeconds, double timeScale, int machines, double meanCalls,
      long maxCalls, int failures) {
  }

  /**
   * One scale run.
   *
   * @param variant what ran (orchestrator or blocking baseline, and its pool setting)
   * @param concurrent concurrent create-and-waits
   * @param succeeded how many succeeded
   * @param readyAfterMillis simulated (= real, time scale 1) time to started
   * @param wallMillis wall time of the whole batch, or -1 when the worker did not finish
   * @param peakPlatformThreads most live platform threads in the client JVM
   * @param peakHeapBytes largest sampled used heap (garbage included)
   * @param peakHeapAfterGcBytes largest heap left after a collection
   * @param errors failure kinds and first message
   * @param httpVersion the client's {@code HttpVersionPolicy} name ({@code HTTP1_1} for the blocking baseline)
   * @param peakConnections most TCP connections the client had open to the simulator at once, -1 when not measured
   * @param liveHeapBytes heap in use after a full collection while all waits were pending, -1 when not measured
   * @param idleHeapBytes heap in use after a full collection before the first request, -1 when not measured
   */
  public record ScaleRow(String variant, int concurrent, int succeeded, long readyAfterMillis, long wallMillis,
      int peakPlatformThreads, long peakHeapBytes, long peakHeapAfterGcBytes, String errors, String httpVersion,
      int peakConnections, long liveHeapBytes, long idleHeapBytes) {

    /** A row without the HTTP version, connection and live-heap figures (the earlier shape). */
    public ScaleRow(String variant, int concurrent, int succeeded, long readyAfterMillis, long wallMillis,
        int peakPlatformThreads, long peakHeapBytes, long peakHeapAfterGcBytes, String errors) {
      this(variant, concurrent, succeeded, readyAfterMillis, wallMillis, peakPlatformThreads, peakHeapBytes,
          peakHeapAfterGcBytes, errors, "HTTP1_1", -1, -1, -1);
    }

    /** @return live heap per waiting orchestration in bytes (live minus idle heap, over the size), -1 unmeasured */
    public long liveHeapBytesPerWait() {
      return liveHeapBytes < 0 || idleHeapBytes < 0 ? -1 : (liveHeapBytes - idleHeapBytes) / concurrent;
    }
  }

  /**
   * One JMH benchmark's score.
   *
   * @param micros mean time per call (µs)
   * @param microsError its 99.9 % confidence half-width (JMH's, over all measured iterations of all forks)
   * @param bytesPerOp bytes allocated per call by the whole JVM ({@code -prof gc}'s {@code gc.alloc.rate.norm}),
   *     stub server included
   */
  public record Score(double micros, double microsError, double bytesPerOp) {
  }

  /**
   * JMH results against the loopback stub.
   *
   * @param client the project's getMachine (mean over forks, Student's t half-width over the per-fork means)
   * @param raw raw WebClient GET + decode into the same record (likewise)
   * @param createAndWait the orchestrator's createMachineAndWait (create, wait 200, read)
   * @param ratio client time over raw time, from the per-fork ratios of the two GETs run by turns
   * @param plan forks and iterations, in words
   */
  public record OverheadResult(Score client, Score raw, Score createAndWait, RatioInterval ratio, String plan) {
  }
}
