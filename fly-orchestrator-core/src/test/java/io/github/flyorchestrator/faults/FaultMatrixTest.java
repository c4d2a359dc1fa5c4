package io.github.flyorchestrator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.DefaultReactiveFlyOrchestrator;
import io.github.flyorchestrator.FlyException;
import io.github.flyorchestrator.ReactiveFlyOrchestrator;
import io.github.flyorchestrator.client.FlyClientOptions;
import io.github.flyorchestrator.client.FlyClientSettings;
import io.github.flyorchestrator.client.MachineListOptions;
import io.github.flyorchestrator.client.RateLimitSettings;
import io.github.flyorchestrator.client.RetrySettings;
import io.github.flyorchestrator.client.WebClientFlyMachinesClient;
import io.github.flyorchestrator.model.CreateAppRequest;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.RecordedRequest;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.SimulatorOptions;
import io.github.flyorchestrator.wait.BackoffSettings;
import io.github.flyorchestrator.wait.OrchestratorSettings;
import io.micrometer.observation.ObservationRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The fault suite: every orchestration against every fault of the Fly API simulator, with short but realistic
 * settings (both sides' rate limits on). Each run gets its own app, and its fault is queued for that app only, so
 * runs share one simulator and run {@value #PARALLEL_RUNS} at a time. Every run must end in success or a typed error
 * within its deadline plus {@link #SLACK}, create no duplicate machine, leave no lease behind, and the token must
 * appear in no log line or error. The matrix is printed and written to {@code target/fault-matrix.md}.
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
  static final int PARALLEL_RUNS = 6;
  static final RetrySettings RETRY = new RetrySettings(3, Duration.ofMillis(50), 2.0, Duration.ofMillis(400), 0.2);
  static final OrchestratorSettings ORCHESTRATOR = new OrchestratorSettings(DEADLINE,
      new BackoffSettings(Duration.ofMillis(50), 2.0, Duration.ofMillis(400), 0.2), true);
  static final double TIME_SCALE = 0.1;

  private static final String TOKEN = "fm2_FaultMatrixSECRETtoken0123456789";
  private static final String WRONG_TOKEN = "fm2_WrongTokenSECRETvalue9876543210";
  /** A run still blocked this long after its deadline and slack is recorded as hung (and fails). */
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);
  private static final Path REPORT = Path.of("target", "fault-matrix.md");

  private static FlyApiSimulator simulator;
  private static final List<WebClientFlyMachinesClient> CLIENTS = new ArrayList<>();
  private static WebClientFlyMachinesClient inspector;
  private static ReactiveFlyOrchestrator setupOrchestrator;
  private static TokenLeakWatch watch;
  private static final Map<Orchestration, Map<FaultCase, RunRecord>> RECORDS = new EnumMap<>(Orchestration.class);
  private static final List<String> ERROR_TEXTS = new ArrayList<>();
  private static Duration wallTime;

  @BeforeAll
  static void runTheMatrix() throws Exception {
    watch = new TokenLeakWatch(List.of(TOKEN, WRONG_TOKEN));
    watch.install();
    simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withToken(TOKEN).withTimeScale(TIME_SCALE)
        .withRateLimits(true));
    // Setup and bookkeeping (counting machines and leases) only, so they neither wait for nor use the runs'
    // permits; the client limits app creations to 1/s across all apps, which would serialise the setups.
    inspector = client(TOKEN, RateLimitSettings.DISABLED);
    CLIENTS.add(inspector);
    setupOrchestrator = new DefaultReactiveFlyOrchestrator(inspector, ORCHESTRATOR, ObservationRegistry.NOOP);

    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_RUNS);
    try {
      Map<Orchestration, Map<FaultCase, Future<RunRecord>>> futures = new EnumMap<>(Orchestration.class);
      for (Orchestration orchestration : Orchestration.values()) {
        for (FaultCase fault : FaultCase.values()) {
          futures.computeIfAbsent(orchestration, o -> new EnumMap<>(FaultCase.class))
              .put(fault, pool.submit(() -> run(orchestration, fault)));
        }
      }
      for (var row : futures.entrySet()) {
        for (var cell : row.getValue().entrySet()) {
          RECORDS.computeIfAbsent(row.getKey(), o -> new EnumMap<>(FaultCase.class))
              .put(cell.getKey(), cell.getValue().get());
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
      String setup = String.format(java.util.Locale.ROOT, "Deadline %ds + slack %ds; read timeout %ds; client "
          + "retries %d from %dms; simulator time scale %s, rate limits on (client and simulator); faults hit the "
          + "next %d responses of the route; %d runs, %d at a time, in %.1fs.", DEADLINE.toSeconds(),
          SLACK.toSeconds(), READ_TIMEOUT.toSeconds(), RETRY.maxRetries(), RETRY.delay().toMillis(), TIME_SCALE,
          FaultCase.TIMES, Orchestration.values().length * FaultCase.values().length, PARALLEL_RUNS,
          wallTime == null ? 0 : wallTime.toMillis() / 1000.0);
      String markdown = FaultMatrixReport.render(RECORDS, setup);
      System.out.println("\nFault matrix\n\n" + markdown);
      FaultMatrixReport.write(markdown, REPORT);
    } finally {
      CLIENTS.forEach(WebClientFlyMachinesClient::close);
      if (simulator != null) {
        simulator.close();
      }
      if (watch != null) {
        watch.uninstall();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRunEndsTypedInTimeWithoutDuplicatesOrLeakedLeases() {
    return RECORDS.values().stream().flatMap(row -> row.values().stream())
        .map(run -> DynamicTest.dynamicTest(run.orchestration().label() + " x " + run.fault().label(),
            () -> assertPassCriteria(run)));
  }

  @Test
  void theTokenAppearsInNoLogLineErrorOrRecordedRequest() {
    assertThat(watch.events()).as("DEBUG events checked").isPositive();
    assertThat(watch.leaks()).as("log events containing a token").isEmpty();
    assertThat(ERROR_TEXTS).as("stack traces of the runs' errors").isNotEmpty()
        .noneMatch(watch::containsSecret);
    assertThat(simulator.journal().requests().toString()).doesNotContain(TOKEN).doesNotContain(WRONG_TOKEN);
  }

  private static void assertPassCriteria(RunRecord run) {
    String cell = run.cell();
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
      assertThat(run.error()).as("%s without a fault", cell).isNull();
    }
    if (run.fault().wrongToken()) {
      assertThat(run.error()).as(cell).isInstanceOfSatisfying(FlyException.class,
          fly -> assertThat(fly.getHttpStatus()).isEqualTo(401));
      assertThat(run.requests()).as("%s: a 401 is not retried", cell).isEqualTo(1);
    }
  }

  private static RunRecord run(Orchestration orchestration, FaultCase fault) {
    String app = "fm-" + orchestration.ordinal() + "-" + fault.ordinal() + "-" + Long.toString(System.nanoTime(), 36);
    String machineId = setUp(orchestration, app);
    int machinesBefore = machinesEverCreated(app);
    int requestsBefore = requestsFor(app);
    int queued = fault.fault() == null ? 0 : FaultCase.TIMES;
    if (queued > 0) {
      simulator.faults().nextForApp(orchestration.route(), app, queued, fault.fault());
    }
    // Each run has its own client (own rate limiters and connections), like a fresh application instance.
    Throwable error = null;
    Duration elapsed;
    try (WebClientFlyMachinesClient client = client(fault.wrongToken() ? WRONG_TOKEN : TOKEN,
        RateLimitSettings.DEFAULTS)) {
      ReactiveFlyOrchestrator orchestrator = new DefaultReactiveFlyOrchestrator(client, ORCHESTRATOR,
          ObservationRegistry.NOOP);
      long start = System.nanoTime();
      try {
        orchestration.run(orchestrator, app, machineId, DEADLINE).block(DEADLINE.plus(SLACK).plus(HANG_GUARD));
      } catch (RuntimeException e) {
        error = Exceptions.unwrap(e);
      }
      elapsed = Duration.ofNanos(System.nanoTime() - start);
    }
    int requests = requestsFor(app) - requestsBefore;
    int consumed = queued - simulator.faults().pending(orchestration.route(), app);
    simulator.faults().clear(app);
    if (error != null) {
      synchronized (ERROR_TEXTS) {
        ERROR_TEXTS.add(stackTrace(error));
      }
    }
    return new RunRecord(orchestration, fault, error, elapsed, DEADLINE, requests,
        machinesEverCreated(app) - machinesBefore, leasedMachines(app), consumed, queued);
  }

  /** Creates what the orchestration starts from, with the setup client; returns the machine, if any. */
  private static String setUp(Orchestration orchestration, String app) {
    if (orchestration.start() == Orchestration.Start.NO_APP) {
      return null;
    }
    setupOrchestrator.createAppAndWait(app, ORG, DEADLINE).block();
    if (orchestration.start() == Orchestration.Start.EMPTY_APP) {
      return null;
    }
    Machine machine = Orchestration.CREATE_MACHINE.run(setupOrchestrator, app, null, DEADLINE).cast(Machine.class)
        .block();
    if (orchestration.start() == Orchestration.Start.STOPPED_MACHINE) {
      setupOrchestrator.stopAndWait(app, machine.id()).block();
    }
    return machine.id();
  }

  /** Requests the simulator received for the app: in its path, or the app's name in a create-app body. */
  private static int requestsFor(String app) {
    int count = 0;
    for (RecordedRequest request : simulator.journal().requests()) {
      SimRoute route = request.route();
      if (route == SimRoute.APPS_CREATE ? request.body().contains("\"" + app + "\"")
          : route != null && app.equals(route.pathParam(request.path(), "app"))) {
        count++;
      }
    }
    return count;
  }

  private static int machinesEverCreated(String app) {
    return inspector.listMachines(app, new MachineListOptions(null, List.of(), true, false))
        .map(List::size)
        .onErrorResume(error -> error instanceof FlyException fly && fly.hasStatus(404), error -> Mono.just(0))
        .block(DEADLINE);
  }

  private static int leasedMachines(String app) {
    return inspector.listMachines(app, MachineListOptions.ALL)
        .onErrorResume(error -> error instanceof FlyException fly && fly.hasStatus(404), error -> Mono.just(List.of()))
        .flatMapMany(Flux::fromIterable)
        .flatMap(machine -> inspector.getLease(app, machine.id())
            .onErrorResume(error -> error instanceof FlyException fly && fly.hasStatus(404), error -> Mono.empty()))
        .filter(lease -> lease.nonce() != null)
        .map(Lease::nonce)
        .count()
        .map(Long::intValue)
        .block(DEADLINE);
  }

  private static WebClientFlyMachinesClient client(String token, RateLimitSettings rateLimit) {
    WebClientFlyMachinesClient client = WebClientFlyMachinesClient.create(
        org.springframework.web.reactive.function.client.WebClient.builder(),
        new FlyClientSettings(URI.create(simulator.baseUrl()), token, READ_TIMEOUT, READ_TIMEOUT, RETRY),
        FlyClientOptions.DEFAULTS.withRateLimit(rateLimit));
    return client;
  }

  private static String stackTrace(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
