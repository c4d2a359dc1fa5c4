package io.github.flyorchestrator.test;

import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.control.ControlRoutes;
import io.github.flyorchestrator.test.internal.http.RequestDispatcher;
import io.github.flyorchestrator.test.internal.ratelimit.RateLimiter;
import io.github.flyorchestrator.test.internal.state.LeaseManager;
import io.github.flyorchestrator.test.internal.state.MachineTransitions;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimMachine;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.server.HttpServer;

/**
 * A stateful, in-memory simulator of the Fly Machines API on a loopback port, served by Reactor Netty (non-blocking:
 * long-poll waits hold no thread). Start with {@link #start()} or {@link #start(SimulatorOptions)}, point a client
 * at {@link #baseUrl()}, and {@link #close()} when done.
 *
 * <p>It speaks HTTP/1.1 and, on the same port, HTTP/2 without TLS (h2c, with prior knowledge or by upgrade), with up
 * to {@value #MAX_CONCURRENT_STREAMS} concurrent streams per connection: 50,000 long-poll waits fit in 50
 * connections. It tolerates {@value #MAX_RESETS_PER_WINDOW} stream resets per connection and
 * {@value #RESET_WINDOW_SECONDS} s, so that cancelling many waits at once does not close a connection under the
 * waits still pending on it. A request that came over HTTP/2 carries Netty's {@code x-http2-stream-id} header in the
 * {@link #journal()}.
 */
public final class FlyApiSimulator implements AutoCloseable {

  /** Token the test-support annotations configure when they are not given one. */
  public static final String DEFAULT_TEST_TOKEN = "fly-simulator-token";

  /** Concurrent HTTP/2 streams the simulator allows per connection (its {@code SETTINGS_MAX_CONCURRENT_STREAMS}). */
  public static final int MAX_CONCURRENT_STREAMS = 1000;

  /**
   * Stream resets ({@code RST_STREAM}) the simulator accepts from one HTTP/2 connection per
   * {@value #RESET_WINDOW_SECONDS} s before it closes the connection with {@code GOAWAY}: ten times every stream it
   * allows. Netty's default (200 per 30 s, a guard against the "rapid reset" attack) closed connections in scale runs,
   * where thousands of waits are cancelled at once when their orchestrations end; every other stream on such a
   * connection then failed with a premature close.
   */
  public static final int MAX_RESETS_PER_WINDOW = 10 * MAX_CONCURRENT_STREAMS;

  /** Length of the window {@link #MAX_RESETS_PER_WINDOW} counts in. */
  public static final int RESET_WINDOW_SECONDS = 30;

  private final SimulatorOptions options;
  private final SimulatorClock clock;
  private final SimulatorState state;
  private final FaultInjector faults = new FaultInjector();
  private final RequestJournal journal = new RequestJournal();
  private final RateLimiter rateLimiter;
  private final AtomicReference<ApiVariants> variants;
  private final DisposableServer server;

  private FlyApiSimulator(SimulatorOptions options) {
    this.options = options;
    this.clock = new SimulatorClock(options.scheduler() != null ? options.scheduler() : Schedulers.parallel(),
        options.timeScale());
    this.state = new SimulatorState(clock, options.newAppNotFoundReads());
    state.settings().certificates(options.timings().certificateIssuance());
    this.rateLimiter = new RateLimiter(clock, options.rateLimitsEnabled());
    this.variants = new AtomicReference<>(options.variants());
    MachineTransitions transitions = new MachineTransitions(clock, state, options.timings());
    RequestDispatcher dispatcher = new RequestDispatcher(clock, state, transitions, new LeaseManager(clock),
        options.token(), variants::get, faults, journal, rateLimiter);
    this.server = HttpServer.create()
        .host("127.0.0.1")
        .port(options.port())
        .protocol(HttpProtocol.HTTP11, HttpProtocol.H2C)
        .http2Settings(http2 -> http2.maxConcurrentStreams(MAX_CONCURRENT_STREAMS)
            .maxDecodedRstFramesPerWindow(MAX_RESETS_PER_WINDOW, RESET_WINDOW_SECONDS))
        .handle(options.controlRoutes() ? new ControlRoutes(this, dispatcher::handle) : dispatcher::handle)
        .bindNow(Duration.ofSeconds(10));
  }

  /** @return a started simulator with {@link SimulatorOptions#defaults()} */
  public static FlyApiSimulator start() {
    return start(SimulatorOptions.defaults());
  }

  /**
   * @param options how to set it up
   * @return a started simulator
   */
  public static FlyApiSimulator start(SimulatorOptions options) {
    return new FlyApiSimulator(Objects.requireNonNull(options, "options"));
  }

  /**
   * @return {@code http://127.0.0.1:<port>}, the API root without {@code /v1} (as {@code fly.base-url} and
   *     {@code ReactiveFlyMachinesClient.builder().baseUrl(..)} expect); routes are under {@code /v1}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** @return the bound port */
  public int port() {
    return server.port();
  }

  /** @return the options it was started with */
  public SimulatorOptions options() {
    return options;
  }

  /** @return the fault injector (queued faults per route, global latency) */
  public FaultInjector faults() {
    return faults;
  }

  /** @return the journal of received requests */
  public RequestJournal journal() {
    return journal;
  }

  /**
   * Switches the choices for behaviours no source settles, from the next request on (a wait already pending keeps
   * the event-id choice it started with). Lets tests that share a simulator run under each of
   * {@link ApiVariants#coverage()}. {@link #reset()} keeps them.
   *
   * @param value the choices
   */
  public void variants(ApiVariants value) {
    variants.set(Objects.requireNonNull(value, "variants"));
  }

  /** @return the current choices for behaviours no source settles */
  public ApiVariants variants() {
    return variants.get();
  }

  /** @param enabled whether Fly's documented rate limits apply from now on (resets the buckets) */
  public void rateLimitsEnabled(boolean enabled) {
    rateLimiter.enabled(enabled);
  }

  /**
   * Makes every launch or start of the app's machines end in {@code failed}.
   *
   * @param appName an existing app, or one created later
   * @param fail whether launches fail
   */
  public void failLaunches(String appName, boolean fail) {
    state.failLaunches(appName, fail);
  }

  /**
   * Gives the app's machines health checks: from now on every machine of the app shows {@code checks} that behave
   * as {@code checks} says (see {@link HealthChecks}).
   *
   * @param appName an existing app, or one created later
   * @param checks the checks, {@link HealthChecks#none()} (the default) for none
   */
  public void healthChecks(String appName, HealthChecks checks) {
    state.healthChecks(Objects.requireNonNull(appName, "appName"), Objects.requireNonNull(checks, "checks"));
  }

  /**
   * Sets when certificates are issued for every app without a setting of its own (and hostnames without one), from
   * the next read on; the options' {@link SimulatorTimings#certificateIssuance()} until set. A certificate once seen
   * issued stays issued.
   *
   * @param issuance when certificates are issued
   */
  public void certificates(CertificateIssuance issuance) {
    state.settings().certificates(issuance);
  }

  /**
   * Sets when the app's certificates are issued (hostnames with a setting of their own aside).
   *
   * @param appName an existing app, or one created later
   * @param issuance when its certificates are issued, e.g. {@code CertificateIssuance.after(Duration.ofSeconds(30))}
   */
  public void certificates(String appName, CertificateIssuance issuance) {
    state.settings().certificates(appName, issuance);
  }

  /**
   * Sets when one hostname's certificate is issued.
   *
   * @param appName an existing app, or one created later
   * @param hostname the hostname
   * @param issuance when its certificate is issued, e.g. {@link CertificateIssuance#never()}
   */
  public void certificate(String appName, String hostname, CertificateIssuance issuance) {
    state.settings().certificate(appName, hostname.toLowerCase(Locale.ROOT), issuance);
  }

  /**
   * Sets the largest page the cursor-paginated lists answer ({@code GET /orgs/{org}/machines},
   * {@code /orgs/{org}/volumes}, {@code /apps/{app}/certificates}), whatever their {@code limit} asks; 100 until set.
   * A small size (2) makes a client walk several pages.
   *
   * @param size the page size, at least 1
   * @throws IllegalArgumentException when it is below 1
   */
  public void pageSize(int size) {
    state.settings().pageSize(size);
  }

  /**
   * Sets what {@code exec} on the app's machines answers; {@link ExecAnswer#echo(java.util.List)} until set.
   *
   * @param appName an existing app, or one created later
   * @param answer the result for a command (the command and its arguments as sent)
   */
  public void exec(String appName, Function<List<String>, ExecAnswer> answer) {
    state.settings().exec(appName, answer);
  }

  /**
   * Marks the host of one machine unreachable (or reachable again). While it is unreachable the machine answers
   * {@code host_status: "unreachable"} and, instead of {@code config}, an {@code incomplete_config} with only the
   * config's {@code image}, {@code guest} and {@code metadata} (fly-go {@code machine_types.go}; the spec types
   * {@code incomplete_config} as a MachineConfig); every other machine answers {@code host_status: "ok"}. Reads
   * (get, list, events, wait, lease) work. Every mutation and lease change (update, start, stop, restart, suspend,
   * destroy, cordon, uncordon, signal, metadata writes, lease acquire/refresh/release) answers 503
   * {@code {"error":"unable to reach the host of machine <id>: host unreachable","status":"unknown"}}: no source says
   * what the real API answers there, so this is the simulator's choice.
   *
   * @param appName the app
   * @param machineId an existing machine of the app
   * @param unreachable whether its host is unreachable
   * @throws IllegalArgumentException when the machine does not exist
   */
  public void hostUnreachable(String appName, String machineId, boolean unreachable) {
    SimApp app = state.findApp(appName);
    SimMachine machine = app == null ? null : app.machines().get(machineId);
    if (machine == null) {
      throw new IllegalArgumentException("no machine " + machineId + " in app " + appName);
    }
    machine.hostUnreachable(unreachable);
  }

  /**
   * Sets how long starting takes for the app's machines, in simulated time (scaled by the time scale).
   *
   * @param appName existing app
   * @param startDuration simulated start duration, or {@code null} for the default
   */
  public void slowStart(String appName, Duration startDuration) {
    state.app(appName).startDuration(startDuration);
  }

  /**
   * Makes the next {@code reads} {@code GET /apps/{app}} of an existing app answer 404.
   *
   * @param appName existing app
   * @param reads number of reads
   */
  public void notFoundForNextReads(String appName, int reads) {
    state.app(appName).notFoundReads(reads);
  }

  /** @param reads number of 404 reads every app created from now on gets (eventual consistency) */
  public void notFoundForFirstReadsOfNewApps(int reads) {
    state.newAppNotFoundReads(reads);
  }

  /** @param appName a name that {@code POST /apps} must refuse with 422 {@code name_taken} */
  public void reserveAppName(String appName) {
    state.reserveName(appName);
  }

  /**
   * @param appName app
   * @param machineId machine
   * @return the machine's current state, or {@code null} if the app or machine does not exist
   */
  public String machineState(String appName, String machineId) {
    SimApp app = state.findApp(appName);
    SimMachine machine = app == null ? null : app.machines().get(machineId);
    return machine == null ? null : machine.state();
  }

  /**
   * @param appName app
   * @param machineId machine
   * @return how many wait requests are pending on the machine (0 if it does not exist)
   */
  public int pendingWaits(String appName, String machineId) {
    SimApp app = state.findApp(appName);
    SimMachine machine = app == null ? null : app.machines().get(machineId);
    return machine == null ? 0 : machine.waiterCount();
  }

  /**
   * Forgets all apps, queued faults, the journal and reserved names, and resets the rate limits. Settings made per
   * app name ({@link #failLaunches}, {@link #healthChecks}, {@link #certificates(String, CertificateIssuance)},
   * {@link #exec}), the default certificate issuance, the page size and the {@link #variants()} are kept.
   */
  public void reset() {
    state.clear();
    faults.clear();
    journal.clear();
    rateLimiter.enabled(rateLimiter.enabled());
  }

  /** Stops the server. Idempotent. */
  @Override
  public void close() {
    if (!server.isDisposed()) {
      server.disposeNow(Duration.ofSeconds(5));
    }
  }

  @Override
  public String toString() {
    return "FlyApiSimulator[" + baseUrl() + "]";
  }
}
