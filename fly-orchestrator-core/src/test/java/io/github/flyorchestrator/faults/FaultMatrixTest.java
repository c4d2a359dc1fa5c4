package io.github.flyorchestrator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import io.github.flyorchestrator.test.ApiVariants;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import reactor.core.Exceptions;

/**
 * The fault suite: every orchestration against every fault of the Fly API simulator, under each choice of
 * {@link ApiVariants#coverage()} (one simulator per choice), with short but realistic settings (both sides' rate limits
 * on). Each run gets its own app, and its fault is queued for that app only, so runs share their simulator and run
 * {@value #PARALLEL_RUNS} at a time. Every run must end in success or a typed error within its deadline plus
 * {@link #SLACK}, create no duplicate machine, leave no lease behind, and the token must appear in no log line or
 * error. The matrices are printed and written to {@code target/fault-matrix.md}.
 */
class FaultMatrixTest {

  static final String ORG = "personal";
  /** Each orchestration's timeout. */
  static final Duration DEADLINE = Duration.ofSeconds(5);
  /**
   * How far past its deadline an orchestration may end: the deadline cancels the request in flight at once, so this
   * only covers scheduling on a loaded 2-core machine running {@value #PARALLEL_RUNS} runs at a time.
   */
  static final Duration SLACK = Duration.ofSeconds(1);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
  /** A delay fault longer than the read timeout. */
  static final Duration SLOW_RESPONSE = READ_TIMEOUT.multipliedBy(2);
  /** Pause before each 4-byte chunk of a trickled body: never long enough for a per-read timeout. */
  static final Duration TRICKLE_PAUSE = Duration.ofMillis(300);
  static final Duration LEASE_TTL = Duration.ofSeconds(10);
  static final int PARALLEL_RUNS = 12;
  static final BackoffSettings BACKOFF = new BackoffSettings(Duration.ofMillis(50), 2.0, Duration.ofMillis(400), 0.2);
  static final RetrySettings RETRY = new RetrySettings(3, BACKOFF);
  static final OrchestratorSettings ORCHESTRATOR =
      OrchestratorSettings.builder().defaultTimeout(DEADLINE).backoff(BACKOFF).build();
  static final double TIME_SCALE = 0.1;

  private static final String TOKEN = "fm2_FaultMatrixSECRETtoken0123456789";
  private static final String WRONG_TOKEN = "fm2_WrongTokenSECRETvalue9876543210";
  /** A run still blocked this long after its deadline and slack is recorded as hung (and fails). */
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);
  private static final Path REPORT = Path.of("target", "fault-matrix.md");

  private static final List<MatrixSimulator> SIMULATORS = new ArrayList<>();
  private static TokenLeakWatch watch;
  private static final Map<ApiVariants, Map<Orchestration, Map<FaultCase, RunRecord>>> RECORDS =
      new LinkedHashMap<>();
  private static final List<String> ERROR_TEXTS = new ArrayList<>();
  private static Duration wallTime;

  @BeforeAll
  static void runTheMatrix() throws Exception {
    watch = new TokenLeakWatch(List.of(TOKEN, WRONG_TOKEN));
    watch.install();
    ApiVariants.coverage().forEach(variants -> SIMULATORS.add(new MatrixSimulator(variants, TOKEN)));

    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_RUNS);
    try {
      Map<ApiVariants, Map<Orchestration, Map<FaultCase, Future<RunRecord>>>> futures = new LinkedHashMap<>();
      for (Orchestration orchestration : Orchestration.values()) {
        for (FaultCase fault : FaultCase.values()) {
          for (MatrixSimulator target : SIMULATORS) {
            futures.computeIfAbsent(target.variants(), v -> new EnumMap<>(Orchestration.class))
                .computeIfAbsent(orchestration, o -> new EnumMap<>(FaultCase.class))
                .put(fault, pool.submit(() -> run(target, orchestration, fault)));
          }
        }
      }
      for (var matrix : futures.entrySet()) {
        for (var row : matrix.getValue().entrySet()) {
          for (var cell : row.getValue().entrySet()) {
            RECORDS.computeIfAbsent(matrix.getKey(), v -> new EnumMap<>(Orchestration.class))
                .computeIfAbsent(row.getKey(), o -> new EnumMap<>(FaultCase.class))
                .put(cell.getKey(), cell.getValue().get());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    wallTime = Duration.ofNanos(System.nanoTime() - started);
  }

  @AfterAll
  static void printTheMatrix() {
    try {
      int runs = Orchestration.values().length * FaultCase.values().length * SIMULATORS.size();
      String setup = String.format(java.util.Locale.ROOT, "Deadline %ds + slack %ds; read timeout %ds; client "
          + "retries %d from %dms; simulator time scale %s, rate limits on (client and simulator); faults hit the "
          + "next %d responses of the route; %d runs (%d simulators, one per variant), %d at a time, in %.1fs.",
          DEADLINE.toSeconds(), SLACK.toSeconds(), READ_TIMEOUT.toSeconds(), RETRY.maxRetries(),
          BACKOFF.initialDelay().toMillis(), TIME_SCALE, FaultCase.TIMES, runs, SIMULATORS.size(), PARALLEL_RUNS,
          wallTime == null ? 0 : wallTime.toMillis() / 1000.0);
      String markdown = FaultMatrixReport.render(RECORDS, setup);
      System.out.println("\nFault matrix\n\n" + markdown);
      FaultMatrixReport.write(markdown, REPORT);
    } finally {
      SIMULATORS.forEach(MatrixSimulator::close);
      if (watch != null) {
        watch.uninstall();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRunEndsTypedInTimeWithoutDuplicatesOrLeakedLeases() {
    return RECORDS.values().stream().flatMap(matrix -> matrix.values().stream())
        .flatMap(row -> row.values().stream())
        .map(run -> DynamicTest.dynamicTest(run.orchestration().label() + " x " + run.fault().label() + " ["
            + run.variants() + "]", () -> assertPassCriteria(run)));
  }

  @Test
  void theTokenAppearsInNoLogLineErrorOrRecordedRequest() {
    assertThat(watch.events()).as("DEBUG events checked").isPositive();
    assertThat(watch.leaks()).as("log events containing a token").isEmpty();
    assertThat(ERROR_TEXTS).as("stack traces of the runs' errors").isNotEmpty()
        .noneMatch(watch::containsSecret);
    assertThat(SIMULATORS).allSatisfy(target -> assertThat(target.simulator().journal().requests().toString())
        .doesNotContain(TOKEN).doesNotContain(WRONG_TOKEN));
  }

  private static void assertPassCriteria(RunRecord run) {
    String cell = run.cell() + " [" + run.variants() + "]";
    assertThat(run.endedTyped()).as("%s ended in success or a typed error: %s", cell, run.error()).isTrue();
    assertThat(run.elapsed()).as("%s ended within deadline + slack", cell)
        .isLessThanOrEqualTo(run.deadline().plus(SLACK));
    assertThat(run.machinesCreated()).as("%s machines created", cell)
        .isLessThanOrEqualTo(run.orchestration().createsAMachine() ? 1 : 0);
    if (run.orchestration().createsAMachine() && run.succeeded()) {
      assertThat(run.machinesCreated()).as("%s created its machine", cell).isEqualTo(1);
    }
    assertThat(run.machinesLeased()).as("%s machines left leased", cell).isZero();
    if (run.faultsQueued() > 0) {
      assertThat(run.faultsConsumed()).as("%s: the fault hit the orchestration", cell).isPositive();
    }
    if (run.fault().mustSucceed()) {
      assertThat(run.error()).as("%s must succeed", cell).isNull();
    }
    if (run.fault().wrongToken()) {
      assertThat(run.error()).as(cell).isInstanceOfSatisfying(FlyException.class,
          fly -> assertThat(fly.getHttpStatus()).isEqualTo(401));
      assertThat(run.requests()).as("%s: a 401 is not retried", cell).isEqualTo(1);
    }
  }

  private static RunRecord run(MatrixSimulator target, Orchestration orchestration, FaultCase fault) {
    String app = "fm-" + orchestration.ordinal() + "-" + fault.ordinal() + "-" + Long.toString(System.nanoTime(), 36);
    String machineId = target.setUp(orchestration, app);
    int machinesBefore = target.machinesEverCreated(app);
    int requestsBefore = target.requestsFor(app);
    int queued = fault.fault() == null ? 0 : FaultCase.TIMES;
    if (queued > 0) {
      target.simulator().faults().nextForApp(orchestration.route(), app, queued, fault.fault());
    }
    Throwable error = null;
    Duration elapsed;
    try (ReactiveFlyMachinesClient client = target.client(fault.wrongToken() ? WRONG_TOKEN : TOKEN,
        RateLimitSettings.DEFAULTS)) {
      ReactiveFlyOrchestrator orchestrator = ReactiveFlyOrchestrator.builder(client).settings(ORCHESTRATOR).build();
      long start = System.nanoTime();
      try {
        orchestration.run(orchestrator, app, machineId, DEADLINE).block(DEADLINE.plus(SLACK).plus(HANG_GUARD));
      } catch (RuntimeException e) {
        error = Exceptions.unwrap(e);
      }
      elapsed = Duration.ofNanos(System.nanoTime() - start);
    }
    int requests = target.requestsFor(app) - requestsBefore;
    int consumed = queued - target.simulator().faults().pending(orchestration.route(), app);
    target.simulator().faults().clear(app);
    if (error != null) {
      synchronized (ERROR_TEXTS) {
        ERROR_TEXTS.add(stackTrace(error));
      }
    }
    return new RunRecord(target.variants(), orchestration, fault, error, elapsed, DEADLINE, requests,
        target.machinesEverCreated(app) - machinesBefore, target.leasedMachines(app), consumed, queued);
  }

  private static String stackTrace(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
